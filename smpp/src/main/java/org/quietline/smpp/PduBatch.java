package org.quietline.smpp;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Whole PDUs queued for one stream, and the one buffer in which those ready together are gathered, so that they
 * go out in one write (one system call, and one read for the peer) instead of one each. Any thread may
 * {@link #add}; {@link #gather} and {@link #write} are for one thread at a time, which the owner's flag decides
 * ({@link Outbox}: its writer thread; {@link Upstream}: whichever sender holds it).
 */
final class PduBatch {

    /** The most gathered for one write (beyond a single PDU, which is written whole however long). */
    private static final int MOST = 64 * 1024;

    private final Queue<byte[]> queue = new ConcurrentLinkedQueue<>();
    /** Confined to the gathering thread, as are the PDUs of the last gathering. */
    private byte[] buffer = new byte[0];
    private final List<byte[]> gathered = new ArrayList<>();
    private int length;

    void add(byte[] pdu) {
        queue.add(pdu);
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }

    void clear() {
        queue.clear();
    }

    /** Takes queued PDUs into the buffer, in their order, up to {@link #MOST} bytes; false when none was queued. */
    boolean gather() {
        gathered.clear();
        length = 0;
        byte[] pdu;
        while (length < MOST && (pdu = queue.poll()) != null) {
            if (buffer.length < length + pdu.length) {
                buffer = Arrays.copyOf(buffer, Math.max(length + pdu.length, Math.min(MOST, 2 * buffer.length + 256)));
            }
            System.arraycopy(pdu, 0, buffer, length, pdu.length);
            length += pdu.length;
            gathered.add(pdu);
        }
        return length > 0;
    }

    /** The PDUs of the last {@link #gather}, in order. */
    List<byte[]> gathered() {
        return gathered;
    }

    /** Writes what was gathered, in one call, under the lock jSMPP's own synchronized writes to {@code out} take. */
    void write(OutputStream out) throws IOException {
        synchronized (out) {
            out.write(buffer, 0, length);
        }
    }
}
