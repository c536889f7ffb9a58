package org.quietline.call.cdr;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.quietline.call.CallRecord;
import org.quietline.number.InvalidNumberException;
import org.quietline.number.PhoneNumber;

/**
 * Reads call records from CSV lines {@code caller,callee,start,duration,answered}: numbers in any common form
 * (Chinese when without country code), the start as ISO-8601 with an offset, the duration in whole seconds,
 * answered as true/false, 1/0 or yes/no. A line is the header, a record, or rejected with its problem;
 * nothing is dropped silently, and a rejection never repeats the line. Stateless and thread-safe.
 */
public final class CdrCsv {

    /** The header this format writes and recognises. */
    public static final String HEADER = "caller,callee,start,duration,answered";

    private CdrCsv() {
    }

    /** What one line is. */
    public sealed interface Line permits Header, Row, Rejected {
    }

    /** The header line. */
    public record Header() implements Line {
    }

    /**
     * A call record.
     *
     * @param record the record
     */
    public record Row(CallRecord record) implements Line {
    }

    /**
     * A line that is not a record.
     *
     * @param problem what is wrong: FIELDS, CALLER, CALLEE, START, DURATION or ANSWERED
     */
    public record Rejected(String problem) implements Line {
    }

    /** Reads one line (without its line break). */
    public static Line read(String line) {
        String[] f = line.split(",", -1);
        if (f.length > 0 && f[0].strip().equalsIgnoreCase("caller")) {
            return new Header();
        }
        if (f.length != 5) {
            return new Rejected("FIELDS");
        }
        PhoneNumber caller;
        PhoneNumber callee;
        try {
            caller = PhoneNumber.parse(f[0]);
        } catch (InvalidNumberException e) {
            return new Rejected("CALLER");
        }
        try {
            callee = PhoneNumber.parse(f[1]);
        } catch (InvalidNumberException e) {
            return new Rejected("CALLEE");
        }
        Instant start;
        try {
            start = OffsetDateTime.parse(f[2].strip()).toInstant();
        } catch (DateTimeException e) {
            return new Rejected("START");
        }
        long seconds;
        try {
            seconds = f[3].isBlank() ? 0 : Long.parseLong(f[3].strip());
        } catch (NumberFormatException e) {
            return new Rejected("DURATION");
        }
        if (seconds < 0 || seconds > 86_400) {
            return new Rejected("DURATION");
        }
        return switch (f[4].strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "y" -> new Row(new CallRecord(caller, callee, start, Duration.ofSeconds(seconds), true));
            case "false", "0", "no", "n" -> new Row(new CallRecord(caller, callee, start, Duration.ZERO, false));
            default -> new Rejected("ANSWERED");
        };
    }

    /** The line for {@code r} (the callee side of a file this format reads back). */
    public static String write(CallRecord r) {
        return r.caller().e164() + "," + r.callee().e164() + "," + r.start() + "," + r.duration().toSeconds() + "," + r.answered();
    }
}
