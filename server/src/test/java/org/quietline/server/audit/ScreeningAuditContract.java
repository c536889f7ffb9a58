package org.quietline.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quietline.number.PhoneNumber;
import org.quietline.screening.Action;
import org.quietline.screening.Reason;
import org.quietline.screening.Verdict;

/** What every {@link ScreeningAudit} does; implemented once per store. */
interface ScreeningAuditContract {

    /** An empty audit log. */
    ScreeningAudit audit();

    Instant T0 = Instant.parse("2026-11-11T12:00:00.123456Z");
    Pseudonyms PSEUDONYMS = new Pseudonyms("k".repeat(40));
    PhoneNumber ALICE = PhoneNumber.parse("13912345678");
    PhoneNumber BOB = PhoneNumber.parse("13800138000");

    Reason MARKETING = new Reason("CONTENT_MARKETING", "content", 3.5, "marketing content", "classifier 0.97");
    Reason NO_OPT_OUT = new Reason("NO_OPT_OUT_INSTRUCTION", "content", 1.25, "marketing without opt-out", "no 回T退订");
    Reason REGISTERED = new Reason("REGISTERED_CODE_SENDER", "sender", 0, "code from its registered port", "1069 → 招商银行");

    static AuditedScreening screening(PhoneNumber to, Instant at, Verdict verdict) {
        return new AuditedScreening(UUID.randomUUID(), at, at.minusSeconds(1), "http", "key-1", "106900001234",
                to.masked(), PSEUDONYMS.of(to), verdict);
    }

    static Verdict scored() {
        return new Verdict(Action.LABEL, 4.75, List.of(MARKETING, NO_OPT_OUT), Optional.empty(), Optional.of("营销"), "v1");
    }

    @Test
    default void aRecordedScreeningIsFoundWhole() {
        ScreeningAudit audit = audit();
        AuditedScreening s = screening(ALICE, T0, scored());

        audit.record(s);

        assertThat(audit.find(s.id())).contains(s);
    }

    @Test
    default void aForcedVerdictKeepsWhatForcedIt() {
        ScreeningAudit audit = audit();
        Verdict forced = new Verdict(Action.ALLOW, 0, List.of(REGISTERED, MARKETING), Optional.of(REGISTERED),
                Optional.empty(), "v1");
        AuditedScreening s = screening(ALICE, T0, forced);

        audit.record(s);

        assertThat(audit.find(s.id())).map(AuditedScreening::verdict).contains(forced);
    }

    @Test
    default void aForcingReasonOutsideTheListIsKeptToo() {
        ScreeningAudit audit = audit();
        Verdict forced = new Verdict(Action.BLOCK, 3.5, List.of(MARKETING), Optional.of(REGISTERED), Optional.empty(), "v2");
        AuditedScreening s = screening(ALICE, T0, forced);

        audit.record(s);

        assertThat(audit.find(s.id())).map(AuditedScreening::verdict).contains(forced);
    }

    @Test
    default void anUnknownIdFindsNothing() {
        assertThat(audit().find(UUID.randomUUID())).isEmpty();
    }

    @Test
    default void theSameScreeningIsNotRecordedTwice() {
        ScreeningAudit audit = audit();
        AuditedScreening s = screening(ALICE, T0, scored());
        audit.record(s);

        assertThatThrownBy(() -> audit.record(s)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    default void manyScreeningsRecordedTogetherAreFoundWhole() {
        ScreeningAudit audit = audit();
        Verdict forced = new Verdict(Action.BLOCK, 3.5, List.of(MARKETING), Optional.of(REGISTERED), Optional.empty(), "v2");
        Verdict bare = new Verdict(Action.ALLOW, 0, List.of(), Optional.empty(), Optional.empty(), "v2");
        List<AuditedScreening> many = List.of(screening(ALICE, T0, scored()), screening(BOB, T0.plusSeconds(1), forced),
                screening(ALICE, T0.plusSeconds(2), bare));

        audit.recordAll(many);

        for (AuditedScreening s : many) {
            assertThat(audit.find(s.id())).contains(s);
        }
        assertThat(audit.latest(10)).containsExactlyElementsOf(many.reversed());
    }

    @Test
    default void manyScreeningsWithOneRecordedAlreadyAreRefused() {
        ScreeningAudit audit = audit();
        AuditedScreening first = screening(ALICE, T0, scored());
        audit.record(first);

        assertThatThrownBy(() -> audit.recordAll(List.of(screening(BOB, T0.plusSeconds(1), scored()), first)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    default void screeningsOfOneRecipientComeNewestFirst() {
        ScreeningAudit audit = audit();
        AuditedScreening first = screening(ALICE, T0, scored());
        AuditedScreening other = screening(BOB, T0.plusSeconds(1), scored());
        AuditedScreening second = screening(ALICE, T0.plusSeconds(2), scored());
        List.of(first, other, second).forEach(audit::record);

        assertThat(audit.forRecipient(PSEUDONYMS.of(ALICE), 10)).containsExactly(second, first);
        assertThat(audit.forRecipient(PSEUDONYMS.of(ALICE), 1)).containsExactly(second);
    }

    @Test
    default void latestListsEveryRecipientNewestFirst() {
        ScreeningAudit audit = audit();
        AuditedScreening a = screening(ALICE, T0, scored());
        AuditedScreening b = screening(BOB, T0.plusSeconds(1), scored());
        audit.record(a);
        audit.record(b);

        assertThat(audit.latest(5)).containsExactly(b, a);
    }
}
