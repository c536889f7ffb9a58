package org.quietline.screening;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.quietline.classify.Classification;
import org.quietline.classify.Classifier;
import org.quietline.merchant.MerchantRegistry;

/**
 * The screening engine: runs the installed checks on a subject, each within its budget and under its
 * failure mode, and turns their findings into one {@link Verdict} under the {@link Policy}. Checks run
 * in the order they were installed; a check whose signals all do not apply to a subject kind (a call
 * check, for an SMS) is not run for it.
 *
 * <p>Built once, at start-up, where every mismatch between the checks and the policy fails with a
 * {@link PolicyException}. Immutable and thread-safe; {@link #screen} never throws for a well-typed
 * subject. {@link #screen} lets stateful checks learn the verdict; {@link #preview} (dry runs) does not.
 */
public final class ScreeningEngine implements Screener {

    /** Reported by the engine when a check with failure mode OPEN throws or overruns. */
    public static final String CHECK_FAILED = "CHECK_FAILED";
    /** Reported by the engine when a check with failure mode CLOSED throws or overruns. */
    public static final String CHECK_FAILED_CLOSED = "CHECK_FAILED_CLOSED";

    private final Scoring scoring;
    private final Optional<Classifier> classifier;
    private final Optional<ClassificationRule> rule;
    private final MerchantRegistry merchants;
    private final Ticker ticker;
    private final Plan[] plans;
    private final Policy policy;

    private ScreeningEngine(Builder b, Scoring scoring, Plan[] plans) {
        this.policy = b.policy;
        this.scoring = scoring;
        this.classifier = b.classifier;
        this.rule = b.rule;
        this.merchants = b.merchants;
        this.ticker = b.ticker;
        this.plans = plans;
    }

    /** Starts building an engine under {@code policy}. */
    public static Builder builder(Policy policy) {
        return new Builder(policy);
    }

    /** The policy this engine weighs findings with. */
    public Policy policy() {
        return policy;
    }

    @Override
    public Verdict screen(Subject subject) {
        return screen(subject, true);
    }

    @Override
    public Verdict preview(Subject subject) {
        return screen(subject, false);
    }

    private Verdict screen(Subject subject, boolean settle) {
        Objects.requireNonNull(subject, "subject");
        Run run = new Run(this, subject);
        Plan plan = plans[run.kind().ordinal()];
        long tick = ticker.read();
        for (int c = 0; c < plan.checks.length; c++) {
            tick = plan.inspect(c, run, ticker, tick);
        }
        Verdict verdict = scoring.verdict(run.signals, run.strengths, run.evidence, run.size);
        if (settle) {
            plan.settle(run, verdict);
        }
        return verdict;
    }

    /**
     * The classification the checks would see when screening {@code sms}: the classifier's reading as the
     * engine's {@link ClassificationRule} revises it (ADR 0060); empty without a classifier. Runs no check and
     * reads no store, so it still answers when a screening fails (the SMPP firewall's fail mode asks it then).
     * Throws what the classifier or the rule throws.
     */
    public Optional<Classification> classification(Sms sms) {
        return new Run(this, sms).classification();
    }

    /**
     * The names of the checks run for {@code kind} of subject, in the order they run: the order of the
     * ticker's readings after each check, for tools that time the checks one by one.
     */
    public List<String> checkNames(SubjectKind kind) {
        List<String> names = new ArrayList<>();
        for (Check c : plans[kind.ordinal()].checks) {
            names.add(c.name());
        }
        return List.copyOf(names);
    }

    Scoring scoring() {
        return scoring;
    }

    MerchantRegistry merchants() {
        return merchants;
    }

    Optional<Classification> classify(String text) {
        return classifier.isEmpty() ? Optional.empty() : Optional.of(classifier.get().classify(text));
    }

    Optional<Classification> revise(Classification reading, Examination examination) {
        return rule.isEmpty() ? Optional.empty() : rule.get().revise(reading, examination);
    }

    /**
     * Builds a {@link ScreeningEngine}. Not thread-safe; use it once.
     */
    public static final class Builder {

        private static final int MAX_CHECKS = 64;

        private final Policy policy;
        private final List<Check> checks = new ArrayList<>();
        private Optional<Classifier> classifier = Optional.empty();
        private Optional<ClassificationRule> rule = Optional.empty();
        private MerchantRegistry merchants = MerchantRegistry.empty();
        private Ticker ticker = Ticker.system();
        private boolean everySectionUsed;

        private Builder(Policy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
        }

        /** The classifier whose answer {@link Examination#classification()} gives; without one it is empty. */
        public Builder classifier(Classifier classifier) {
            this.classifier = Optional.of(classifier);
            return this;
        }

        /** The rule that revises the classifier's reading before the checks see it (ADR 0060); none by default. */
        public Builder classificationRule(ClassificationRule rule) {
            this.rule = Optional.of(rule);
            return this;
        }

        /** The registry that resolves {@link Examination#merchant()}; an empty one by default. */
        public Builder merchants(MerchantRegistry merchants) {
            this.merchants = Objects.requireNonNull(merchants, "merchants");
            return this;
        }

        /** The ticker that times checks against their budgets; the JVM's by default. */
        public Builder ticker(Ticker ticker) {
            this.ticker = Objects.requireNonNull(ticker, "ticker");
            return this;
        }

        /** Installs a check that takes no settings from the policy. */
        public Builder check(Check check) {
            checks.add(Objects.requireNonNull(check, "check"));
            return this;
        }

        /**
         * Installs a check built from its policy section {@code checks.<name>}; a key there that the check
         * did not read is refused as unknown.
         *
         * @throws PolicyException for a bad or unknown setting
         */
        public Builder check(String name, Function<Settings, ? extends Check> factory) {
            Settings settings = policy.settings(name);
            Check check = factory.apply(settings);
            settings.rejectUnknown();
            if (!check.name().equals(name)) {
                throw new IllegalArgumentException("the check built for section " + name + " is named " + check.name());
            }
            return check(check);
        }

        /** Refuses, at {@link #build()}, a {@code checks.<name>} section for which no check is installed (a typo). */
        public Builder requireEverySectionUsed() {
            this.everySectionUsed = true;
            return this;
        }

        /**
         * Builds the engine.
         *
         * @throws PolicyException when a check reports a signal the policy lacks, or the policy lacks the
         *                         engine's own signals
         */
        public ScreeningEngine build() {
            if (checks.size() > MAX_CHECKS) {
                throw new IllegalArgumentException("at most " + MAX_CHECKS + " checks");
            }
            Scoring scoring = new Scoring(policy);
            for (String engineSignal : List.of(CHECK_FAILED, CHECK_FAILED_CLOSED)) {
                if (!scoring.index.containsKey(engineSignal)) {
                    throw new PolicyException("signals." + engineSignal, null, "is missing (the engine reports it for failed checks)");
                }
            }
            Set<String> names = checkNames(scoring);
            if (everySectionUsed) {
                rejectSectionsWithoutCheck(names);
            }
            Plan[] plans = new Plan[SubjectKind.values().length];
            for (SubjectKind kind : SubjectKind.values()) {
                plans[kind.ordinal()] = Plan.of(kind, checks, policy, scoring);
            }
            return new ScreeningEngine(this, scoring, plans);
        }

        /** The checks' names, each once, after making sure the policy defines every signal they declare. */
        private Set<String> checkNames(Scoring scoring) {
            Set<String> names = new LinkedHashSet<>();
            for (Check c : checks) {
                if (!names.add(c.name())) {
                    throw new IllegalArgumentException("two checks are named " + c.name());
                }
                for (String s : c.signals()) {
                    if (!scoring.index.containsKey(s)) {
                        throw new PolicyException("signals." + s, null, "is missing: check " + c.name() + " reports it"
                                + Suggestion.nearest(s, scoring.index.keySet()).map(n -> " (the policy has " + n + ")").orElse(""));
                    }
                }
            }
            return names;
        }

        private void rejectSectionsWithoutCheck(Set<String> names) {
            for (String section : policy.checkSections()) {
                if (!names.contains(section)) {
                    throw new PolicyException("checks." + section, null, "belongs to no installed check"
                            + Suggestion.nearest(section, names).map(n -> "; did you mean " + n + "?")
                            .orElse(" (installed: " + String.join(", ", names) + ")"));
                }
            }
        }
    }
}
