package org.quietline.smpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quietline.screening.Action;
import org.quietline.screening.Reason;
import org.quietline.screening.Verdict;

class StatusTableTest {

    private static Verdict verdict(Action action, Optional<Reason> forced, Reason... reasons) {
        return new Verdict(action, 0, List.of(reasons), forced, Optional.empty(), "test");
    }

    private static Reason reason(String signal, String group) {
        return new Reason(signal, group, 1, "d", "e");
    }

    @Test
    void allowAndLabelForward() {
        assertThat(StatusTable.forwards(verdict(Action.ALLOW, Optional.empty()))).isTrue();
        assertThat(StatusTable.forwards(verdict(Action.LABEL, Optional.empty()))).isTrue();
        assertThatThrownBy(() -> StatusTable.refusalFor(verdict(Action.ALLOW, Optional.empty())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deferIsThrottled() {
        assertThat(StatusTable.refusalFor(verdict(Action.DEFER, Optional.empty()))).isEqualTo(0x58);
    }

    @Test
    void holdIsHeld() {
        assertThat(StatusTable.refusalFor(verdict(Action.HOLD, Optional.empty()))).isEqualTo(0x0401);
    }

    @Test
    void aBlockForcedByAnOptOutSaysOptedOut() {
        Reason optedOut = reason("RECIPIENT_OPTED_OUT", "consent");
        assertThat(StatusTable.refusalFor(verdict(Action.BLOCK, Optional.of(optedOut), optedOut))).isEqualTo(0x0402);
    }

    @Test
    void aBlockWhoseLargestReasonIsFraudSaysFraud() {
        assertThat(StatusTable.refusalFor(verdict(Action.BLOCK, Optional.empty(),
                reason("CONTENT_FRAUD", "content"), reason("MISSING_SIGNATURE", "compliance")))).isEqualTo(0x0403);
    }

    @Test
    void aBlockForcedByALookalikeDomainSaysFraud() {
        Reason lookalike = reason("LOOKALIKE_DOMAIN", "link");
        assertThat(StatusTable.refusalFor(verdict(Action.BLOCK, Optional.of(lookalike), lookalike))).isEqualTo(0x0403);
    }

    @Test
    void doNotDisturbSaysOptedOut() {
        Reason dnd = reason("RECIPIENT_DO_NOT_DISTURB", "consent");
        assertThat(StatusTable.refusalFor(verdict(Action.BLOCK, Optional.of(dnd), dnd))).isEqualTo(0x0402);
    }

    @Test
    void aBlockForMarketingWithoutConsentSaysNoConsent() {
        Reason noConsent = reason("MARKETING_WITHOUT_CONSENT", "consent");
        assertThat(StatusTable.refusalFor(verdict(Action.BLOCK, Optional.of(noConsent), noConsent))).isEqualTo(0x0404);
    }

    @Test
    void anyOtherBlockIsRefused() {
        assertThat(StatusTable.refusalFor(verdict(Action.BLOCK, Optional.empty(), reason("CONTENT_MARKETING", "content"))))
                .isEqualTo(0x0400);
        assertThat(StatusTable.refusalFor(verdict(Action.BLOCK, Optional.empty()))).isEqualTo(0x0400);
    }
}
