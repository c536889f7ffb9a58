package org.quietline.smpp;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * PDUs on their way to one peer, written by a virtual thread of the outbox's own: the thread that hands a PDU
 * over never waits on the peer's socket (a link's reader answers ESMEs, and an ESME that stops reading must
 * not stall it), and PDUs handed over while a write is under way go out together, in one system call. What
 * waits here is bounded by the caller (the ESME intake's limit of submits in progress). After a failed write
 * the outbox drops what it is given: the session is gone. Thread-safe.
 */
final class Outbox {

    private final OutputStream out;
    private final PduBatch batch = new PduBatch();
    private final AtomicBoolean draining = new AtomicBoolean();
    private volatile boolean broken;

    Outbox(OutputStream out) {
        this.out = out;
    }

    void send(byte[] pdu) {
        if (broken) {
            return;
        }
        batch.add(pdu);
        if (draining.compareAndSet(false, true)) {
            Thread.startVirtualThread(this::drain);
        }
    }

    private void drain() {
        while (true) {
            if (batch.gather()) {
                write();
            } else {
                draining.set(false);
                // a PDU added after the last poll and before the flag went down would otherwise wait
                if (batch.isEmpty() || !draining.compareAndSet(false, true)) {
                    return;
                }
            }
        }
    }

    private void write() {
        try {
            batch.write(out);
        } catch (IOException e) {
            broken = true;
            batch.clear();
        }
    }
}
