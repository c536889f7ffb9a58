package org.quietline.consent;

import java.util.Optional;
import org.quietline.number.Signature;
import org.quietline.screening.Sms;

/**
 * Tells which merchant a message is sent for: a port to the merchant registry when there is one, or the
 * brand of the message's 【signature】, which Chinese rules require of every commercial SMS. Implementations
 * are thread-safe and fast (they run on every message).
 */
@FunctionalInterface
public interface MerchantOf {

    /** The merchant {@code sms} is sent for, or empty when it cannot be told. */
    Optional<MerchantId> merchantOf(Sms sms);

    /** The brand of the message's signature, as the merchant's identity. */
    static MerchantOf bySignature() {
        return sms -> Signature.find(sms.text()).flatMap(s -> MerchantId.tryOf(s.brand()));
    }
}
