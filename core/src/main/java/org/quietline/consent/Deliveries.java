package org.quietline.consent;

import java.util.Optional;
import org.quietline.screening.Sms;

/**
 * Learns which messages screening let through (ALLOW or LABEL), with the merchant they were sent for, so that
 * a later reply to their sender can be resolved (the opt-out's {@code RecentSenders} implements it).
 * Implementations are thread-safe, fast and keep no message text.
 */
@FunctionalInterface
public interface Deliveries {

    /** {@code sms}, sent for {@code merchant} when known, was let through to its recipient. */
    void delivered(Sms sms, Optional<MerchantId> merchant);

    /** Forgets everything: for screening without an opt-out desk. */
    static Deliveries ignored() {
        return (sms, merchant) -> {
        };
    }
}
