package org.quietline.optout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.quietline.classify.Category;
import org.quietline.classify.Classification;
import org.quietline.consent.ConsentCheck;
import org.quietline.consent.ConsentRegister;
import org.quietline.consent.InMemoryConsentLedger;
import org.quietline.consent.MerchantOf;
import org.quietline.consent.OwnMessages;
import org.quietline.number.PhoneNumber;
import org.quietline.number.Sender;
import org.quietline.screening.Action;
import org.quietline.screening.FakeClassifier;
import org.quietline.screening.Reason;
import org.quietline.screening.Screener;
import org.quietline.screening.Verdict;
import org.quietline.screening.Yaml;
import org.quietline.screening.shipped.ShippedScreening;

/** The confirmation of a refusal goes through the shipped engine like any message, and always arrives. */
class ConfirmationScreeningTest {

    @Test
    void aConfirmationReadAsMarketingAtNightIsStillDeliveredAtOnce() {
        // 22:30 in Shanghai: quiet hours; and the classifier reads every text, the confirmation too, as marketing
        Instant night = Instant.parse("2026-11-11T14:30:00Z");
        FakeClassifier marketing = new FakeClassifier(new Classification(Category.MARKETING, 0.9, 0.2));
        ConsentRegister register = new ConsentRegister(new InMemoryConsentLedger());
        OwnMessages own = new OwnMessages();
        InMemoryRecentSenders recent = new InMemoryRecentSenders();
        Screener screener = ShippedScreening.builder(Yaml.shipped(), marketing).ticker(() -> 0)
                .check(new ConsentCheck(register, MerchantOf.bySignature(), own, recent)).build();
        List<Verdict> sent = new CopyOnWriteArrayList<>();
        OptOutDesk desk = new OptOutDesk(register, recent, sms -> sent.add(screener.screen(sms)), own, () -> night,
                OptOutSettings.DEFAULTS);

        desk.receive(new Mo(PhoneNumber.parse("13912345678"), Sender.parse("1069055512"), "TD", night));

        assertThat(sent).hasSize(1);
        Verdict confirmation = sent.get(0);
        assertThat(confirmation.action()).as("reasons %s", confirmation.reasons()).isEqualTo(Action.ALLOW);
        assertThat(confirmation.forcedBy()).map(Reason::signal).contains(ConsentCheck.OWN_MESSAGE);
        assertThat(confirmation.reasons()).extracting(Reason::signal).contains("QUIET_HOURS_MARKETING");
    }
}
