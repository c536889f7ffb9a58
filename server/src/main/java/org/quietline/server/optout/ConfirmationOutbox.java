package org.quietline.server.optout;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.quietline.optout.Outbox;
import org.quietline.screening.Screener;
import org.quietline.screening.Sms;
import org.quietline.screening.Verdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Sends the desk's confirmations through the platform's screening engine like any service message and keeps
 * the last {@value #KEPT} with their verdicts (the demo shows them). Handing them to an SMSC for delivery is
 * the SMPP proxy's part. Screening runs on a virtual thread of its own: the MO is answered (and the SMSC
 * acknowledged) once the refusal is committed, without waiting for the confirmation's screening. Thread-safe.
 */
@Component
final class ConfirmationOutbox implements Outbox {

    static final int KEPT = 100;
    private static final Logger LOG = LoggerFactory.getLogger(ConfirmationOutbox.class);

    /** A confirmation and what screening decided for it. */
    record Sent(Sms sms, Verdict verdict) {
    }

    private final ObjectProvider<Screener> screener;
    private final Deque<Sent> sent = new ArrayDeque<>();

    ConfirmationOutbox(ObjectProvider<Screener> screener) {
        // looked up when first used: the engine is built with the consent check, which needs the desk's stores
        this.screener = screener;
    }

    @Override
    public void send(Sms sms) {
        Thread.ofVirtual().name("confirmation").start(() -> screen(sms));
    }

    private void screen(Sms sms) {
        Verdict v = screener.getObject().screen(sms);
        LOG.info("confirmation {} screened: {}", sms, v.action());
        synchronized (sent) {
            sent.addFirst(new Sent(sms, v));
            if (sent.size() > KEPT) {
                sent.removeLast();
            }
        }
    }

    /** The last confirmations, newest first. */
    List<Sent> recent() {
        synchronized (sent) {
            return List.copyOf(sent);
        }
    }
}
