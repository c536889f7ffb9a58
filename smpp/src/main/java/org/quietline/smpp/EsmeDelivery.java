package org.quietline.smpp;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.InstantSource;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends deliver_sm to ESMEs: receipts and replies routed from the SMSC, and the firewall's own receipts
 * for parts of a long message that were acknowledged and then refused as a whole. Thread-safe.
 */
final class EsmeDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(EsmeDelivery.class);
    private static final DateTimeFormatter RECEIPT_DATE = DateTimeFormatter.ofPattern("yyMMddHHmm").withZone(ZoneOffset.UTC);

    private final EsmeSessions sessions;
    private final InstantSource clock;

    EsmeDelivery(EsmeSessions sessions, InstantSource clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Delivers {@code d} to a receiving session of {@code systemId} with another text and TLVs; false when it could not. */
    boolean deliver(String systemId, DeliverSm d, byte[] shortMessage, OptionalParameter[] tlvs) {
        var esme = sessions.receiverOf(systemId);
        if (esme.isEmpty()) {
            return false;
        }
        try {
            esme.get().session().deliverShortMessage(d.getServiceType(),
                    TypeOfNumber.valueOf(d.getSourceAddrTon()), NumberingPlanIndicator.valueOf(d.getSourceAddrNpi()),
                    d.getSourceAddr(), TypeOfNumber.valueOf(d.getDestAddrTon()),
                    NumberingPlanIndicator.valueOf(d.getDestAddrNpi()), d.getDestAddress(), new ESMClass(d.getEsmClass()),
                    d.getProtocolId(), d.getPriorityFlag(), new RegisteredDelivery(d.getRegisteredDelivery()),
                    DataCodings.newInstance(d.getDataCoding()), shortMessage, tlvs);
            return true;
        } catch (Exception e) {
            LOG.warn("deliver_sm to {} failed: {}", systemId, e.getClass().getSimpleName());
            return false;
        }
    }

    /** If the part asked for a receipt, tells its ESME that it was rejected (REJECTD), without its text. */
    void rejected(String systemId, Reassembly.Part part) {
        SubmitSm sm = part.pdu();
        if (!SMSCDeliveryReceipt.SUCCESS_FAILURE.containedIn(sm.getRegisteredDelivery())
                && !SMSCDeliveryReceipt.FAILURE.containedIn(sm.getRegisteredDelivery())) {
            return;
        }
        String date = RECEIPT_DATE.format(clock.instant());
        String text = "id:" + part.ourId() + " sub:001 dlvrd:000 submit date:" + date + " done date:" + date
                + " stat:REJECTD err:000 text:";
        var esme = sessions.receiverOf(systemId);
        if (esme.isEmpty()) {
            return;
        }
        try {
            esme.get().session().deliverShortMessage("", TypeOfNumber.valueOf(sm.getDestAddrTon()),
                    NumberingPlanIndicator.valueOf(sm.getDestAddrNpi()), sm.getDestAddress(),
                    TypeOfNumber.valueOf(sm.getSourceAddrTon()), NumberingPlanIndicator.valueOf(sm.getSourceAddrNpi()),
                    sm.getSourceAddr(), new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT),
                    (byte) 0, (byte) 0, new RegisteredDelivery(0), DataCodings.ZERO, text.getBytes(StandardCharsets.ISO_8859_1),
                    new OptionalParameter.Receipted_message_id(part.ourId()),
                    new OptionalParameter.Message_state((byte) 8));
        } catch (Exception e) {
            LOG.warn("REJECTD receipt to {} failed: {}", systemId, e.getClass().getSimpleName());
        }
    }
}
