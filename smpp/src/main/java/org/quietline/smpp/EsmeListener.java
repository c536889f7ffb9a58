package org.quietline.smpp;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeoutException;
import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SessionStateListener;
import org.jsmpp.session.connection.Connection;
import org.jsmpp.DefaultPDUSender;
import org.jsmpp.SynchronizedPDUSender;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.quietline.smpp.platform.PasswordHash;
import org.quietline.smpp.platform.Platform;
import org.quietline.smpp.platform.PlatformRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ESME side: accepts connections, authenticates binds (transmitter, receiver, transceiver) against the
 * platform registry, and gives each session an {@link EsmeIntake} that hands its submits to the
 * {@link SubmitPath}. Operations the firewall does not relay are answered ESME_RINVCMDID. Thread-safe.
 */
final class EsmeListener implements ServerMessageReceiverListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EsmeListener.class);
    private static final String OUR_SYSTEM_ID = "quietline";
    /** Checked against when the system_id is unknown, so that a bind takes as long either way. */
    private static final PasswordHash DECOY = PasswordHash.of("decoy");

    private final FirewallSettings settings;
    private final PlatformRegistry platforms;
    private final EsmeSessions sessions;
    private final Submits submits;
    private final Executor workers;
    private final Sockets.Listening socket;
    private final SessionStateListener forget;
    /** Each open session's intake, by session id. */
    private final Map<String, EsmeIntake> intakes = new ConcurrentHashMap<>();
    private final StallWatch watch;
    private volatile boolean closed;
    private Thread acceptor;

    EsmeListener(FirewallSettings settings, PlatformRegistry platforms, EsmeSessions sessions, Submits submits,
                 Executor workers) throws IOException {
        this.settings = settings;
        this.platforms = platforms;
        this.sessions = sessions;
        this.submits = submits;
        this.workers = workers;
        this.socket = Sockets.listen(settings.bindAddress(), settings.port());
        this.watch = new StallWatch(intakes.values());
        this.forget = (now, before, source) -> {
            if (now == SessionState.CLOSED) {
                sessions.remove(source.getSessionId());
                intakes.remove(source.getSessionId());
            }
        };
    }

    /**
     * As jSMPP's SMPPServerSessionListener does, but with a PDU reader that bounds command_length and hands
     * submits to the session's {@link EsmeIntake}. jSMPP's own workers (started as needed) are left with
     * binds, enquire_link, unbind, the ESME's deliver_sm_resp and the operations the firewall refuses.
     */
    private SMPPServerSession accept() throws IOException {
        Connection connection = socket.accept();
        connection.setSoTimeout((int) settings.bindTimeout().toMillis());
        EsmeIntake intake = new EsmeIntake(sessions, submits, workers, settings.esmeWindow() + settings.esmeQueue(),
                settings.esmeWindow(), System::nanoTime, watch, connection.getOutputStream());
        SMPPServerSession session = new SMPPServerSession(connection, forget, this, null, settings.esmeWindow(), settings.esmeQueue(),
                new SynchronizedPDUSender(new DefaultPDUSender()),
                BoundedPduReader.answering(connection.getOutputStream(), intake));
        intake.attach(session);
        intakes.put(session.getSessionId(), intake);
        if (session.getSessionState() == SessionState.CLOSED) {
            intakes.remove(session.getSessionId()); // closed before it was listed: the listener has been and gone
        }
        return session;
    }

    int port() {
        return socket.port();
    }

    void start() {
        acceptor = Thread.ofPlatform().name("smpp-accept-" + port()).daemon().start(this::acceptLoop);
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                SMPPServerSession session = accept();
                Thread.ofVirtual().name("smpp-bind-" + session.getSessionId()).start(() -> bind(session));
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("accepting an ESME connection failed: {}", e.getMessage());
                }
            }
        }
    }

    private void bind(SMPPServerSession session) {
        try {
            BindRequest request = session.waitForBind(settings.bindTimeout().toMillis());
            Optional<Platform> platform = authenticate(request.getSystemId(), request.getPassword());
            if (platform.isEmpty()) {
                LOG.info("bind refused for system_id '{}' from {}", printable(request.getSystemId()), session.getInetAddress());
                request.reject(StatusTable.BIND_REFUSED);
                return;
            }
            sessions.add(platform.get(), session, request.getBindType());
            request.accept(OUR_SYSTEM_ID, InterfaceVersion.IF_34);
            LOG.info("{} bound as {} ({})", platform.get().systemId(), request.getBindType(), session.getSessionId());
        } catch (TimeoutException e) {
            LOG.info("no bind within {} from {}", settings.bindTimeout(), session.getInetAddress());
        } catch (IOException | PDUStringException | IllegalStateException e) {
            LOG.warn("bind failed: {}", e.getMessage());
            session.close();
        }
    }

    private Optional<Platform> authenticate(String systemId, String password) {
        Optional<Platform> platform = platforms.find(systemId == null ? "" : systemId);
        String given = password == null ? "" : password;
        if (platform.isEmpty()) {
            DECOY.matches(given);
            return Optional.empty();
        }
        return platform.get().password().matches(given) ? platform : Optional.empty();
    }

    /** A system_id for a log line: short and printable (it comes from the network). */
    private static String printable(String s) {
        String t = s == null ? "" : s.replaceAll("[^\\x20-\\x7E]", "?");
        return t.length() > 16 ? t.substring(0, 16) : t;
    }

    /** Reached only by submits the intake left to jSMPP: not from a bound transmitter. */
    @Override
    public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source) throws ProcessRequestException {
        throw new ProcessRequestException("not bound to transmit", SMPPConstant.STAT_ESME_RINVBNDSTS);
    }

    @Override
    public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
            throws ProcessRequestException {
        throw unsupported("submit_multi");
    }

    @Override
    public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
        throw unsupported("query_sm");
    }

    @Override
    public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
        throw unsupported("replace_sm");
    }

    @Override
    public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
        throw unsupported("cancel_sm");
    }

    @Override
    public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
            throws ProcessRequestException {
        throw unsupported("broadcast_sm");
    }

    @Override
    public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
            throws ProcessRequestException {
        throw unsupported("cancel_broadcast_sm");
    }

    @Override
    public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm, SMPPServerSession source)
            throws ProcessRequestException {
        throw unsupported("query_broadcast_sm");
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        throw unsupported("data_sm");
    }

    private static ProcessRequestException unsupported(String operation) {
        return new ProcessRequestException(operation + " is not relayed by the firewall", StatusTable.UNSUPPORTED);
    }

    @Override
    public void close() {
        closed = true;
        watch.close();
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("closing the listener: {}", e.getMessage());
        }
        // a session whose ESME has gone may still be listed for a moment: unbinding it would only fail, loudly
        sessions.all().forEach(e -> {
            if (e.session().getSessionState().isBound()) {
                e.session().unbindAndClose();
            } else {
                e.session().close();
            }
        });
    }
}
