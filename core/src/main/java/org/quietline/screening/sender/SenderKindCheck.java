package org.quietline.screening.sender;

import java.util.Set;
import org.quietline.classify.Category;
import org.quietline.classify.Classification;
import org.quietline.merchant.MerchantRegistry;
import org.quietline.number.LineType;
import org.quietline.number.PhoneNumber;
import org.quietline.number.SenderCode;
import org.quietline.screening.Check;
import org.quietline.screening.Examination;
import org.quietline.screening.Settings;

/**
 * Reports what kind of sender an SMS comes from (106 port, short code, alphanumeric ID), whether the
 * merchant registry knows it, and an ordinary mobile number sending commercial content, which
 * registered senders do through ports. Thread-safe.
 *
 * <p>Settings ({@code checks.sender-kind}): {@code commercial}, the categories that count as commercial;
 * {@code min-confidence}, how sure the classifier must be.
 */
public final class SenderKindCheck implements Check {

    /** The check's name and policy section. */
    public static final String NAME = "sender-kind";

    private static final String[] BY_KIND = {"SENDER_SERVICE_PORT", "SENDER_SHORT_CODE", "SENDER_ALPHANUMERIC"};

    private final MerchantRegistry registry;
    private final boolean[] commercial = new boolean[Category.values().length];
    private final double minConfidence;

    /** Reads {@code commercial} and {@code min-confidence}; asks {@code registry} which senders it knows. */
    public SenderKindCheck(Settings settings, MerchantRegistry registry) {
        this.registry = registry;
        for (Category c : settings.choices("commercial", Category.class)) {
            commercial[c.ordinal()] = true;
        }
        this.minConfidence = settings.fraction("min-confidence");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> signals() {
        return Set.of(BY_KIND[0], BY_KIND[1], BY_KIND[2], "SENDER_NOT_REGISTERED", "SENDER_MOBILE_COMMERCIAL");
    }

    @Override
    public void inspect(Examination examination) {
        switch (examination.subject().sender()) {
            case SenderCode code -> {
                examination.report(BY_KIND[code.kind().ordinal()], code.masked());
                if (registry.sendingThrough(code).isEmpty()) {
                    examination.report("SENDER_NOT_REGISTERED", code.masked() + " has no registered merchant");
                }
            }
            case PhoneNumber number -> {
                if (isMobile(number) && isCommercial(examination)) {
                    Classification c = examination.classification().orElseThrow();
                    examination.report("SENDER_MOBILE_COMMERCIAL", c.confidence(),
                            c.category().name() + " from the mobile number " + number.masked());
                }
            }
        }
    }

    private static boolean isMobile(PhoneNumber number) {
        return number.type() == LineType.MOBILE || number.type() == LineType.FIXED_LINE_OR_MOBILE;
    }

    private boolean isCommercial(Examination examination) {
        var c = examination.classification();
        return c.isPresent() && commercial[c.get().category().ordinal()] && c.get().confidence() >= minConfidence;
    }
}
