package org.quietline.call.guardian;

import java.time.Instant;
import java.util.Objects;
import org.quietline.number.PhoneNumber;

/**
 * A guardian account that manages the call policy of a ward's number (a family member protecting an
 * elderly relative).
 *
 * @param guardian the guardian's account id
 * @param ward     the protected number
 * @param since    when the guardianship began
 */
public record Guardianship(String guardian, PhoneNumber ward, Instant since) {

    /** Rejects nulls and a blank account id. */
    public Guardianship {
        Objects.requireNonNull(guardian, "guardian");
        Objects.requireNonNull(ward, "ward");
        Objects.requireNonNull(since, "since");
        if (guardian.isBlank() || guardian.length() > 64) {
            throw new IllegalArgumentException("a guardian account id has 1 to 64 characters");
        }
    }

    /** With the ward masked. */
    @Override
    public String toString() {
        return "Guardianship[" + guardian + " → " + ward.masked() + " since " + since + "]";
    }
}
