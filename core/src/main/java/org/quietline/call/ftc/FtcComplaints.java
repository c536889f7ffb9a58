package org.quietline.call.ftc;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads lines of the US FTC Do-Not-Call complaint files
 * ({@code created_date,complaint_id,company_phone_number,consumer_area_code}). The reported number comes
 * in every form people type: {@code 8044770532}, {@code +13603673173}, {@code (804) 477-0532}, empty,
 * {@code __________}, {@code NA}, seven-digit local numbers without area code, twenty-digit junk. A line
 * is either the header, a complaint with a ten-digit North American number, or rejected with its
 * problem; nothing is dropped silently. The number is kept as a {@code long} for the range index
 * (ADR 0040). Stateless and thread-safe.
 */
public final class FtcComplaints {

    /** The header line's first field. */
    static final String HEADER = "created_date";

    private FtcComplaints() {
    }

    /** What one line is. */
    public sealed interface Line permits Header, Complaint, Rejected {
    }

    /** The header line. */
    public record Header() implements Line {
    }

    /**
     * A complaint.
     *
     * @param day          the day it was made
     * @param national     the reported number, ten digits (NPA-NXX-XXXX)
     * @param consumerArea the complaining consumer's area code (NPA), or −1 when the line gives none
     */
    public record Complaint(LocalDate day, long national, int consumerArea) implements Line {
    }

    /**
     * A line that is not a usable complaint.
     *
     * @param problem what is wrong
     */
    public record Rejected(Problem problem) implements Line {
    }

    /** Why a line was rejected. */
    public enum Problem {
        /** Not four comma-separated fields. */
        FIELDS,
        /** The date is not a YYYY-MM-DD day. */
        DATE,
        /** No number given. */
        NUMBER_EMPTY,
        /** The number is blanked out with underscores. */
        NUMBER_MASKED,
        /** Letters or other characters that are not part of a number. */
        NUMBER_NOT_DIGITS,
        /** Fewer than ten digits: a local number without area code, or a fragment. */
        NUMBER_TOO_SHORT,
        /** More digits than a North American number with its country code. */
        NUMBER_TOO_LONG,
        /** Ten digits that no North American number can have (area code or exchange starting with 0 or 1). */
        NUMBER_NOT_NANP
    }

    /** Reads one line (without its line break). */
    public static Line read(String line) {
        String[] fields = Fields.split(line);
        if (fields.length != 4) {
            return fields.length > 0 && fields[0].equals(HEADER) ? new Header() : new Rejected(Problem.FIELDS);
        }
        if (fields[0].equals(HEADER)) {
            return new Header();
        }
        LocalDate day;
        try {
            day = day(fields[0]);
        } catch (DateTimeException | NumberFormatException e) {
            return new Rejected(Problem.DATE);
        }
        int area = area(fields[3]);
        return NanpNumber.read(fields[2]).<Line>map(n -> new Complaint(day, n, area))
                .orElseGet(() -> new Rejected(NanpNumber.problem(fields[2])));
    }

    /** A three-digit area code, or −1: the field is often empty or junk, and it is only a hint. */
    private static int area(String s) {
        String t = s.strip();
        if (t.length() != 3 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Integer.parseInt(t);
    }

    private static LocalDate day(String s) {
        String t = s.strip();
        if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
            throw new DateTimeException("not YYYY-MM-DD");
        }
        return LocalDate.of(Integer.parseInt(t, 0, 4, 10), Integer.parseInt(t, 5, 7, 10), Integer.parseInt(t, 8, 10, 10));
    }
}
