package org.quietline.call.screening;

import java.util.Set;
import org.quietline.call.CallLabel;
import org.quietline.call.reputation.NumberReputation;
import org.quietline.call.reputation.ReputationBook;
import org.quietline.number.PhoneNumber;
import org.quietline.screening.Check;
import org.quietline.screening.Examination;
import org.quietline.screening.Settings;

/**
 * Reports what subscribers said about the calling number: {@code CALLER_REPORTED} with the caller label as
 * evidence ("被 312 人标记为装修推销"; its strength grows with the weighted reports),
 * {@code CALLER_REPORTED_FRAUD} when reporters mostly say fraud, {@code CALLER_VOUCHED} when more people
 * vouch for it than report it. Thread-safe.
 *
 * <p>Settings ({@code checks.caller-reputation}, all optional): {@code min-reporters} before a number counts
 * as reported (1); {@code fraud-min-reporters} (2); {@code full-score}, the weighted score at which the
 * strength reaches 0.63 (2.0).
 */
public final class CallerReputationCheck implements Check {

    /** The check's name and policy section. */
    public static final String NAME = "caller-reputation";

    private final ReputationBook book;
    private final int minReporters;
    private final int fraudMinReporters;
    private final double fullScore;

    /** Reads the settings; asks {@code book}. */
    public CallerReputationCheck(Settings settings, ReputationBook book) {
        this.book = book;
        this.minReporters = settings.has("min-reporters") ? settings.integer("min-reporters", 1) : 1;
        this.fraudMinReporters = settings.has("fraud-min-reporters") ? settings.integer("fraud-min-reporters", 1) : 2;
        this.fullScore = settings.has("full-score") ? settings.number("full-score") : 2.0;
        if (fullScore <= 0) {
            throw settings.problem("full-score", fullScore, "must be positive");
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> signals() {
        return Set.of("CALLER_REPORTED", "CALLER_REPORTED_FRAUD", "CALLER_VOUCHED");
    }

    @Override
    public void inspect(Examination examination) {
        if (!(examination.subject().sender() instanceof PhoneNumber caller)) {
            return;
        }
        NumberReputation r = book.reputation(caller, examination.subject().at());
        if (r.reporters() >= minReporters && r.score() > 0) {
            String label = r.callerLabel().orElse("被 " + r.reporters() + " 人标记");
            examination.report("CALLER_REPORTED", 1 - Math.exp(-r.score() / fullScore), label);
            int fraud = r.labels().getOrDefault(CallLabel.FRAUD, 0);
            if (fraud >= fraudMinReporters && r.topLabel().orElseThrow() == CallLabel.FRAUD) {
                examination.report("CALLER_REPORTED_FRAUD", "被 " + fraud + " 人标记为诈骗");
            }
        } else if (r.vouches() > r.reporters()) {
            examination.report("CALLER_VOUCHED", r.vouches() + " 人标记为正常号码");
        }
    }
}
