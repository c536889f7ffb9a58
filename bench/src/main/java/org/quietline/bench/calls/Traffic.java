package org.quietline.bench.calls;

import org.quietline.bench.ShippedPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.quietline.call.CallLabel;
import org.quietline.call.NumberPattern;
import org.quietline.call.Report;
import org.quietline.call.Reporter;
import org.quietline.call.allow.AllowEntry;
import org.quietline.call.allow.AllowKind;
import org.quietline.call.allow.AllowRegister;
import org.quietline.call.campaign.CampaignSettings;
import org.quietline.call.guardian.InMemoryCallJournal;
import org.quietline.call.policy.InMemorySubscriberPolicies;
import org.quietline.call.policy.SubscriberPolicy;
import org.quietline.call.reputation.InMemoryReportLog;
import org.quietline.call.shield.CallShield;
import org.quietline.call.simulation.LotteryCase;
import org.quietline.number.PhoneNumber;
import org.quietline.screening.ScreeningEngine;
import org.quietline.screening.shipped.ShippedScreening;

/**
 * A call shield in a realistic state for the benchmarks: the lottery case played in (7,000 participants,
 * three days of campaign, ordinary and courier calls), 40,000 reports on 15,000 numbers, ranges forecast,
 * 5,000 subscribers with their own policy (1,000 of them guarded), and the shipped engine with the call
 * checks. Built once per benchmark fork.
 */
final class Traffic {

    final CallShield shield;
    final ScreeningEngine engine;
    final LotteryCase lottery;
    final List<PhoneNumber> reported = new ArrayList<>();
    final List<PhoneNumber> subscribers = new ArrayList<>();

    Traffic(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        lottery = LotteryCase.generate(random, 7_000, Instant.parse("2026-11-16T00:00:00Z"), 3, 600, 3_000, 150);
        AllowRegister register = AllowRegister.shipped()
                .add(new AllowEntry(NumberPattern.of(lottery.courier()), AllowKind.COURIER, "courier"));
        shield = new CallShield(new InMemoryReportLog(), new InMemorySubscriberPolicies(), new InMemoryCallJournal(),
                register, CampaignSettings.DEFAULTS);
        lottery.calls().forEach(c -> shield.record(c.record()));
        report(random);
        shield.refreshRanges(LocalDate.parse("2026-11-19"), 1_000_000);
        for (int i = 0; i < 5_000; i++) {
            PhoneNumber s = lottery.participants().get(i);
            subscribers.add(s);
            shield.policies().save(i < 1_000 ? SubscriberPolicy.strict(s, ZoneId.of("Asia/Shanghai"))
                    : SubscriberPolicy.none(s).blockPattern(NumberPattern.parse("1700*")));
        }
        engine = shield.install(ShippedScreening.builder(ShippedPolicy.load(), text -> {
            throw new IllegalStateException("calls have no text");
        })).build();
    }

    private void report(SplittableRandom random) {
        List<Report> batch = new ArrayList<>();
        CallLabel[] labels = CallLabel.values();
        for (int n = 0; n < 15_000; n++) {
            PhoneNumber number = PhoneNumber.parse("1370" + (1_000_000 + random.nextInt(9_000_000)));
            reported.add(number);
            int reporters = 1 + random.nextInt(5);
            for (int r = 0; r < reporters && batch.size() < 40_000; r++) {
                batch.add(new Report(new Reporter("u" + random.nextInt(200_000)), number, labels[random.nextInt(labels.length)],
                        Instant.parse("2026-11-10T00:00:00Z").plusSeconds(random.nextInt(8 * 86_400))));
            }
        }
        shield.report(batch);
    }

}
