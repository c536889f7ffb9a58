package org.quietline.call.guardian;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.quietline.number.PhoneNumber;

/** What every {@link Guardianships} store does; run by the in-memory and the JDBC store. */
public interface GuardianshipsContract {

    /** A fresh, empty store. */
    Guardianships guardianships();

    @Test
    default void findsTheGuardianshipOfAGuardianAndWard() {
        Guardianships store = guardianships();
        Guardianship g = new Guardianship("daughter", PhoneNumber.parse("13912345678"), Instant.parse("2026-11-01T00:00:00Z"));
        store.add(g);
        store.add(new Guardianship("daughter", PhoneNumber.parse("13912345678"), Instant.parse("2026-11-05T00:00:00Z")));
        store.add(new Guardianship("daughter", PhoneNumber.parse("13700137000"), Instant.parse("2026-11-01T00:00:00Z")));

        assertThat(store.find("daughter", PhoneNumber.parse("13912345678"))).contains(g);
        assertThat(store.find("son", PhoneNumber.parse("13912345678"))).isEmpty();
        assertThat(store.wardsOf("daughter")).hasSize(2);
    }
}
