package org.quietline.smpp;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.Session;
import org.quietline.smpp.platform.InMemoryPlatformRegistry;
import org.quietline.smpp.platform.PasswordHash;
import org.quietline.smpp.platform.Platform;

/**
 * The load benchmark's pass-through relay: the firewall's own transport (jSMPP sessions, submits taken off
 * the session readers, forwarded as received over the same SMSC links and windows, answered without waiting
 * threads) with nothing in between: no decoding, screening, reassembly, id mapping or metrics; the ESME gets
 * the SMSC's id. Against it, the firewall's ratio is the cost of what the firewall does, not of how it
 * relays. It lives in the smpp package (in the bench module) to use the transport, which is not public API.
 */
public final class TransportRelay implements AutoCloseable {

    private final SmscPool smsc;
    private final EsmeListener esmes;

    private TransportRelay(SmscPool smsc, EsmeListener esmes) {
        this.smsc = smsc;
        this.esmes = esmes;
    }

    /**
     * Listens on a free loopback port for the ESME {@code esmeId}/{@code esmePassword} and relays to the SMSC
     * on {@code smscPort} over {@code links} links of {@code window}, as the firewall's settings would.
     */
    public static TransportRelay start(int smscPort, String systemId, String password, int links, int window,
                                       String esmeId, String esmePassword) throws IOException, InterruptedException {
        SmscSettings upstream = SmscSettings.of("127.0.0.1", smscPort, systemId, password).withLinks(links, window);
        FirewallSettings settings = FirewallSettings.of(0, upstream).withBindAddress("127.0.0.1")
                .withEsmeWindow(window, window * 4);
        SmscPool smsc = new SmscPool(upstream, new Acknowledging(), Thread::startVirtualThread);
        InMemoryPlatformRegistry platforms = new InMemoryPlatformRegistry().put(new Platform(esmeId,
                PasswordHash.of(esmePassword), Integer.MAX_VALUE, List.of(), false));
        EsmeListener esmes = new EsmeListener(settings, platforms, new EsmeSessions(System::nanoTime),
                new PassingOn(smsc), Thread::startVirtualThread);
        smsc.start();
        esmes.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!smsc.anyBound() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return new TransportRelay(smsc, esmes);
    }

    public int port() {
        return esmes.port();
    }

    @Override
    public void close() {
        esmes.close();
        smsc.close();
    }

    /** Every submit forwarded as it came; the ESME learns the SMSC's id or status. */
    private record PassingOn(SmscPool smsc) implements Submits {
        @Override
        public void submit(BoundEsme esme, byte[] pdu, Reply reply) {
            smsc.forward(List.of(pdu), new SmscPool.Forwarded() {
                @Override
                public void sent(List<String> smscIds) {
                    reply.accepted(smscIds.getFirst());
                }

                @Override
                public void failed(ForwardingException e) {
                    reply.refused(e.status());
                }
            });
        }

        @Override
        public void throttled(BoundEsme esme) {
            // a plain relay counts nothing
        }
    }

    /** Acknowledges the SMSC's deliver_sm (the simulator greets each session with one) and drops them. */
    private static final class Acknowledging implements MessageReceiverListener {
        @Override
        public void onAcceptDeliverSm(DeliverSm deliverSm) {
        }

        @Override
        public void onAcceptAlertNotification(AlertNotification alertNotification) {
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("not relayed", SMPPConstant.STAT_ESME_RINVCMDID);
        }
    }
}
