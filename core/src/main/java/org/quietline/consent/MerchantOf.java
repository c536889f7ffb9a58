package org.quietline.consent;

import java.util.Optional;
import org.quietline.merchant.MerchantRegistry;
import org.quietline.number.Signature;
import org.quietline.screening.Sms;

/**
 * Tells which merchant a message is sent for: a port to the merchant registry when there is one, or the
 * brand of the message's 【signature】, which Chinese rules require of every commercial SMS. Implementations
 * are thread-safe and fast (they run on every message).
 */
@FunctionalInterface
public interface MerchantOf {

    /**
     * The merchant {@code sms} is sent for, or empty when it cannot be told, given its {@code signature}: what
     * {@link Signature#find} gives for its text. A screening has found that already
     * ({@link org.quietline.screening.Examination#signature()}), so the consent check does not search the text again.
     */
    Optional<MerchantId> merchantOf(Sms sms, Optional<Signature> signature);

    /** The merchant {@code sms} is sent for, or empty when it cannot be told; finds the signature itself. */
    default Optional<MerchantId> merchantOf(Sms sms) {
        return merchantOf(sms, Signature.find(sms.text()));
    }

    /** The brand of the message's signature, as the merchant's identity. */
    static MerchantOf bySignature() {
        return bySignature(new MerchantIds(MerchantIds.SHIPPED));
    }

    private static MerchantOf bySignature(MerchantIds ids) {
        return (sms, signature) -> signature.isPresent() ? ids.of(signature.get().brand()) : Optional.empty();
    }

    /**
     * The registry's merchant behind the sender (and signature) when it can tell one, its id as the identity;
     * otherwise the signature's brand. A brand alone never names a registered merchant, but a refusal of a
     * brand still covers whoever signs with it: that errs on the subscriber's side.
     */
    static MerchantOf byRegistry(MerchantRegistry registry) {
        MerchantIds ids = new MerchantIds(MerchantIds.SHIPPED);
        MerchantOf brands = bySignature(ids);
        return (sms, signature) -> registry.resolve(sms.sender(), signature)
                .flatMap(m -> ids.of(m.id()))
                .or(() -> brands.merchantOf(sms, signature));
    }
}
