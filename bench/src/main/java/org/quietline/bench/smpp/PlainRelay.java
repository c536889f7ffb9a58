package org.quietline.bench.smpp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.session.connection.Connection;
import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.SocketConnection;
import org.jsmpp.util.MessageId;

/**
 * The comparison for the firewall: a plain pass-through SMPP relay on the same library (jSMPP), with the
 * same threading (one handler thread per submit in flight), the same upstream links and TCP_NODELAY, and
 * nothing else: no authentication, decoding, screening, reassembly, id mapping or metrics.
 */
final class PlainRelay implements ServerMessageReceiverListener, AutoCloseable {

    private final List<SMPPSession> upstream = new ArrayList<>();
    private final AtomicInteger turn = new AtomicInteger();
    private final ServerSocket socket;
    private final SMPPServerSessionListener listener;

    PlainRelay(int smscPort, String systemId, String password, int links, int esmeWindow) throws IOException {
        for (int i = 0; i < links; i++) {
            SMPPSession s = new SMPPSession((host, port) -> {
                Socket client = new Socket();
                client.setTcpNoDelay(true);
                client.connect(new InetSocketAddress(host, port));
                return new SocketConnection(client);
            });
            s.setTransactionTimer(5_000);
            s.setPduProcessorDegree(16);
            s.setQueueCapacity(1024);
            s.setMessageReceiverListener(new IgnoringReceiver());
            s.connectAndBind("127.0.0.1", smscPort, new BindParameter(BindType.BIND_TRX, systemId, password, "",
                    TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null));
            upstream.add(s);
        }
        socket = new ServerSocket();
        socket.bind(new InetSocketAddress("127.0.0.1", 0));
        listener = new SMPPServerSessionListener(socket.getLocalPort(), new NoDelay(socket));
        listener.setPduProcessorDegree(esmeWindow);
        listener.setQueueCapacity(esmeWindow * 4);
        listener.setMessageReceiverListener(this);
        Thread.ofPlatform().daemon().name("plain-relay-accept").start(this::accept);
    }

    int port() {
        return socket.getLocalPort();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                SMPPServerSession session = listener.accept();
                Thread.ofVirtual().start(() -> {
                    try {
                        BindRequest bind = session.waitForBind(10_000);
                        bind.accept("relay", InterfaceVersion.IF_34);
                    } catch (Exception e) {
                        session.close();
                    }
                });
            } catch (IOException e) {
                return;
            }
        }
    }

    @Override
    public SubmitSmResult onAcceptSubmitSm(SubmitSm sm, SMPPServerSession source) throws ProcessRequestException {
        SMPPSession link = upstream.get(Math.floorMod(turn.getAndIncrement(), upstream.size()));
        try {
            String id = link.submitShortMessage(sm.getServiceType(), TypeOfNumber.valueOf(sm.getSourceAddrTon()),
                    NumberingPlanIndicator.valueOf(sm.getSourceAddrNpi()), sm.getSourceAddr(),
                    TypeOfNumber.valueOf(sm.getDestAddrTon()), NumberingPlanIndicator.valueOf(sm.getDestAddrNpi()),
                    sm.getDestAddress(), new ESMClass(sm.getEsmClass()), sm.getProtocolId(), sm.getPriorityFlag(),
                    sm.getScheduleDeliveryTime(), sm.getValidityPeriod(), new RegisteredDelivery(sm.getRegisteredDelivery()),
                    sm.getReplaceIfPresent(), DataCodings.newInstance(sm.getDataCoding()), sm.getSmDefaultMsgId(),
                    sm.getShortMessage(), sm.getOptionalParameters()).getMessageId();
            return new SubmitSmResult(new MessageId(id), new org.jsmpp.bean.OptionalParameter[0]);
        } catch (Exception e) {
            throw new ProcessRequestException("relay failed", 0x08);
        }
    }

    @Override
    public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti s, SMPPServerSession source) throws ProcessRequestException {
        throw new ProcessRequestException("no", 0x03);
    }

    @Override
    public QuerySmResult onAcceptQuerySm(QuerySm q, SMPPServerSession source) throws ProcessRequestException {
        throw new ProcessRequestException("no", 0x03);
    }

    @Override
    public void onAcceptReplaceSm(ReplaceSm r, SMPPServerSession source) throws ProcessRequestException {
        throw new ProcessRequestException("no", 0x03);
    }

    @Override
    public void onAcceptCancelSm(CancelSm c, SMPPServerSession source) throws ProcessRequestException {
        throw new ProcessRequestException("no", 0x03);
    }

    @Override
    public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm b, SMPPServerSession source) throws ProcessRequestException {
        throw new ProcessRequestException("no", 0x03);
    }

    @Override
    public void onAcceptCancelBroadcastSm(CancelBroadcastSm c, SMPPServerSession source) throws ProcessRequestException {
        throw new ProcessRequestException("no", 0x03);
    }

    @Override
    public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm q, SMPPServerSession source)
            throws ProcessRequestException {
        throw new ProcessRequestException("no", 0x03);
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm d, Session source) throws ProcessRequestException {
        throw new ProcessRequestException("no", 0x03);
    }

    @Override
    public void close() throws IOException {
        socket.close();
        upstream.forEach(SMPPSession::unbindAndClose);
    }

    /** Accepted sockets with TCP_NODELAY, as the firewall's. */
    private record NoDelay(ServerSocket server) implements ServerConnection, ServerConnectionFactory {
        @Override
        public Connection accept() throws IOException {
            Socket s = server.accept();
            s.setTcpNoDelay(true);
            return new SocketConnection(s);
        }

        @Override
        public void setSoTimeout(int timeout) throws IOException {
            server.setSoTimeout(timeout);
        }

        @Override
        public int getSoTimeout() throws IOException {
            return server.getSoTimeout();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }

        @Override
        public ServerConnection listen(int port) {
            return this;
        }

        @Override
        public ServerConnection listen(int port, int timeout) {
            return this;
        }

        @Override
        public ServerConnection listen(int port, int timeout, int backlog) {
            return this;
        }
    }

    /** Answers the simulator's deliver_sm (its greeting) and drops it. */
    private static final class IgnoringReceiver implements org.jsmpp.session.MessageReceiverListener {
        @Override
        public void onAcceptDeliverSm(org.jsmpp.bean.DeliverSm deliverSm) {
        }

        @Override
        public void onAcceptAlertNotification(org.jsmpp.bean.AlertNotification alertNotification) {
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) {
            return null;
        }
    }
}
