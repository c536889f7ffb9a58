package org.quietline.smpp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.quietline.screening.Sms;

/**
 * A whole message, screened once, and all its parts forwarded to the SMSC or all refused (ADR 0052): the
 * SMSC's ids are mapped to ours for the receipts, the part being answered learns the outcome from its
 * response, and earlier parts (already acknowledged) get a REJECTD receipt if they asked for receipts.
 * Nothing here waits for the SMSC: its answer comes back on a link's reader, which must not block, so what
 * may block (receipts to an ESME) runs on {@code blocking}. Thread-safe.
 */
final class Relay {

    private final Screening screening;
    private final SmscPool smsc;
    private final MessageIds ids;
    private final EsmeDelivery delivery;
    private final FirewallMetrics metrics;
    private final Executor blocking;

    Relay(Screening screening, SmscPool smsc, MessageIds ids, EsmeDelivery delivery, FirewallMetrics metrics,
          Executor blocking) {
        this.screening = screening;
        this.smsc = smsc;
        this.ids = ids;
        this.delivery = delivery;
        this.metrics = metrics;
        this.blocking = blocking;
    }

    /**
     * Screens {@code sms}, the text of {@code parts}, and forwards them all or refuses them all; {@code reply}
     * answers the part with our id {@code answering}, timed from {@code start} (System.nanoTime).
     */
    void decideAndForward(String systemId, List<Reassembly.Part> parts, String answering, Sms sms, long start,
                          Reply reply) {
        switch (screening.decide(systemId, sms)) {
            case Decision.Refuse r -> {
                metrics.outcome(systemId, r.outcome(), start);
                rejectOthers(systemId, parts, answering);
                reply.refused(r.status());
            }
            case Decision.Forward f -> forward(systemId, parts, answering, f.outcome(), start, reply);
        }
    }

    private void forward(String systemId, List<Reassembly.Part> parts, String answering, String outcome, long start,
                         Reply reply) {
        List<byte[]> pdus = new ArrayList<>(parts.size());
        parts.forEach(p -> pdus.add(p.raw()));
        smsc.forward(pdus, new SmscPool.Forwarded() {
            @Override
            public void sent(List<String> smscIds) {
                remember(systemId, parts, smscIds);
                metrics.outcome(systemId, outcome, start);
                reply.accepted(answering);
            }

            @Override
            public void failed(ForwardingException e) {
                int taken = e.acceptedIds().size();
                remember(systemId, parts, e.acceptedIds());
                rejectOthers(systemId, parts.subList(taken, parts.size()), answering);
                metrics.outcome(systemId, "SMSC_" + StatusTable.hex(e.status()), start);
                reply.refused(e.status());
            }
        });
    }

    private void remember(String systemId, List<Reassembly.Part> parts, List<String> smscIds) {
        for (int i = 0; i < smscIds.size(); i++) {
            ids.remember(smscIds.get(i), new MessageIds.Route(systemId, parts.get(i).ourId()));
        }
    }

    /** REJECTD receipts for the parts other than the one being answered (sent off this thread: they wait). */
    void rejectOthers(String systemId, List<Reassembly.Part> parts, String answering) {
        if (parts.size() == 1 && parts.getFirst().ourId().equals(answering)) {
            return; // a message of one part: its ESME learns the outcome from the response
        }
        List<Reassembly.Part> others = parts.stream().filter(p -> !p.ourId().equals(answering)).toList();
        if (!others.isEmpty()) {
            blocking.execute(() -> others.forEach(p -> delivery.rejected(systemId, p)));
        }
    }
}
