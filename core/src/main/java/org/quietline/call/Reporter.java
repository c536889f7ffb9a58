package org.quietline.call;

import java.util.Objects;

/**
 * Who filed a report: an opaque, stable id (an account id, or a keyed hash of the reporting subscriber's
 * number — never the number itself). Reputation counts distinct reporters and caps each one's influence.
 *
 * @param id at most 64 printable characters
 */
public record Reporter(String id) {

    /** Validates the id. */
    public Reporter {
        Objects.requireNonNull(id, "id");
        if (id.isBlank() || id.length() > 64 || !id.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
            throw new IllegalArgumentException("a reporter id has 1 to 64 printable ASCII characters");
        }
    }
}
