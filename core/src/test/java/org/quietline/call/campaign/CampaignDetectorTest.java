package org.quietline.call.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quietline.call.CallLabel;
import org.quietline.call.CallRecord;
import org.quietline.number.PhoneNumber;

class CampaignDetectorTest {

    private static final Instant T0 = Instant.parse("2026-11-02T01:00:00Z");

    private final CampaignDetector detector = new CampaignDetector(CampaignSettings.DEFAULTS,
            n -> Optional.of(CallLabel.RENOVATION));

    private static PhoneNumber n(String s) {
        return PhoneNumber.parse(s);
    }

    private void call(String caller, String callee, int minute, long seconds, boolean answered) {
        detector.observe(new CallRecord(n(caller), n(callee), T0.plusSeconds(minute * 60L), Duration.ofSeconds(seconds), answered));
    }

    /** Three numbers of 13800131xxx call five victims each, hung up on at once. */
    private void rotation() {
        int minute = 0;
        for (String caller : new String[] {"13800131101", "13800131102", "13800131103"}) {
            for (int v = 1; v <= 5; v++) {
                call(caller, "1391111000" + v, minute++, 3, true);
            }
        }
    }

    @Test
    void numbersOfOneRangeCallingTheSameVictimsBecomeACampaign() {
        rotation();

        Campaign c = detector.campaigns(T0.plusSeconds(3600)).getFirst();

        assertThat(c.range().prefix()).isEqualTo("138001311");
        assertThat(c.members()).isEqualTo(3);
        assertThat(c.victims()).isEqualTo(5);
        assertThat(c.label()).contains(CallLabel.RENOVATION);
    }

    @Test
    void aNewNumberOfTheRangeIsAMemberBeforeItsFirstCall() {
        rotation();

        var m = detector.campaignOf(n("13800131177"), T0.plusSeconds(7200));

        assertThat(m).isPresent();
        assertThat(m.get().seenBefore()).isFalse();
    }

    @Test
    void numbersThatAreAnsweredAndTalkAreNoCampaign() {
        int minute = 0;
        for (String caller : new String[] {"13800131101", "13800131102", "13800131103"}) {
            for (int v = 1; v <= 5; v++) {
                call(caller, "1391111000" + v, minute++, 120, true);
            }
        }

        assertThat(detector.campaigns(T0.plusSeconds(3600))).isEmpty();
    }

    @Test
    void aCourierCallingTheVictimsDoesNotJoin() {
        rotation();
        for (int v = 1; v <= 5; v++) {
            call("13511112222", "1391111000" + v, 30 + v, 45, true);
        }

        assertThat(detector.campaignOf(n("13511112222"), T0.plusSeconds(7200))).isEmpty();
    }

    @Test
    void aNumberFromElsewhereThatRingsTwoVictimsAndIsHungUpOnJoins() {
        rotation();
        call("15000001111", "13911110001", 40, 0, false);
        call("15000001111", "13911110002", 41, 2, true);

        assertThat(detector.campaignOf(n("15000001111"), T0.plusSeconds(7200))).isPresent();
    }

    @Test
    void aCampaignEndsWhenItsNumbersFallSilent() {
        rotation();

        assertThat(detector.campaignOf(n("13800131177"), T0.plus(Duration.ofDays(15)))).isEmpty();
    }

    @Test
    void callsInAnotherRangeAreNotCovered() {
        rotation();

        assertThat(detector.campaignOf(n("13800132177"), T0.plusSeconds(7200))).isEmpty();
    }
}
