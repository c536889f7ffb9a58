package org.quietline.smpp;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * PDUs on their way to one peer, written by a virtual thread of the outbox's own: the thread that hands a PDU
 * over never waits on the peer's socket (a link's reader answers ESMEs, and an ESME that stops reading must
 * not stall it), and PDUs handed over while a write is under way go out together, in one system call. What
 * waits here is bounded by the caller (the ESME intake's limit of submits in progress). After a failed write
 * the outbox drops what it is given: the session is gone. Thread-safe.
 */
final class Outbox {

    /** The most written in one call (beyond a single PDU, which is written whole however long). */
    private static final int BATCH = 64 * 1024;

    private final OutputStream out;
    private final Queue<byte[]> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private volatile boolean broken;
    /** Confined to the draining thread (one at a time). */
    private byte[] buffer = new byte[0];

    Outbox(OutputStream out) {
        this.out = out;
    }

    void send(byte[] pdu) {
        if (broken) {
            return;
        }
        queue.add(pdu);
        if (draining.compareAndSet(false, true)) {
            Thread.startVirtualThread(this::drain);
        }
    }

    private void drain() {
        while (true) {
            int n = gather();
            if (n > 0) {
                write(n);
            } else {
                draining.set(false);
                // a PDU added after the last poll and before the flag went down would otherwise wait
                if (queue.isEmpty() || !draining.compareAndSet(false, true)) {
                    return;
                }
            }
        }
    }

    private int gather() {
        int n = 0;
        byte[] pdu;
        while (n < BATCH && (pdu = queue.poll()) != null) {
            if (buffer.length < n + pdu.length) {
                buffer = java.util.Arrays.copyOf(buffer, Math.max(n + pdu.length, Math.min(BATCH, 2 * buffer.length + 256)));
            }
            System.arraycopy(pdu, 0, buffer, n, pdu.length);
            n += pdu.length;
        }
        return n;
    }

    private void write(int n) {
        try {
            // jSMPP's own synchronized writes to this stream take the same lock
            synchronized (out) {
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            broken = true;
            queue.clear();
        }
    }
}
