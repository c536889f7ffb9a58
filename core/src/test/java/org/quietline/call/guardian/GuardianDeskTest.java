package org.quietline.call.guardian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.quietline.call.CallLabel;
import org.quietline.call.NumberPattern;
import org.quietline.call.shield.Shields;
import org.quietline.number.PhoneNumber;
import org.quietline.screening.Action;
import org.quietline.screening.Verdict;

class GuardianDeskTest {

    private static final PhoneNumber MOTHER = PhoneNumber.parse("13912345678");
    private static final String DAUGHTER = "daughter@example";

    private final Shields s = Shields.shipped();
    private final GuardianDesk desk = new GuardianDesk(new InMemoryGuardianships(), s.shield.policies(), s.shield.journal(),
            ZoneId.of("Asia/Shanghai"));

    @Test
    void enrollingPutsTheWardUnderStrictDefaultsAtOnce() {
        s.report("r0", "13800138000", CallLabel.LOAN, "2026-11-01T10:00:00Z").report("r1", "13800138000", CallLabel.LOAN, "2026-11-01T10:00:00Z");
        assertThat(s.screen("13800138000", "13912345678", "2026-11-02T02:00:00Z").action()).isEqualTo(Action.LABEL);

        desk.enroll(DAUGHTER, MOTHER, Instant.parse("2026-11-02T02:01:00Z"));

        assertThat(s.screen("13800138000", "13912345678", "2026-11-02T02:02:00Z").action()).isEqualTo(Action.BLOCK);
    }

    @Test
    void aGuardiansChangeAppliesToTheNextCall() {
        desk.enroll(DAUGHTER, MOTHER, Instant.parse("2026-11-02T02:00:00Z"));
        assertThat(s.screen("13800131234", "13912345678", "2026-11-02T03:00:00Z").action()).isEqualTo(Action.ALLOW);

        desk.change(DAUGHTER, MOTHER, p -> p.blockPattern(NumberPattern.parse("1380013****")));

        assertThat(s.screen("13800131234", "13912345678", "2026-11-02T03:00:01Z").action()).isEqualTo(Action.BLOCK);
    }

    @Test
    void theDigestListsBlockedCallsAndAllowsACallerInOneStep() {
        s.report("r0", "13800138000", CallLabel.SALES, "2026-11-01T10:00:00Z").report("r1", "13800138000", CallLabel.SALES, "2026-11-01T10:00:00Z");
        desk.enroll(DAUGHTER, MOTHER, Instant.parse("2026-11-02T00:00:00Z"));
        s.screen("13800138000", "13912345678", "2026-11-02T02:00:00Z");
        s.screen("13600136000", "13912345678", "2026-11-02T02:05:00Z");

        Digest d = desk.digest(DAUGHTER, MOTHER, Instant.parse("2026-11-02T00:00:00Z"));

        assertThat(d.stopped()).isEqualTo(1);
        assertThat(d.latest().getFirst().caller()).isEqualTo("138****8000");
        assertThat(d.byWhy()).containsKey("SUBSCRIBER_BLOCKED_CATEGORY");

        desk.allowCaller(DAUGHTER, MOTHER, d.latest().getFirst().id());

        Verdict next = s.screen("13800138000", "13912345678", "2026-11-02T02:10:00Z");
        assertThat(next.action()).isEqualTo(Action.ALLOW);
        assertThat(next.has("SUBSCRIBER_ALLOW_LIST")).isTrue();
    }

    @Test
    void onlyTheGuardianMayActForTheWard() {
        desk.enroll(DAUGHTER, MOTHER, Instant.parse("2026-11-02T00:00:00Z"));

        assertThatThrownBy(() -> desk.digest("stranger", MOTHER, Instant.EPOCH)).isInstanceOf(GuardianshipException.class)
                .hasMessageContaining("139****5678").hasMessageNotContaining("13912345678");
    }
}
