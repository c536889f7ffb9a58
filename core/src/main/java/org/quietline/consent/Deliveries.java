package org.quietline.consent;

import java.util.List;
import java.util.Optional;
import org.quietline.screening.Sms;

/**
 * Learns which messages screening let through (ALLOW or LABEL), with the merchant they were sent for, so that
 * a later reply to their sender can be resolved (the opt-out's {@code RecentSenders} implements it).
 * Implementations are thread-safe, fast and keep no message text.
 */
@FunctionalInterface
public interface Deliveries {

    /**
     * {@code sms}, sent for {@code merchant} when known, was let through to its recipient; its text announced
     * {@code replyCodes} for opting out (folded, each once: what the screening's {@code optOutInstruction()} read,
     * so that the text is not read again).
     */
    void delivered(Sms sms, Optional<MerchantId> merchant, List<String> replyCodes);

    /**
     * Forgets everything: for screening without an opt-out desk. Always the same instance, so that the consent
     * check, told of it, does not even read the reply codes it would pass.
     */
    static Deliveries ignored() {
        return NoDeliveries.INSTANCE;
    }
}
