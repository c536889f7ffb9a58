package org.quietline.smpp;

import org.quietline.screening.Sms;
import org.quietline.screening.Verdict;

/**
 * Where the firewall reports each verdict it acted on, with the platform that submitted the message: the
 * port the server wires to its audit log (channel {@code smpp}). Called on the submit path, after the
 * verdict and before the response; an implementation that writes to a database should queue rather than
 * block. Its exceptions are logged and do not change what happens to the message. Thread-safe.
 */
@FunctionalInterface
public interface VerdictLog {

    /** {@code platform} (its system_id) submitted {@code sms}, which got {@code verdict}. Never log the text. */
    void screened(String platform, Sms sms, Verdict verdict);

    /** A log that keeps nothing. */
    static VerdictLog ignored() {
        return (platform, sms, verdict) -> {
        };
    }
}
