package org.quietline.screening.sender;

import java.util.Set;
import org.quietline.merchant.Merchant;
import org.quietline.merchant.MerchantRegistry;
import org.quietline.number.SenderCode;
import org.quietline.screening.Check;
import org.quietline.screening.Examination;
import org.quietline.screening.Settings;

/**
 * Checks the 【brand】 signature of SMS from commercial senders: {@code MISSING_SIGNATURE} when a sender
 * of a listed kind signs nothing; {@code SIGNATURE_NOT_OF_SENDER} when the registry knows the sender and
 * none of its merchants signs with that brand (a port claiming a bank it does not carry). Thread-safe.
 *
 * <p>Settings ({@code checks.signature}): {@code senders}, the kinds of sender code that must sign
 * ({@code service-port}, {@code short-code}, {@code alphanumeric}).
 */
public final class SignatureCheck implements Check {

    /** The check's name and policy section. */
    public static final String NAME = "signature";

    private final MerchantRegistry registry;
    private final boolean[] mustSign = new boolean[SenderCode.Kind.values().length];

    /** Reads {@code senders}; asks {@code registry} which brands a sender carries. */
    public SignatureCheck(Settings settings, MerchantRegistry registry) {
        this.registry = registry;
        for (SenderCode.Kind k : settings.choices("senders", SenderCode.Kind.class)) {
            mustSign[k.ordinal()] = true;
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> signals() {
        return Set.of("MISSING_SIGNATURE", "SIGNATURE_NOT_OF_SENDER");
    }

    @Override
    public void inspect(Examination examination) {
        if (!(examination.subject().sender() instanceof SenderCode code)) {
            return;
        }
        var signature = examination.signature();
        if (signature.isEmpty()) {
            if (mustSign[code.kind().ordinal()]) {
                examination.report("MISSING_SIGNATURE", "no 【brand】 from " + code.masked());
            }
            return;
        }
        var merchants = registry.sendingThrough(code);
        if (merchants.isEmpty() || examination.merchant().isPresent()) {
            return;
        }
        for (Merchant m : merchants) {
            if (m.signs(signature.get().brand())) {
                return;
            }
        }
        examination.report("SIGNATURE_NOT_OF_SENDER", signature.get() + " is not a brand registered on " + code.masked());
    }
}
