package org.quietline.server.calls;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.quietline.call.CallLabel;
import org.quietline.call.CallRecord;
import org.quietline.call.Report;
import org.quietline.call.Reporter;
import org.quietline.call.allow.AllowRegister;
import org.quietline.call.campaign.CampaignSettings;
import org.quietline.call.guardian.InMemoryCallJournal;
import org.quietline.call.policy.InMemorySubscriberPolicies;
import org.quietline.call.policy.SubscriberPolicy;
import org.quietline.call.reputation.InMemoryReportLog;
import org.quietline.call.shield.CallShield;
import org.quietline.number.PhoneNumber;
import org.quietline.screening.Call;
import org.quietline.screening.Policy;
import org.quietline.screening.ScreeningEngine;
import org.quietline.screening.shipped.ShippedScreening;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Screens a few made-up calls on a throwaway call shield when the platform is ready, so that the first real
 * call does not pay for loading and linking the call checks' code (on a busy machine that alone can take
 * longer than a check's 20 ms budget, which would turn a real finding into CHECK_FAILED). Touches none of the
 * platform's stores.
 */
@Component
final class CallWarmUp {

    private final Policy policy;

    CallWarmUp(Policy policy) {
        this.policy = policy;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        CallShield shield = new CallShield(new InMemoryReportLog(), new InMemorySubscriberPolicies(), new InMemoryCallJournal(),
                AllowRegister.shipped(), CampaignSettings.DEFAULTS);
        ScreeningEngine engine = shield.install(ShippedScreening.builder(policy, text -> {
            throw new IllegalStateException("calls have no text");
        })).build();
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        PhoneNumber caller = PhoneNumber.parse("13800000001");
        PhoneNumber callee = PhoneNumber.parse("13900000001");
        shield.report(List.of(new Report(new Reporter("a"), caller, CallLabel.SALES, t),
                new Report(new Reporter("b"), caller, CallLabel.SALES, t)));
        for (int i = 0; i < 20; i++) {
            shield.record(new CallRecord(PhoneNumber.parse("1380000010" + i % 5), PhoneNumber.parse("1390000000" + i % 7),
                    t.plusSeconds(i * 60L), Duration.ofSeconds(2), true));
        }
        shield.policies().save(SubscriberPolicy.strict(callee, ZoneId.of("Asia/Shanghai")));
        for (int i = 0; i < 50; i++) {
            engine.screen(new Call(i % 2 == 0 ? caller : PhoneNumber.parse("13800000109"), callee, t.plusSeconds(3600 + i)));
        }
    }
}
