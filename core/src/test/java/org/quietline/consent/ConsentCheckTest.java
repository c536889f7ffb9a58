package org.quietline.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quietline.consent.Fixtures.ALICE;
import static org.quietline.consent.Fixtures.SHARED_PORT;
import static org.quietline.consent.Fixtures.SHOP;
import static org.quietline.consent.Fixtures.T0;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.quietline.classify.Classification;
import org.quietline.screening.Action;
import org.quietline.screening.Call;
import org.quietline.screening.Examination;
import org.quietline.screening.OptOutInstruction;
import org.quietline.screening.Reason;
import org.quietline.screening.Sms;
import org.quietline.screening.Subject;
import org.quietline.screening.Verdict;

class ConsentCheckTest {

    private final ConsentRegister register = new ConsentRegister(new InMemoryConsentLedger());
    private final OwnMessages own = new OwnMessages();
    private final ConsentCheck check = new ConsentCheck(register, MerchantOf.bySignature(), own, Deliveries.ignored());

    private Fixtures.Exam inspect(String text) {
        Fixtures.Exam exam = new Fixtures.Exam(new Sms(SHARED_PORT, ALICE, text, T0));
        check.inspect(exam);
        return exam;
    }

    @Test
    void marketingToARecipientWhoRefusedItIsReportedWithTheRefusal() {
        register.record(ALICE, T0, Change.withdrawn(new Party.Merchant(SHOP), Source.REPLY, "td"));
        assertThat(inspect(Fixtures.marketing(SHOP)).reasons).extracting(Reason::signal)
                .containsExactly(ConsentCheck.OPTED_OUT);
    }

    @Test
    void marketingToARecipientOnDoNotDisturbIsReportedAsSuch() {
        register.record(ALICE, T0, Change.withdrawn(new Party.Everyone(), Source.REPLY, "stopall"));
        assertThat(inspect(Fixtures.marketing(SHOP)).reasons).extracting(Reason::signal)
                .containsExactly(ConsentCheck.DO_NOT_DISTURB);
    }

    @Test
    void marketingWithoutConsentIsReported() {
        assertThat(inspect(Fixtures.marketing(SHOP)).reasons).extracting(Reason::signal)
                .containsExactly(ConsentCheck.WITHOUT_CONSENT);
    }

    @Test
    void marketingWithConsentRaisesNothing() {
        register.record(ALICE, T0, Change.given(SHOP, Scope.MARKETING, Source.SIGNUP, "form"));
        assertThat(inspect(Fixtures.marketing(SHOP)).reasons).isEmpty();
    }

    @Test
    void codesAndServiceNoticesPassARefusal() {
        register.record(ALICE, T0, Change.withdrawn(new Party.Everyone(), Source.REPLY, "stopall"));
        assertThat(inspect(Fixtures.code(SHOP)).reasons).isEmpty();
        assertThat(inspect(Fixtures.orderNotice(SHOP)).reasons).isEmpty();
    }

    @Test
    void callsAreNotLookedAt() {
        Fixtures.Exam exam = new Fixtures.Exam(new Call(SHARED_PORT, ALICE, T0));
        check.inspect(exam);
        assertThat(exam.reasons).isEmpty();
    }

    @Test
    void quietlinesOwnConfirmationPassesUntilScreenedEvenIfReadAsMarketing() {
        register.record(ALICE, T0, Change.withdrawn(new Party.Everyone(), Source.REPLY, "stopall"));
        Sms confirmation = new Sms(SHARED_PORT, ALICE, "回复TD退订", T0);
        own.issue(confirmation);
        assertThat(inspect(confirmation.text()).reasons).extracting(Reason::signal).containsExactly(ConsentCheck.OWN_MESSAGE);
        own.consume(confirmation);
        assertThat(inspect(confirmation.text()).reasons).extracting(Reason::signal).doesNotContain(ConsentCheck.OWN_MESSAGE)
                .isNotEmpty();
    }

    @Test
    void aMessageThatGotThroughReachesTheDeliveriesWithTheCodesTheScreeningRead() {
        List<Object> told = new ArrayList<>();
        ConsentCheck witnessed = new ConsentCheck(register, MerchantOf.bySignature(), own,
                (sms, merchant, codes) -> told.addAll(List.of(sms, merchant, codes)));
        Sms sms = new Sms(SHARED_PORT, ALICE, Fixtures.marketing(SHOP), T0);
        // the screening's reading, not the text's: the check must not read the text again
        Examination exam = settling(sms, () -> new OptOutInstruction.Announced(List.of("read-once"), true));

        witnessed.settled(exam, verdict(Action.ALLOW));
        witnessed.settled(exam, verdict(Action.BLOCK));

        assertThat(told).containsExactly(sms, Optional.of(SHOP), List.of("read-once"));
    }

    @Test
    void withoutAnOptOutDeskNoReplyCodesAreRead() {
        Sms sms = new Sms(SHARED_PORT, ALICE, Fixtures.marketing(SHOP), T0);

        check.settled(settling(sms, () -> {
            throw new AssertionError("the instruction was read for deliveries that ignore it");
        }), verdict(Action.ALLOW));
    }

    private static Verdict verdict(Action action) {
        return new Verdict(action, 0, List.of(), Optional.empty(), Optional.empty(), "test");
    }

    /** An examination of {@code sms} whose opt-out instruction is {@code instruction}'s. */
    private static Examination settling(Sms sms, Supplier<OptOutInstruction.Announced> instruction) {
        return new Examination() {
            @Override
            public Subject subject() {
                return sms;
            }

            @Override
            public Optional<Classification> classification() {
                return Optional.of(Fixtures.classify(sms.text()));
            }

            @Override
            public OptOutInstruction.Announced optOutInstruction() {
                return instruction.get();
            }

            @Override
            public void report(String signal, double strength, String evidence) {
                throw new AssertionError("settling reports nothing");
            }
        };
    }
}
