package org.quietline.call.shield;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quietline.call.NumberPattern;
import org.quietline.call.allow.AllowEntry;
import org.quietline.call.allow.AllowKind;
import org.quietline.call.allow.AllowRegister;
import org.quietline.call.simulation.LotteryCase;
import org.quietline.screening.Action;
import org.quietline.screening.Call;
import org.quietline.screening.Verdict;
import org.quietline.screening.Yaml;

/**
 * The lottery case played call by call, as a switch would: each call is screened, then its record is
 * taken in. Three days of a campaign from rotating numbers, ordinary traffic, and a courier.
 */
class LotterySimulationTest {

    private static final Map<LotteryCase.Kind, int[]> OUTCOMES = new EnumMap<>(LotteryCase.Kind.class);
    private static int campaignCallsBeforeFirstBlock = -1;

    @BeforeAll
    static void play() {
        LotteryCase lottery = LotteryCase.generate(new SplittableRandom(20261102), 7_000,
                Instant.parse("2026-11-16T00:00:00Z"), 3, 600, 3_000, 150);
        AllowRegister register = AllowRegister.shipped()
                .add(new AllowEntry(NumberPattern.of(lottery.courier()), AllowKind.COURIER, "顺丰速运 派件员"));
        Shields s = Shields.of(register, Yaml.shipped());
        int campaignCalls = 0;
        for (LotteryCase.Call c : lottery.calls()) {
            Verdict v = s.engine.screen(new Call(c.record().caller(), c.record().callee(), c.record().start()));
            OUTCOMES.computeIfAbsent(c.kind(), k -> new int[Action.values().length])[v.action().ordinal()]++;
            if (c.kind() == LotteryCase.Kind.CAMPAIGN) {
                campaignCalls++;
                if (v.action() == Action.BLOCK && campaignCallsBeforeFirstBlock < 0) {
                    campaignCallsBeforeFirstBlock = campaignCalls - 1;
                }
            }
            s.shield.record(c.record());
        }
    }

    private static double share(LotteryCase.Kind kind, Action action) {
        int[] o = OUTCOMES.get(kind);
        return (double) o[action.ordinal()] / java.util.Arrays.stream(o).sum();
    }

    @Test
    void theCourierIsNeverBlocked() {
        assertThat(OUTCOMES.get(LotteryCase.Kind.COURIER)[Action.BLOCK.ordinal()]).isZero();
    }

    @Test
    void theCampaignIsDetectedAfterAFewCalls() {
        // 1,800 campaign calls over three ranges; the first blocks come after about twenty calls per range
        assertThat(campaignCallsBeforeFirstBlock).isBetween(0, 90);
    }

    @Test
    void laterNumbersOfTheCampaignAreBlocked() {
        assertThat(share(LotteryCase.Kind.CAMPAIGN, Action.BLOCK)).isGreaterThan(0.9);
    }

    @Test
    void ordinaryCallsRingThrough() {
        assertThat(share(LotteryCase.Kind.ORDINARY, Action.BLOCK)).isLessThan(0.005);
    }
}
