package org.quietline.call.shield;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.quietline.call.CallLabel;
import org.quietline.call.CallRecord;
import org.quietline.call.Report;
import org.quietline.call.Reporter;
import org.quietline.call.allow.AllowRegister;
import org.quietline.call.campaign.CampaignSettings;
import org.quietline.call.guardian.InMemoryCallJournal;
import org.quietline.call.policy.InMemorySubscriberPolicies;
import org.quietline.call.reputation.InMemoryReportLog;
import org.quietline.number.PhoneNumber;
import org.quietline.screening.Call;
import org.quietline.screening.Policy;
import org.quietline.screening.ScreeningEngine;
import org.quietline.screening.Verdict;
import org.quietline.screening.Yaml;
import org.quietline.screening.shipped.ShippedScreening;

/** A call shield on in-memory stores with an engine under the shipped policy, for tests. */
public final class Shields {

    public final CallShield shield;
    public final ScreeningEngine engine;

    private Shields(CallShield shield, Policy policy) {
        this.shield = shield;
        this.engine = shield.install(ShippedScreening.builder(policy, text -> {
            throw new AssertionError("calls have no text to classify");
        })).ticker(() -> 0).build();
    }

    /** With the shipped allow register and campaign settings. */
    public static Shields shipped() {
        return of(AllowRegister.shipped(), Yaml.shipped());
    }

    public static Shields of(AllowRegister register, Policy policy) {
        return new Shields(new CallShield(new InMemoryReportLog(), new InMemorySubscriberPolicies(),
                new InMemoryCallJournal(), register, CampaignSettings.DEFAULTS), policy);
    }

    public static PhoneNumber n(String text) {
        return PhoneNumber.parse(text);
    }

    public Shields report(String reporter, String number, CallLabel label, String at) {
        shield.report(List.of(new Report(new Reporter(reporter), n(number), label, Instant.parse(at))));
        return this;
    }

    public Shields call(String caller, String callee, String at, long seconds, boolean answered) {
        shield.record(new CallRecord(n(caller), n(callee), Instant.parse(at), Duration.ofSeconds(seconds), answered));
        return this;
    }

    public Verdict screen(String caller, String callee, String at) {
        return engine.screen(new Call(org.quietline.number.Sender.parse(caller), n(callee), Instant.parse(at)));
    }
}
