package org.quietline.optout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quietline.consent.Fixtures.ALICE;
import static org.quietline.consent.Fixtures.BANK_PORT;
import static org.quietline.consent.Fixtures.MALL;
import static org.quietline.consent.Fixtures.SHARED_PORT;
import static org.quietline.consent.Fixtures.SHOP;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quietline.consent.Change;
import org.quietline.consent.ChainVerifier;
import org.quietline.consent.Fixtures;
import org.quietline.consent.MerchantId;
import org.quietline.consent.Party;
import org.quietline.consent.Scope;
import org.quietline.consent.Source;
import org.quietline.number.SenderCode;
import org.quietline.screening.Action;
import org.quietline.screening.Sms;

class OptOutDeskTest {

    private final DeskFixture f = new DeskFixture();

    private void consent(MerchantId m) {
        f.register.record(ALICE, f.now.get(), Change.given(m, Scope.MARKETING, Source.SIGNUP, "form"));
    }

    private Sms marketingFrom(MerchantId m) {
        return new Sms(SHARED_PORT, ALICE, Fixtures.marketing(m), f.tick(1));
    }

    private Mo reply(String text) {
        return new Mo(ALICE, SHARED_PORT, text, f.tick(1));
    }

    @Test
    void aReplyToASharedPortRefusesTheMerchantsThatRecentlySentFromItAndNoOtherOne() {
        consent(SHOP);
        consent(MALL);
        f.deliver(marketingFrom(SHOP));
        Outcome o = f.desk.receive(reply("TD"));
        assertThat(o.scope()).containsExactly(new Party.Merchant(SHOP));
        assertThat(f.deliver(marketingFrom(SHOP)).action()).isEqualTo(Action.BLOCK);
        assertThat(f.deliver(new Sms(SenderCode.parse("1069099999"), ALICE, Fixtures.marketing(MALL), f.tick(1)))
                .action()).isEqualTo(Action.ALLOW);
    }

    @Test
    void everyMerchantSeenOnThePortWithinTheWindowIsRefused() {
        consent(SHOP);
        consent(MALL);
        f.deliver(marketingFrom(SHOP));
        f.deliver(marketingFrom(MALL));
        assertThat(f.desk.receive(reply("退订")).scope())
                .containsExactlyInAnyOrder(new Party.Merchant(SHOP), new Party.Merchant(MALL));
    }

    @Test
    void aMerchantSeenBeforeTheWindowIsNotInTheScope() {
        consent(SHOP);
        consent(MALL);
        f.deliver(marketingFrom(SHOP));
        f.tick(Duration.ofDays(31).toSeconds());
        f.deliver(marketingFrom(MALL));
        assertThat(f.desk.receive(reply("T")).scope()).containsExactly(new Party.Merchant(MALL));
    }

    @Test
    void aReplyToAPortWithNothingRecentRefusesEverythingFromThatPortAndSaysSo() {
        Outcome o = f.desk.receive(new Mo(ALICE, SenderCode.parse("1069077777"), "TD", f.tick(1)));
        assertThat(o.scope()).containsExactly(new Party.Via(SenderCode.parse("1069077777")));
        assertThat(o.resolution().orElseThrow().known()).isFalse();
        assertThat(o.recorded().getFirst().change().evidence()).contains("scope unknown");
    }

    @Test
    void stopAllPutsTheSubscriberOnDoNotDisturb() {
        consent(MALL);
        Outcome o = f.desk.receive(reply("STOPALL"));
        assertThat(o.scope()).containsExactly(new Party.Everyone());
        assertThat(f.deliver(new Sms(BANK_PORT, ALICE, Fixtures.marketing(MALL), f.tick(1))).reasons())
                .anyMatch(r -> r.signal().equals("RECIPIENT_DO_NOT_DISTURB"));
    }

    @Test
    void theRefusalIsRecordedAndConfirmedOnceAndTheConfirmationGetsThrough() {
        consent(SHOP);
        consent(MALL);
        f.deliver(marketingFrom(SHOP));
        Outcome o = f.desk.receive(reply("TD"));
        assertThat(o.recorded()).hasSize(1);
        assertThat(o.effectiveAt()).contains(o.recorded().getFirst().at());
        assertThat(f.sent).hasSize(1);
        assertThat(f.sent.getFirst().text()).contains("您已退订【优选商城】的营销短信");
        assertThat(f.sent.getFirst().sender()).isEqualTo(SHARED_PORT);
        assertThat(f.confirmationVerdicts.getFirst().action()).isEqualTo(Action.ALLOW);
    }

    @Test
    void aReplayedMoChangesNothingAndConfirmsNothingAgain() {
        consent(SHOP);
        consent(MALL);
        f.deliver(marketingFrom(SHOP));
        Mo mo = new Mo(ALICE, SHARED_PORT, "TD", f.tick(1), Optional.of("smsc-42"));
        f.desk.receive(mo);
        Outcome replay = f.desk.receive(new Mo(ALICE, SHARED_PORT, "TD", f.tick(120), Optional.of("smsc-42")));
        assertThat(replay.duplicate()).isTrue();
        assertThat(f.sent).hasSize(1);
        assertThat(f.register.history(ALICE)).filteredOn(e -> e.change().kind() == Change.Kind.WITHDRAWN).hasSize(1);
    }

    @Test
    void aReplayWithoutAnIdIsRecognisedWithinTheWindow() {
        f.desk.receive(reply("帮助"));
        assertThat(f.desk.receive(reply("帮助")).duplicate()).isTrue();
        assertThat(f.sent).hasSize(1);
    }

    @Test
    void aSecondRefusalOfTheSameMerchantIsNeitherRecordedNorConfirmedAgain() {
        consent(SHOP);
        consent(MALL);
        f.deliver(marketingFrom(SHOP));
        Outcome first = f.desk.receive(reply("TD"));
        f.tick(3600);
        Outcome second = f.desk.receive(reply("退订"));
        assertThat(second.recorded()).isEmpty();
        assertThat(second.effectiveAt()).isEqualTo(first.effectiveAt());
        assertThat(f.sent).hasSize(1);
    }

    @Test
    void resubscribingLiftsTheRefusal() {
        consent(SHOP);
        consent(MALL);
        f.deliver(marketingFrom(SHOP));
        f.desk.receive(reply("TD"));
        f.tick(3600);
        Outcome o = f.desk.receive(reply("恢复"));
        assertThat(o.recorded()).extracting(e -> e.change().kind()).containsExactly(Change.Kind.RESUBSCRIBED);
        assertThat(f.deliver(marketingFrom(SHOP)).action()).isEqualTo(Action.ALLOW);
    }

    @Test
    void aNumericCodeAnnouncedByThePortsOwnMessageIsAnOptOut() {
        consent(SHOP);
        consent(MALL);
        f.deliver(new Sms(SHARED_PORT, ALICE, "【优选商城】会员日特惠，回0000退订", f.tick(1)));
        assertThat(f.desk.receive(reply("0000")).reading()).isEqualTo(new Reading(Intent.OPT_OUT, "port-code:0000"));
        assertThat(f.desk.receive(new Mo(ALICE, SenderCode.parse("1069088888"), "0000", f.tick(1))).reading().intent())
                .isEqualTo(Intent.NONE);
    }

    @Test
    void aReplyThatIsNotARefusalChangesNothing() {
        f.deliver(marketingFrom(SHOP));
        Outcome o = f.desk.receive(reply("T恤还有货吗"));
        assertThat(o.reading().intent()).isEqualTo(Intent.NONE);
        assertThat(f.register.history(ALICE)).isEmpty();
        assertThat(f.sent).isEmpty();
    }

    @Test
    void serviceMessagesStillArriveAfterARefusalAndTheMerchantsLaterAttemptIsAViolation() {
        consent(SHOP);
        consent(MALL);
        f.deliver(marketingFrom(SHOP));
        f.desk.receive(reply("TD"));
        assertThat(f.deliver(new Sms(SHARED_PORT, ALICE, Fixtures.orderNotice(SHOP), f.tick(1))).action())
                .isEqualTo(Action.ALLOW);
        assertThat(f.deliver(new Sms(SHARED_PORT, ALICE, Fixtures.code(SHOP), f.tick(1))).action())
                .isEqualTo(Action.ALLOW);
        assertThat(f.deliver(marketingFrom(SHOP)).action()).isEqualTo(Action.BLOCK);
        var last = f.register.history(ALICE).getLast();
        assertThat(last.change().kind()).isEqualTo(Change.Kind.VIOLATION);
        assertThat(last.change().party()).isEqualTo(new Party.Merchant(SHOP));
        assertThat(last.change().evidence()).contains("RECIPIENT_OPTED_OUT").contains("ledger #3")
                .doesNotContain(ALICE.e164()).doesNotContain("双十一");
        assertThat(f.register.verify(ALICE).intact()).isTrue();
    }

    @Test
    void anyReplyTextIsHandledWithoutFailing() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 500; i++) {
            StringBuilder junk = new StringBuilder();
            for (int n = random.nextInt(i % 100 == 0 ? 5_000 : 60); n > 0; n--) {
                junk.append((char) random.nextInt(0, 0x10000));
            }
            Instant at = f.tick(1);
            assertThatCode(() -> f.desk.receive(new Mo(ALICE, SHARED_PORT, junk.toString(), at, Optional.of(
                    "id\u0000" + junk.length())))).doesNotThrowAnyException();
        }
        assertThat(f.register.verify(ALICE)).isInstanceOf(ChainVerifier.Intact.class);
    }

    @Test
    void theLedgerHoldsNoReplyText() {
        consent(SHOP);
        consent(MALL);
        f.deliver(marketingFrom(SHOP));
        f.desk.receive(reply("麻烦别再给我发这些广告了"));
        assertThat(f.register.history(ALICE)).extracting(e -> e.change().evidence())
                .allSatisfy(ev -> assertThat(ev).doesNotContain("广告"));
        assertThat(List.of(f.register.history(ALICE).getFirst().change().evidence())).isNotEmpty();
    }
}
