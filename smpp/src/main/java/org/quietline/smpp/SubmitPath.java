package org.quietline.smpp;

import static org.quietline.smpp.SubmitFields.decodable;
import static org.quietline.smpp.SubmitFields.octets;
import static org.quietline.smpp.SubmitFields.sar;
import static org.quietline.smpp.SubmitFields.sender;

import java.time.InstantSource;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.util.DefaultDecomposer;
import org.quietline.number.InvalidNumberException;
import org.quietline.number.PhoneNumber;
import org.quietline.number.Sender;
import org.quietline.screening.Sms;
import org.quietline.smpp.text.Alphabet;
import org.quietline.smpp.text.Segment;
import org.quietline.smpp.text.UserData;
import org.quietline.smpp.SubmitFields.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The submit_sm path: PDU → {@link Sms} (a long message once, whole) → the {@link Relay}, which screens it and
 * forwards every part or refuses every part. Every refusal is a status from the {@link StatusTable}. Runs on
 * the thread the ESME intake hands each submit to (a virtual thread: screening may block); answers through
 * the submit's {@link Reply}, exactly once. Thread-safe.
 */
final class SubmitPath implements Submits {

    private static final Logger LOG = LoggerFactory.getLogger(SubmitPath.class);
    private static final DefaultDecomposer DECODER = new DefaultDecomposer();

    private final Relay relay;
    private final MessageIds ids;
    private final Reassembly reassembly;
    private final FirewallMetrics metrics;
    private final InstantSource clock;
    private final boolean latin1Default;
    private final Recipients recipients;

    SubmitPath(Relay relay, MessageIds ids, Reassembly reassembly, FirewallMetrics metrics, InstantSource clock,
               boolean latin1Default, Recipients recipients) {
        this.relay = relay;
        this.ids = ids;
        this.reassembly = reassembly;
        this.metrics = metrics;
        this.clock = clock;
        this.latin1Default = latin1Default;
        this.recipients = recipients;
    }

    @Override
    public void submit(BoundEsme esme, byte[] pdu, Reply reply) {
        long start = System.nanoTime();
        String platform = esme.systemId();
        metrics.submitted(platform);
        try {
            handle(esme, decoded(pdu), pdu, start, reply);
        } catch (Refusal r) {
            if (r.outcome != null) {
                metrics.outcome(platform, r.outcome, start);
            }
            reply.refused(r.status);
        } catch (RuntimeException e) {
            // a fault of ours must not leave the ESME waiting for an answer (a reply answers once)
            LOG.error("a submit from {} failed", platform, e);
            metrics.outcome(platform, "FAILED", start);
            reply.refused(StatusTable.SYSTEM_ERROR);
        }
    }

    @Override
    public void throttled(BoundEsme esme) {
        long start = System.nanoTime();
        metrics.submitted(esme.systemId());
        metrics.outcome(esme.systemId(), "THROTTLED", start);
    }

    private void handle(BoundEsme esme, SubmitSm sm, byte[] raw, long start, Reply reply) throws Refusal {
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
        Reassembly.Part part = new Reassembly.Part(segment.map(Segment::number).orElse(1), sm, raw, text, ourId);
        if (segment.isEmpty() || segment.get().total() == 1) {
            String whole = decodable(() -> alphabet.decode(text, 0, text.length));
            relay.decideAndForward(esme.systemId(), List.of(part), ourId, new Sms(sender, recipient, whole,
                    clock.instant()), start, reply);
            return;
        }
        var key = new Reassembly.Key(esme.systemId(), sm.getSourceAddr(), sm.getDestAddress(),
                segment.get().reference(), segment.get().total());
        switch (reassembly.add(key, part)) {
            case Reassembly.Pending p -> reply.accepted(ourId);
            case Reassembly.Full f -> throw new Refusal(StatusTable.THROTTLED, "THROTTLED", "reassembly buffer full");
            case Reassembly.Complete c -> {
                byte[] joined = Reassembly.joined(c.parts());
                String whole = decodable(() -> alphabet.decode(joined, 0, joined.length));
                relay.decideAndForward(esme.systemId(), c.parts(), ourId, new Sms(sender, recipient, whole,
                        clock.instant()), start, reply);
            }
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
                relay.rejectOthers(systemId, parts, "");
                continue;
            }
            // the parts were answered when they came; the outcome reaches them as receipts
            relay.decideAndForward(systemId, parts, "", sms, start, Reply.NOBODY);
        }
    }

    /**
     * jSMPP's decoding of the PDU, answered as jSMPP would answer it: a field it refuses with that field's
     * status, a body it cannot read (fields overrunning the PDU, found by the fuzz tests) ESME_RINVCMDLEN.
     */
    private static SubmitSm decoded(byte[] pdu) throws Refusal {
        try {
            return DECODER.submitSm(pdu);
        } catch (PDUStringException e) {
            throw new Refusal(e.getErrorCode(), "BAD_PDU", "a field of the submit_sm: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new Refusal(SMPPConstant.STAT_ESME_RINVCMDLEN, "BAD_PDU", "a submit_sm that does not decode");
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
