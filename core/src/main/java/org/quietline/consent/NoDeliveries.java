package org.quietline.consent;

import java.util.List;
import java.util.Optional;
import org.quietline.screening.Sms;

/** {@link Deliveries#ignored()}: learns nothing. Stateless. */
final class NoDeliveries implements Deliveries {

    static final NoDeliveries INSTANCE = new NoDeliveries();

    private NoDeliveries() {
    }

    @Override
    public void delivered(Sms sms, Optional<MerchantId> merchant, List<String> replyCodes) {
        // nothing to learn: no opt-out desk reads it
    }
}
