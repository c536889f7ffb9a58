package org.quietline.smpp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.jsmpp.DefaultPDUSender;
import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.SynchronizedPDUSender;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.MessageId;

/**
 * A stand-in SMSC on loopback for the demo and for trying the firewall without a carrier: it accepts
 * transceiver binds with one system_id and password, answers every submit_sm with an id of its own, keeps
 * the destinations it accepted (never the text), and can send a subscriber's reply (an MO) up the last
 * session that bound. Not a simulator of an operator's SMSC: no receipts, no queues. Thread-safe.
 */
public final class LoopbackSmsc implements ServerMessageReceiverListener, AutoCloseable {

    private final Sockets.Listening socket;
    private final String systemId;
    private final String password;
    private final AtomicLong ids = new AtomicLong(1);
    private final List<String> destinations = new CopyOnWriteArrayList<>();
    private volatile SMPPServerSession last;

    private LoopbackSmsc(Sockets.Listening socket, String systemId, String password) {
        this.socket = socket;
        this.systemId = systemId;
        this.password = password;
    }

    /** Listens on a free loopback port for binds as {@code systemId} / {@code password}. */
    public static LoopbackSmsc start(String systemId, String password) throws IOException {
        LoopbackSmsc smsc = new LoopbackSmsc(Sockets.listen("127.0.0.1", 0), systemId, password);
        Thread.ofPlatform().daemon().name("loopback-smsc").start(smsc::accept);
        return smsc;
    }

    /** Where it listens. */
    public int port() {
        return socket.port();
    }

    /** The destination_addr of every message accepted, in order. */
    public List<String> accepted() {
        return List.copyOf(destinations);
    }

    /** Sends a subscriber's reply (UCS-2) from {@code subscriber} to {@code serviceAddress}; waits for the answer. */
    public void reply(String subscriber, String serviceAddress, String text) throws Exception {
        SMPPServerSession session = last;
        if (session == null) {
            throw new IllegalStateException("nobody has bound to the loopback SMSC");
        }
        session.deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, subscriber,
                TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, serviceAddress, new ESMClass(), (byte) 0, (byte) 0,
                new RegisteredDelivery(0), DataCodings.newInstance((byte) 0x08), text.getBytes(StandardCharsets.UTF_16BE));
    }

    private void accept() {
        while (true) {
            try {
                var connection = socket.accept();
                SMPPServerSession session = new SMPPServerSession(connection, (n, o, s) -> { }, this, null, 4, 64,
                        new SynchronizedPDUSender(new DefaultPDUSender()), BoundedPduReader.answering(connection.getOutputStream()));
                Thread.ofVirtual().start(() -> bind(session));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void bind(SMPPServerSession session) {
        try {
            BindRequest request = session.waitForBind(10_000);
            if (systemId.equals(request.getSystemId()) && password.equals(request.getPassword())) {
                request.accept("loopback", InterfaceVersion.IF_34);
                last = session;
            } else {
                request.reject(SMPPConstant.STAT_ESME_RINVPASWD);
            }
        } catch (Exception e) {
            session.close();
        }
    }

    @Override
    public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source) throws ProcessRequestException {
        destinations.add(submitSm.getDestAddress());
        try {
            return new SubmitSmResult(new MessageId(Long.toString(ids.getAndIncrement())), new OptionalParameter[0]);
        } catch (PDUStringException e) {
            throw new ProcessRequestException("id", SMPPConstant.STAT_ESME_RSYSERR);
        }
    }

    @Override
    public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti s, SMPPServerSession source) throws ProcessRequestException {
        throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }

    @Override
    public QuerySmResult onAcceptQuerySm(QuerySm q, SMPPServerSession source) throws ProcessRequestException {
        throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }

    @Override
    public void onAcceptReplaceSm(ReplaceSm r, SMPPServerSession source) throws ProcessRequestException {
        throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }

    @Override
    public void onAcceptCancelSm(CancelSm c, SMPPServerSession source) throws ProcessRequestException {
        throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }

    @Override
    public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm b, SMPPServerSession source) throws ProcessRequestException {
        throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }

    @Override
    public void onAcceptCancelBroadcastSm(CancelBroadcastSm c, SMPPServerSession source) throws ProcessRequestException {
        throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }

    @Override
    public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm q, SMPPServerSession source)
            throws ProcessRequestException {
        throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm d, Session source) throws ProcessRequestException {
        throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
