package org.quietline.smpp;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.examples.SMPPServerSimulator;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SubmitSmResult;

/**
 * jSMPP's SMSC simulator as the upstream SMSC, listening on a free loopback port, recording what it
 * accepts and able to slow down. Its own behaviour (ids, receipts a second later with the id in decimal)
 * is untouched.
 */
final class TestSmsc extends SMPPServerSimulator {

    static final String SYSTEM_ID = "j";
    static final String PASSWORD = "jpwd";

    final int port;
    final List<SubmitSm> accepted = new CopyOnWriteArrayList<>();
    /** The ids it gave in its submit_sm_resp (hexadecimal), in the order it gave them. */
    final List<String> responseIds = new CopyOnWriteArrayList<>();
    final AtomicLong delayMillis = new AtomicLong();
    private volatile SMPPServerSession lastSession;

    private TestSmsc(int port) {
        super(false, port, SYSTEM_ID, PASSWORD);
        this.port = port;
    }

    /** Starts one on a free port. */
    static TestSmsc start() {
        TestSmsc smsc = new TestSmsc(freePort());
        Thread.ofPlatform().daemon().name("test-smsc-" + smsc.port).start(smsc);
        return smsc;
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source) throws ProcessRequestException {
        lastSession = source;
        long delay = delayMillis.get();
        if (delay > 0) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        accepted.add(submitSm);
        SubmitSmResult result = super.onAcceptSubmitSm(submitSm, source);
        responseIds.add(result.getMessageId());
        return result;
    }

    /**
     * Sends a delivery receipt (DELIVRD) up the session that last submitted, for the message it answered with
     * {@code responseId}: in decimal, as the simulator's own receipts give it.
     */
    void receipt(String responseId) throws Exception {
        String id = Long.toUnsignedString(Long.parseUnsignedLong(responseId, 16));
        String text = "id:" + id + " sub:001 dlvrd:001 submit date:2612071200 done date:2612071201 stat:DELIVRD err:000 text:";
        lastSession.deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "+8613900000000",
                TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, "1069012301",
                new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT), (byte) 0, (byte) 0,
                new RegisteredDelivery(0), DataCodings.ZERO, text.getBytes(StandardCharsets.US_ASCII));
    }

    /** Sends a subscriber's reply (MO) up the session that last submitted, as GSM 7-bit text. */
    void reply(String subscriber, String serviceAddress, String text) throws Exception {
        lastSession.deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, subscriber,
                TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, serviceAddress, new ESMClass(), (byte) 0, (byte) 0,
                new RegisteredDelivery(0), DataCodings.ZERO, org.quietline.smpp.text.Gsm7.encode(text));
    }
}
