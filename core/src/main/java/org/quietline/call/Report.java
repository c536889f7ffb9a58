package org.quietline.call;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.quietline.number.PhoneNumber;

/**
 * A subscriber's report about a number that called: what the reporter says it is, and when. A report
 * of {@link CallLabel#NOT_SPAM} vouches for the number.
 *
 * @param reporter who reports
 * @param number   the number reported
 * @param label    what it is, in the reporter's words
 * @param at       when the report was made
 * @param note     a free note, at most 200 characters; kept for the subscriber, never logged
 */
public record Report(Reporter reporter, PhoneNumber number, CallLabel label, Instant at, Optional<String> note) {

    /** The longest note kept. */
    public static final int MAX_NOTE = 200;

    /** Rejects nulls and overlong notes. */
    public Report {
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(note, "note");
        if (note.isPresent() && note.get().length() > MAX_NOTE) {
            throw new IllegalArgumentException("a note has at most " + MAX_NOTE + " characters");
        }
    }

    /** A report without a note. */
    public Report(Reporter reporter, PhoneNumber number, CallLabel label, Instant at) {
        this(reporter, number, label, at, Optional.empty());
    }

    /** Without the note and with the number masked. */
    @Override
    public String toString() {
        return "Report[" + reporter.id() + " → " + number.masked() + ", " + label + ", " + at + "]";
    }
}
