package org.quietline.smpp;

import org.jsmpp.bean.BindType;
import org.jsmpp.session.SMPPServerSession;
import org.quietline.smpp.platform.Platform;
import org.quietline.smpp.platform.Throughput;

/**
 * One bound ESME session: which platform it authenticated as, how it bound, and the throughput limit it
 * shares with the platform's other sessions.
 */
record BoundEsme(Platform platform, SMPPServerSession session, BindType bindType, Throughput throughput) {

    String systemId() {
        return platform.systemId();
    }

    /** Whether this session may be sent deliver_sm (receiver or transceiver) and is still bound. */
    boolean receives() {
        return bindType != BindType.BIND_TX && session.getSessionState().isReceivable();
    }
}
