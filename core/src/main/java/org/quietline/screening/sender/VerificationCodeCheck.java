package org.quietline.screening.sender;

import java.util.Set;
import org.quietline.classify.Category;
import org.quietline.classify.Classification;
import org.quietline.merchant.MerchantRegistry;
import org.quietline.number.Signature;
import org.quietline.screening.Check;
import org.quietline.screening.Examination;
import org.quietline.screening.Settings;

/**
 * Tells verification codes from their registered sender apart from the rest: a code signed 【brand】 and
 * sent by the port (or short code) registered for that brand's codes reports
 * {@code VERIFICATION_CODE_FROM_REGISTERED_PORT}, which the shipped policy forces to ALLOW, so that
 * blocking a 106 port never blocks a bank's codes; any other code reports
 * {@code VERIFICATION_CODE_FROM_UNREGISTERED_PORT}. Thread-safe.
 *
 * <p>Settings ({@code checks.verification-code}): {@code min-confidence}, how sure the classifier must be
 * that the text is a code.
 */
public final class VerificationCodeCheck implements Check {

    /** The check's name and policy section. */
    public static final String NAME = "verification-code";
    static final String REGISTERED = "VERIFICATION_CODE_FROM_REGISTERED_PORT";
    static final String UNREGISTERED = "VERIFICATION_CODE_FROM_UNREGISTERED_PORT";

    private final MerchantRegistry registry;
    private final double minConfidence;

    /** Reads {@code min-confidence}; asks {@code registry} which sender carries whose codes. */
    public VerificationCodeCheck(Settings settings, MerchantRegistry registry) {
        this.registry = registry;
        this.minConfidence = settings.fraction("min-confidence");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> signals() {
        return Set.of(REGISTERED, UNREGISTERED);
    }

    @Override
    public void inspect(Examination examination) {
        var found = examination.classification();
        if (found.isEmpty()) {
            return;
        }
        Classification c = found.get();
        if (c.category() != Category.VERIFICATION_CODE || c.confidence() < minConfidence) {
            return;
        }
        var sender = examination.subject().sender();
        var signature = examination.signature();
        if (signature.isEmpty()) {
            examination.report(UNREGISTERED, "an unsigned code from " + sender.masked());
            return;
        }
        Signature s = signature.get();
        if (registry.registeredForCodes(sender, s.brand())) {
            examination.report(REGISTERED, sender.masked() + " is registered for the codes of " + s);
        } else {
            examination.report(UNREGISTERED, sender.masked() + " is not registered for the codes of " + s);
        }
    }
}
