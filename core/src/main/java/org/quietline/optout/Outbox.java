package org.quietline.optout;

import org.quietline.screening.Sms;

/**
 * Where the opt-out desk hands the messages it sends back to subscribers (confirmations, help). The adapter
 * screens each like any service message and submits it for free. Implementations are thread-safe and must
 * not block for long: the desk calls them after the refusal is committed, outside any lock.
 */
@FunctionalInterface
public interface Outbox {

    /** Sends {@code sms}. */
    void send(Sms sms);
}
