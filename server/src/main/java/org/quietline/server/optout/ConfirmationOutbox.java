package org.quietline.server.optout;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.quietline.optout.Outbox;
import org.quietline.screening.Action;
import org.quietline.screening.Screener;
import org.quietline.screening.Sms;
import org.quietline.screening.Verdict;
import org.quietline.smpp.Firewall;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Sends the desk's confirmations through the platform's screening engine like any service message and keeps
 * the last {@value #KEPT} with their verdicts (the demo shows them). When the SMPP firewall runs, those the
 * verdict lets through go to the SMSC over its links ({@link Firewall#send}). Screening runs on a virtual thread of its own: the MO is answered (and the SMSC
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
    private final ObjectProvider<Firewall> firewall;
    private final Deque<Sent> sent = new ArrayDeque<>();

    ConfirmationOutbox(ObjectProvider<Screener> screener, ObjectProvider<Firewall> firewall) {
        // looked up when first used: the engine is built with the consent check, which needs the desk's stores
        this.screener = screener;
        // present when the SMPP firewall runs (QUIETLINE_SMPP_PORT): confirmations then go out over its SMSC links
        this.firewall = firewall;
    }

    @Override
    public void send(Sms sms) {
        Thread.ofVirtual().name("confirmation").start(() -> screen(sms));
    }

    private void screen(Sms sms) {
        Verdict v = screener.getObject().screen(sms);
        LOG.info("confirmation {} screened: {}", sms, v.action());
        if (!v.action().harsherThan(Action.LABEL)) {
            firewall.ifAvailable(f -> f.send(sms));
        }
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
