package org.quietline.screening.shipped;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.quietline.classify.Classifier;
import org.quietline.merchant.MerchantRegistry;
import org.quietline.screening.Check;
import org.quietline.screening.Policy;
import org.quietline.screening.ScreeningEngine;
import org.quietline.screening.Settings;
import org.quietline.screening.Ticker;
import org.quietline.screening.content.ContentCheck;
import org.quietline.screening.content.OptOutInstructionCheck;
import org.quietline.screening.link.LinkCheck;
import org.quietline.screening.rate.FrequencyCapCheck;
import org.quietline.screening.rate.InMemoryRateCounter;
import org.quietline.screening.rate.RateCounter;
import org.quietline.screening.schedule.QuietHoursCheck;
import org.quietline.screening.sender.SenderKindCheck;
import org.quietline.screening.sender.SignatureCheck;
import org.quietline.screening.sender.VerificationCodeCheck;

/**
 * The screening engine as Quietline ships it: every first check, configured from its section of the
 * policy, plus whatever checks other features add (consent, calls). The production factory: the server,
 * the SMPP firewall and the benchmarks build their {@link ScreeningEngine} here.
 *
 * <pre>{@code
 * Screener screener = ShippedScreening.builder(policy, classifier)
 *         .merchants(registry)
 *         .check("consent", settings -> new ConsentCheck(settings, ledger))
 *         .build();
 * }</pre>
 *
 * Every {@code checks.<name>} section of the policy must belong to an installed check, so a misspelt
 * section fails at start-up. Builders are not thread-safe; the engine they build is.
 */
public final class ShippedScreening {

    private final Policy policy;
    private final Classifier classifier;
    private MerchantRegistry merchants = MerchantRegistry.empty();
    private Ticker ticker = Ticker.system();
    private RateCounter rates;
    private final List<Consumer<ScreeningEngine.Builder>> extras = new ArrayList<>();

    private ShippedScreening(Policy policy, Classifier classifier) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.classifier = Objects.requireNonNull(classifier, "classifier");
    }

    /** Starts building the shipped engine under {@code policy}, classifying texts with {@code classifier}. */
    public static ShippedScreening builder(Policy policy, Classifier classifier) {
        return new ShippedScreening(policy, classifier);
    }

    /** The merchant registry (an empty one by default). */
    public ShippedScreening merchants(MerchantRegistry merchants) {
        this.merchants = Objects.requireNonNull(merchants, "merchants");
        return this;
    }

    /**
     * The counter behind the frequency caps; by default a fresh {@link InMemoryRateCounter#standard()}
     * for each engine built. Share one between engines that must count together.
     */
    public ShippedScreening rateCounter(RateCounter rates) {
        this.rates = Objects.requireNonNull(rates, "rates");
        return this;
    }

    /** The ticker that times checks (the JVM's by default). */
    public ShippedScreening ticker(Ticker ticker) {
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        return this;
    }

    /** Adds a check that takes no settings; it runs after the shipped ones. */
    public ShippedScreening check(Check check) {
        Objects.requireNonNull(check, "check");
        extras.add(b -> b.check(check));
        return this;
    }

    /** Adds a check built from its policy section {@code checks.<name>}; it runs after the shipped ones. */
    public ShippedScreening check(String name, Function<Settings, ? extends Check> factory) {
        Objects.requireNonNull(factory, "factory");
        extras.add(b -> b.check(name, factory));
        return this;
    }

    /**
     * Builds the engine.
     *
     * @throws org.quietline.screening.PolicyException when the policy does not fit the checks
     */
    public ScreeningEngine build() {
        MerchantRegistry registry = merchants;
        RateCounter counter = rates == null ? InMemoryRateCounter.standard() : rates;
        Settings contentSettings = policy.settings(ContentCheck.NAME);
        ContentCheck content = new ContentCheck(contentSettings);
        contentSettings.rejectUnknown();
        ScreeningEngine.Builder b = ScreeningEngine.builder(policy)
                .classifier(classifier)
                // the content check also revises the classifier's reading (an opt-out instruction marks
                // marketing, ADR 0060) before any check, its own included, sees the classification
                .classificationRule(content)
                .merchants(registry)
                .ticker(ticker)
                .check(content)
                .check(VerificationCodeCheck.NAME, s -> new VerificationCodeCheck(s, registry))
                .check(SignatureCheck.NAME, s -> new SignatureCheck(s, registry))
                .check(SenderKindCheck.NAME, s -> new SenderKindCheck(s, registry))
                .check(OptOutInstructionCheck.NAME, OptOutInstructionCheck::new)
                .check(LinkCheck.NAME, s -> new LinkCheck(s, registry))
                .check(QuietHoursCheck.NAME, QuietHoursCheck::new)
                .check(FrequencyCapCheck.NAME, s -> new FrequencyCapCheck(s, counter));
        for (Consumer<ScreeningEngine.Builder> extra : extras) {
            extra.accept(b);
        }
        return b.requireEverySectionUsed().build();
    }
}
