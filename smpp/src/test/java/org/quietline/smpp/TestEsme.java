package org.quietline.smpp;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCoding;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;

/** A jSMPP client as the ESME, collecting what is delivered to it. */
final class TestEsme implements MessageReceiverListener, AutoCloseable {

    final SMPPSession session = new SMPPSession();
    final List<DeliverSm> delivered = new CopyOnWriteArrayList<>();

    static TestEsme bind(int port, String systemId, String password, BindType type) throws Exception {
        TestEsme esme = new TestEsme();
        esme.session.setMessageReceiverListener(esme);
        esme.session.setTransactionTimer(10_000);
        esme.session.connectAndBind("127.0.0.1", port, new BindParameter(type, systemId, password, "",
                TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null));
        return esme;
    }

    /** Submits and returns the message id, or the negative status as a negative number. */
    String submit(String from, String to, DataCoding coding, byte[] message, boolean receipt, byte esmClass,
                  OptionalParameter... tlvs) throws Exception {
        return session.submitShortMessage("", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, from,
                TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, to, new ESMClass(esmClass), (byte) 0, (byte) 1,
                null, null, new RegisteredDelivery(receipt ? SMSCDeliveryReceipt.SUCCESS_FAILURE : SMSCDeliveryReceipt.DEFAULT),
                (byte) 0, coding, (byte) 0, message, tlvs).getMessageId();
    }

    /** The status of a submit: 0 when accepted. */
    int status(String from, String to, DataCoding coding, byte[] message) throws Exception {
        try {
            submit(from, to, coding, message, false, (byte) 0);
            return 0;
        } catch (NegativeResponseException e) {
            return e.getCommandStatus();
        }
    }

    static DataCoding gsm() {
        return DataCodings.ZERO;
    }

    static DataCoding ucs2() {
        return DataCodings.newInstance((byte) 0x08);
    }

    @Override
    public void onAcceptDeliverSm(DeliverSm deliverSm) {
        delivered.add(deliverSm);
    }

    @Override
    public void onAcceptAlertNotification(AlertNotification alertNotification) {
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) {
        return null;
    }

    @Override
    public void close() {
        session.unbindAndClose();
    }
}
