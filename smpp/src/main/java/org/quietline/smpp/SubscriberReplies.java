package org.quietline.smpp;

/**
 * Where subscribers' replies go before anything else happens to them: the port the server wires to the
 * opt-out logic, so that a "TD" takes effect before the next message is screened. The firewall acknowledges
 * the deliver_sm to the SMSC only after {@link #receive} returned; if it throws, the SMSC gets a temporary
 * error (ESME_RX_T_APPN) and delivers the reply again, so no opt-out is lost. Implementations are
 * thread-safe and idempotent (a reply may come twice).
 */
@FunctionalInterface
public interface SubscriberReplies {

    /** Takes in one reply; returns once it is in effect. */
    void receive(SubscriberReply reply);

    /** A sink that ignores replies, for a firewall without opt-out logic (tests, benchmarks). */
    static SubscriberReplies ignored() {
        return reply -> {
        };
    }
}
