package org.quietline.smpp;

import static org.quietline.smpp.SubmitFields.decodable;
import static org.quietline.smpp.SubmitFields.octets;
import static org.quietline.smpp.SubmitFields.sar;
import static org.quietline.smpp.SubmitFields.sender;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.MessageId;
import org.jsmpp.PDUStringException;
import org.quietline.number.InvalidNumberException;
import org.quietline.number.PhoneNumber;
import org.quietline.number.Sender;
import org.quietline.screening.Sms;
import org.quietline.smpp.text.Alphabet;
import org.quietline.smpp.text.Segment;
import org.quietline.smpp.text.UserData;
import org.quietline.smpp.SubmitFields.Refusal;

/**
 * The submit_sm path: PDU → {@link Sms} (a long message once, whole) → screening → forward every part or
 * refuse every part. Every refusal is a status from the {@link StatusTable}. Runs on jSMPP's per-session
 * worker threads; thread-safe.
 */
final class SubmitPath {

    private final Screening screening;
    private final SmscPool smsc;
    private final MessageIds ids;
    private final Reassembly reassembly;
    private final EsmeDelivery delivery;
    private final FirewallMetrics metrics;
    private final InstantSource clock;
    private final boolean latin1Default;
    private final Recipients recipients;

    SubmitPath(Screening screening, SmscPool smsc, MessageIds ids, Reassembly reassembly, EsmeDelivery delivery,
               FirewallMetrics metrics, InstantSource clock, boolean latin1Default, Recipients recipients) {
        this.recipients = recipients;
        this.screening = screening;
        this.smsc = smsc;
        this.ids = ids;
        this.reassembly = reassembly;
        this.delivery = delivery;
        this.metrics = metrics;
        this.clock = clock;
        this.latin1Default = latin1Default;
    }

    /** What one submit_sm comes to: a message id, or a {@link ProcessRequestException} with the status. */
    SubmitSmResult submit(BoundEsme esme, SubmitSm sm) throws ProcessRequestException {
        long start = System.nanoTime();
        String platform = esme.systemId();
        metrics.submitted(platform);
        try {
            return result(handle(esme, sm, start));
        } catch (Refusal r) {
            if (r.outcome != null) {
                metrics.outcome(platform, r.outcome, start);
            }
            throw new ProcessRequestException(r.getMessage(), r.status);
        }
    }

    private String handle(BoundEsme esme, SubmitSm sm, long start) throws Refusal {
        if (!esme.throughput().tryTake()) {
            throw new Refusal(StatusTable.THROTTLED, "THROTTLED", "over the platform's throughput");
        }
        Sender sender = sender(sm.getSourceAddr());
        if (esme.platform().merchantFor(sender).isEmpty()) {
            throw new Refusal(StatusTable.BAD_SOURCE, "NOT_MANDATED", "the platform may not send as " + sender.masked());
        }
        PhoneNumber recipient = recipient(sm.getDestAddress());
        byte[] octets = octets(sm);
        UserData userData = decodable(() -> UserData.read(octets, sm.isUdhi()));
        Optional<Segment> segment = userData.segment().isPresent() ? userData.segment() : sar(sm);
        byte[] text = Arrays.copyOfRange(octets, userData.textOffset(), octets.length);
        Alphabet alphabet = Alphabet.of(sm.getDataCoding(), latin1Default);
        String ourId = ids.next();
        Reassembly.Part part = new Reassembly.Part(segment.map(Segment::number).orElse(1), sm, text, ourId);
        if (segment.isEmpty() || segment.get().total() == 1) {
            String whole = decodable(() -> alphabet.decode(text, 0, text.length));
            decideAndForward(esme.systemId(), List.of(part), ourId, new Sms(sender, recipient, whole, clock.instant()), start);
            return ourId;
        }
        var key = new Reassembly.Key(esme.systemId(), sm.getSourceAddr(), sm.getDestAddress(),
                segment.get().reference(), segment.get().total());
        return switch (reassembly.add(key, part)) {
            case Reassembly.Pending p -> ourId;
            case Reassembly.Full f -> throw new Refusal(StatusTable.THROTTLED, "THROTTLED", "reassembly buffer full");
            case Reassembly.Complete c -> {
                byte[] joined = Reassembly.joined(c.parts());
                String whole = decodable(() -> alphabet.decode(joined, 0, joined.length));
                decideAndForward(esme.systemId(), c.parts(), ourId, new Sms(sender, recipient, whole, clock.instant()), start);
                yield ourId;
            }
        };
    }

    /**
     * Screens the whole message and forwards all its parts or refuses them all. The part being answered now
     * ({@code answering}) learns the outcome from its response; earlier parts, already acknowledged, get a
     * REJECTD receipt if they asked for receipts.
     */
    void decideAndForward(String systemId, List<Reassembly.Part> parts, String answering, Sms sms, long start)
            throws Refusal {
        Decision decision = screening.decide(systemId, sms);
        switch (decision) {
            case Decision.Refuse r -> {
                metrics.outcome(systemId, r.outcome(), start);
                rejectOthers(systemId, parts, answering);
                throw new Refusal(r.status(), null, "refused: " + r.outcome());
            }
            case Decision.Forward f -> forward(systemId, parts, answering, f, start);
        }
    }

    /**
     * Gives up waiting for the missing parts of long messages past the timeout: what arrived is screened as
     * one message and forwarded or refused like a whole one (ADR 0052).
     */
    void sweep() {
        for (Reassembly.Expired expired : reassembly.expired()) {
            List<Reassembly.Part> parts = expired.parts();
            SubmitSm first = parts.getFirst().pdu();
            String systemId = expired.key().systemId();
            long start = System.nanoTime();
            Sms sms;
            try {
                byte[] joined = Reassembly.joined(parts);
                Alphabet alphabet = Alphabet.of(first.getDataCoding(), latin1Default);
                sms = new Sms(sender(first.getSourceAddr()), recipient(first.getDestAddress()),
                        decodable(() -> alphabet.decode(joined, 0, joined.length)), clock.instant());
            } catch (Refusal r) {
                metrics.outcome(systemId, r.outcome, start);
                rejectOthers(systemId, parts, "");
                continue;
            }
            try {
                decideAndForward(systemId, parts, "", sms, start);
            } catch (Refusal r) {
                // the parts were told by receipts; nobody waits for a response
            }
        }
    }

    private void forward(String systemId, List<Reassembly.Part> parts, String answering, Decision.Forward f, long start)
            throws Refusal {
        List<SubmitSm> pdus = new ArrayList<>(parts.size());
        parts.forEach(p -> pdus.add(p.pdu()));
        try {
            List<String> smscIds = smsc.forward(pdus);
            remember(systemId, parts, smscIds);
            metrics.outcome(systemId, f.outcome(), start);
        } catch (ForwardingException e) {
            remember(systemId, parts, e.acceptedIds());
            rejectOthers(systemId, parts.subList(e.acceptedIds().size(), parts.size()), answering);
            throw new Refusal(e.status(), "SMSC_" + StatusTable.hex(e.status()), e.getMessage());
        }
    }

    private void remember(String systemId, List<Reassembly.Part> parts, List<String> smscIds) {
        for (int i = 0; i < smscIds.size(); i++) {
            ids.remember(smscIds.get(i), new MessageIds.Route(systemId, parts.get(i).ourId()));
        }
    }

    private void rejectOthers(String systemId, List<Reassembly.Part> parts, String answering) {
        for (Reassembly.Part p : parts) {
            if (!p.ourId().equals(answering)) {
                delivery.rejected(systemId, p);
            }
        }
    }

    private static SubmitSmResult result(String ourId) {
        try {
            return new SubmitSmResult(new MessageId(ourId), new OptionalParameter[0]);
        } catch (PDUStringException e) {
            throw new IllegalStateException("our own message id is a valid C-octet string", e);
        }
    }

    private PhoneNumber recipient(String destination) throws Refusal {
        try {
            return recipients.parse(destination == null ? "" : destination);
        } catch (InvalidNumberException e) {
            throw new Refusal(StatusTable.BAD_DESTINATION, "BAD_DESTINATION", e.getMessage());
        }
    }
}
