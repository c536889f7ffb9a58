package org.quietline.consent;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.quietline.classify.Category;
import org.quietline.classify.Classification;
import org.quietline.screening.Action;
import org.quietline.screening.Check;
import org.quietline.screening.Examination;
import org.quietline.screening.Reason;
import org.quietline.screening.Sms;
import org.quietline.screening.Verdict;

/**
 * Looks up a marketing message's recipient in the consent register and reports what stands against it:
 * {@value #OPTED_OUT} (the recipient refused this merchant or sender), {@value #DO_NOT_DISTURB} (the
 * recipient refused everyone), or {@value #WITHOUT_CONSENT} (no MARKETING consent). The policy makes the first
 * two forced BLOCKs and decides, by the operator's setting, what the third does. Verification codes, service
 * notices and calls are not looked at: they never need a marketing consent. Quietline's own messages (the
 * desk's confirmations) report {@value #OWN_MESSAGE}, which the policy forces through.
 *
 * <p>After each verdict ({@link #settled}) it tells {@link Deliveries} what got through and records every
 * marketing attempt against a refusal as a violation.
 *
 * <p>Thread-safe; inspecting reads memory only (the register's standings), so it fits the hot path.
 */
public final class ConsentCheck implements Check {

    /** The recipient refused marketing from this merchant or sender. */
    public static final String OPTED_OUT = "RECIPIENT_OPTED_OUT";
    /** The recipient refused marketing from every merchant. */
    public static final String DO_NOT_DISTURB = "RECIPIENT_DO_NOT_DISTURB";
    /** Marketing without a MARKETING consent of the recipient. */
    public static final String WITHOUT_CONSENT = "MARKETING_WITHOUT_CONSENT";
    /**
     * Quietline's own message about the recipient's consents (an opt-out confirmation, a help answer). It
     * says 退订 and 回复, so a classifier may well read it as marketing; the policy forces it through, so that
     * quiet hours and frequency caps never hold back the confirmation of a refusal.
     */
    public static final String OWN_MESSAGE = "QUIETLINE_OWN_MESSAGE";

    private final ConsentRegister register;
    private final MerchantOf merchants;
    private final OwnMessages own;
    private final Deliveries deliveries;

    /**
     * A check reading {@code register}, telling merchants by {@code merchants}, letting Quietline's
     * {@code own} confirmations through, and telling {@code deliveries} what got through.
     */
    public ConsentCheck(ConsentRegister register, MerchantOf merchants, OwnMessages own, Deliveries deliveries) {
        this.register = Objects.requireNonNull(register, "register");
        this.merchants = Objects.requireNonNull(merchants, "merchants");
        this.own = Objects.requireNonNull(own, "own");
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
    }

    @Override
    public String name() {
        return "consent";
    }

    @Override
    public Set<String> signals() {
        return Set.of(OPTED_OUT, DO_NOT_DISTURB, WITHOUT_CONSENT, OWN_MESSAGE);
    }

    @Override
    public void inspect(Examination examination) {
        if (!(examination.subject() instanceof Sms sms)) {
            return;
        }
        if (own.isOwn(sms)) {
            examination.report(OWN_MESSAGE, "issued by Quietline's opt-out desk");
            return;
        }
        if (!isMarketing(examination.classification())) {
            return;
        }
        Permission p = register.marketing(sms.recipient(), sms.sender(),
                merchants.merchantOf(sms, examination.signature()));
        switch (p.status()) {
            case DO_NOT_DISTURB -> examination.report(DO_NOT_DISTURB, p.evidence());
            case REFUSED -> examination.report(OPTED_OUT, p.evidence());
            case NO_CONSENT -> examination.report(WITHOUT_CONSENT, p.evidence());
            case CONSENTED -> {
                // consent in force: nothing stands against the message
            }
        }
    }

    /**
     * After the verdict: a message that got through is passed to {@link Deliveries}, with the reply codes the
     * screening read in its text ({@link Examination#optOutInstruction()}); a verdict that carries a
     * refusal becomes a VIOLATION entry in the recipient's ledger, with the sender, the merchant, the action
     * and the refusal's entry. Quietline's own messages are neither.
     */
    @Override
    public void settled(Examination examination, Verdict verdict) {
        if (!(examination.subject() instanceof Sms sms) || own.consume(sms)) {
            return;
        }
        Optional<MerchantId> merchant = merchants.merchantOf(sms, examination.signature());
        if (deliveries != Deliveries.ignored() && (verdict.action() == Action.ALLOW || verdict.action() == Action.LABEL)) {
            deliveries.delivered(sms, merchant, examination.optOutInstruction().codes());
        }
        for (Reason r : verdict.reasons()) {
            if (r.signal().equals(OPTED_OUT) || r.signal().equals(DO_NOT_DISTURB)) {
                register.record(sms.recipient(), sms.at(), Change.violation(
                        merchant.<Party>map(Party.Merchant::new).orElseGet(() -> new Party.Via(sms.sender())),
                        violation(sms, merchant, verdict, r)));
                return;
            }
        }
    }

    private static String violation(Sms sms, Optional<MerchantId> merchant, Verdict verdict, Reason r) {
        String s = "marketing from " + sms.sender().masked() + merchant.map(m -> " for 【" + m.value() + "】").orElse("")
                + " at " + sms.at() + ", verdict " + verdict.action() + " (" + r.signal() + "; " + r.evidence() + ")";
        return s.length() > Change.MAX_EVIDENCE ? s.substring(0, Change.MAX_EVIDENCE) : s;
    }

    private static boolean isMarketing(Optional<Classification> c) {
        return c.isPresent() && c.get().category() == Category.MARKETING;
    }
}
