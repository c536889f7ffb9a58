package org.quietline.screening.rate;

import java.time.Duration;
import java.util.Set;
import org.quietline.classify.Category;
import org.quietline.number.LineType;
import org.quietline.number.PhoneNumber;
import org.quietline.screening.Action;
import org.quietline.screening.Check;
import org.quietline.screening.Examination;
import org.quietline.screening.Settings;
import org.quietline.screening.Verdict;

/**
 * Frequency caps in sliding windows. For marketing: {@code RECIPIENT_RATE_EXCEEDED} when the recipient
 * already had {@code recipient.limit} marketing messages within {@code recipient.window}, and
 * {@code MERCHANT_RATE_EXCEEDED} when as many came from this merchant (or, when no merchant is resolved,
 * this sender) — the shipped policy defers both. Only delivered marketing counts (recorded when the
 * verdict is ALLOW or LABEL), so a deferred message does not use up the cap it is waiting for. For any
 * message from an ordinary mobile number: {@code SENDER_MOBILE_BULK} when it submitted more than
 * {@code mobile-bulk.limit} within {@code mobile-bulk.window} (every submission counts, whatever its
 * verdict). Counts are recorded in {@link #settled}, so a dry run ({@code preview}) counts nothing. Thread-safe.
 *
 * <p>Settings ({@code checks.frequency-caps}): {@code categories}, {@code min-confidence}, and the
 * sections {@code recipient}, {@code merchant} and {@code mobile-bulk}, each with {@code limit} and
 * {@code window}.
 */
public final class FrequencyCapCheck implements Check {

    /** The check's name and policy section. */
    public static final String NAME = "frequency-caps";

    private final RateCounter counter;
    private final boolean[] categories = new boolean[Category.values().length];
    private final double minConfidence;
    private final Cap recipient;
    private final Cap merchant;
    private final Cap bulk;

    private record Cap(int limit, Duration window, String shown) {
        static Cap of(Settings s, RateCounter counter) {
            int limit = s.integer("limit", 1);
            if (limit + 1 > counter.maxCount()) {
                throw s.problem("limit", limit, "is above what the rate counter can count (" + (counter.maxCount() - 1) + ")");
            }
            Duration window = s.duration("window");
            return new Cap(limit, window, limit + " in " + s.text("window"));
        }
    }

    /** Reads the caps; counts with {@code counter}. */
    public FrequencyCapCheck(Settings settings, RateCounter counter) {
        this.counter = counter;
        for (Category c : settings.choices("categories", Category.class)) {
            categories[c.ordinal()] = true;
        }
        this.minConfidence = settings.fraction("min-confidence");
        this.recipient = Cap.of(settings.section("recipient"), counter);
        this.merchant = Cap.of(settings.section("merchant"), counter);
        this.bulk = Cap.of(settings.section("mobile-bulk"), counter);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> signals() {
        return Set.of("RECIPIENT_RATE_EXCEEDED", "MERCHANT_RATE_EXCEEDED", "SENDER_MOBILE_BULK");
    }

    @Override
    public void inspect(Examination examination) {
        var subject = examination.subject();
        if (subject.sender() instanceof PhoneNumber number && number.type() == LineType.MOBILE) {
            int before = counter.count(new RateKey(RateKey.Kind.SENDER, number.e164()), subject.at(), bulk.window, bulk.limit);
            if (before >= bulk.limit) {
                examination.report("SENDER_MOBILE_BULK", "over " + bulk.shown + " from " + number.masked());
            }
        }
        if (!counts(examination)) {
            return;
        }
        int toRecipient = counter.count(recipientKey(examination), subject.at(), recipient.window, recipient.limit);
        if (toRecipient >= recipient.limit) {
            examination.report("RECIPIENT_RATE_EXCEEDED", "cap " + recipient.shown + " reached for " + subject.recipient().masked());
        }
        int fromMerchant = counter.count(merchantKey(examination), subject.at(), merchant.window, merchant.limit);
        if (fromMerchant >= merchant.limit) {
            examination.report("MERCHANT_RATE_EXCEEDED", "cap " + merchant.shown + " reached from " + merchantShown(examination));
        }
    }

    @Override
    public void settled(Examination examination, Verdict verdict) {
        var subject = examination.subject();
        if (subject.sender() instanceof PhoneNumber number && number.type() == LineType.MOBILE) {
            counter.record(new RateKey(RateKey.Kind.SENDER, number.e164()), subject.at());
        }
        if (verdict.action().harsherThan(Action.LABEL) || !counts(examination)) {
            return;
        }
        counter.record(recipientKey(examination), examination.subject().at());
        counter.record(merchantKey(examination), examination.subject().at());
    }

    private boolean counts(Examination examination) {
        var c = examination.classification();
        return c.isPresent() && categories[c.get().category().ordinal()] && c.get().confidence() >= minConfidence;
    }

    private static RateKey recipientKey(Examination examination) {
        return new RateKey(RateKey.Kind.RECIPIENT, examination.subject().recipient().e164());
    }

    private static RateKey merchantKey(Examination examination) {
        String from = examination.merchant().map(m -> "m:" + m.id()).orElseGet(() -> "s:" + examination.subject().sender().value());
        return new RateKey(RateKey.Kind.MERCHANT_TO_RECIPIENT, from + "|" + examination.subject().recipient().e164());
    }

    private static String merchantShown(Examination examination) {
        return examination.merchant().map(m -> m.name()).orElseGet(() -> examination.subject().sender().masked());
    }
}
