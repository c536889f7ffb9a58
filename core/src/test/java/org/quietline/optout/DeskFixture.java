package org.quietline.optout;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.quietline.consent.ConsentCheck;
import org.quietline.consent.ConsentRegister;
import org.quietline.consent.Fixtures;
import org.quietline.consent.InMemoryConsentLedger;
import org.quietline.consent.MerchantOf;
import org.quietline.consent.OwnMessages;
import org.quietline.screening.Screener;
import org.quietline.screening.Sms;
import org.quietline.screening.Verdict;

/** A desk wired to in-memory stores, a settable clock and a screener that runs the consent check. */
final class DeskFixture {

    final AtomicReference<Instant> now = new AtomicReference<>(Fixtures.T0);
    final InstantSource clock = () -> now.get();
    final ConsentRegister register = new ConsentRegister(new InMemoryConsentLedger());
    final RecentSenders recent = new InMemoryRecentSenders();
    final OwnMessages own = new OwnMessages();
    final Screener screener = Fixtures.screener(new ConsentCheck(register, MerchantOf.bySignature(), own, recent));
    final List<Sms> sent = new CopyOnWriteArrayList<>();
    final List<Verdict> confirmationVerdicts = new CopyOnWriteArrayList<>();
    final OptOutDesk desk = new OptOutDesk(register, recent, sms -> {
        sent.add(sms);
        confirmationVerdicts.add(screener.screen(sms));
    }, own, clock, OptOutSettings.DEFAULTS);

    Verdict deliver(Sms sms) {
        return screener.screen(sms);
    }

    Instant tick(long seconds) {
        return now.updateAndGet(t -> t.plusSeconds(seconds));
    }
}
