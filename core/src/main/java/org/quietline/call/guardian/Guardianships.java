package org.quietline.call.guardian;

import java.util.List;
import java.util.Optional;
import org.quietline.number.PhoneNumber;

/** Where guardianships are kept (the port). Implementations are thread-safe. */
public interface Guardianships {

    /** Keeps {@code g}; a guardianship of the same guardian and ward is kept once. */
    void add(Guardianship g);

    /** The guardianship of {@code guardian} over {@code ward}, if there is one. */
    Optional<Guardianship> find(String guardian, PhoneNumber ward);

    /** Every ward of {@code guardian}. */
    List<Guardianship> wardsOf(String guardian);
}
