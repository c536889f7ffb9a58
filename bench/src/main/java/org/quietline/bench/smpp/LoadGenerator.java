package org.quietline.bench.smpp;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * An ESME load generator on one raw socket: pipelined submit_sm with a window (closed loop) or at a fixed
 * rate (open loop, latency measured from the scheduled send time, so a stall is not hidden). Bodies are
 * encoded once; only the sequence number changes. Answers deliver_sm with deliver_sm_resp.
 */
final class LoadGenerator implements AutoCloseable {

    /** What one run of one connection saw. */
    static final class Tally {
        final long[] latencies;
        int n;
        long ok;
        long throttled;
        long other;
        /** CPU time of the sending thread during the run. */
        long senderCpuNanos;

        Tally(int capacity) {
            latencies = new long[capacity];
        }

        synchronized void record(long nanos, int status) {
            if (status == 0) {
                ok++;
                if (n < latencies.length) {
                    latencies[n++] = nanos;
                }
            } else if (status == 0x58) {
                throttled++;
            } else {
                other++;
            }
        }
    }

    private static final int MASK = (1 << 16) - 1;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Socket socket;
    private final DataInputStream in;
    private final DataOutputStream out;
    private final List<byte[]> bodies;
    private final long[] sentAt = new long[MASK + 1];
    private final Object writeLock = new Object();
    private final AtomicLong outstanding = new AtomicLong();
    private volatile Tally current = new Tally(0);
    private volatile Semaphore slots = new Semaphore(0);
    private final Thread reader;
    private int sequence = 1;
    private long cursor;

    /** Binds; submits will go through {@code bodies} in turn, from {@code start} on. */
    LoadGenerator(int port, String systemId, String password, List<byte[]> bodies, long start) throws IOException {
        this.bodies = bodies;
        this.cursor = start;
        socket = new Socket("127.0.0.1", port);
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(30_000);
        in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 1 << 16));
        out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream(), 1 << 16));
        ByteArrayOutputStream bind = new ByteArrayOutputStream();
        cstring(bind, systemId);
        cstring(bind, password);
        cstring(bind, "");
        bind.writeBytes(new byte[] {0x34, 0, 0, 0});
        send(0x00000009, 1, bind.toByteArray());
        int length = in.readInt();
        in.readInt();
        int status = in.readInt();
        in.readInt();
        in.readNBytes(length - 16);
        if (status != 0) {
            throw new IOException("bind refused: 0x" + Integer.toHexString(status));
        }
        reader = Thread.ofPlatform().daemon().name("load-reader-" + port).start(this::read);
    }

    /** CPU time the thread reading the responses has used so far. */
    long readerCpuNanos() {
        return THREADS.getThreadCpuTime(reader.threadId());
    }

    /** Where the next submit starts in the bodies (runs and generators continue where the last stopped). */
    long cursor() {
        return cursor;
    }

    /** Closed loop for {@code nanos}: at most {@code window} unanswered. */
    Tally closedLoop(long nanos, int window) throws InterruptedException {
        return run(nanos, window, 0);
    }

    /** Open loop for {@code nanos} at {@code rate} submits a second. */
    Tally openLoop(long nanos, int rate) throws InterruptedException {
        return run(nanos, 50_000, rate);
    }

    private Tally run(long nanos, int window, int rate) throws InterruptedException {
        // latencies are kept at a fixed rate only: at saturation the counts are what is measured, and arrays
        // of millions of latencies would be garbage the proxy's collector has to deal with
        Tally tally = new Tally(rate > 0 ? (int) Math.min(2_000_000, rate * (nanos / 1_000_000_000L + 1)) : 0);
        Semaphore slots = new Semaphore(window);
        this.slots = slots;
        this.current = tally;
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long end = System.nanoTime() + nanos;
        long interval = rate > 0 ? 1_000_000_000L / rate : 0;
        long next = System.nanoTime();
        while (System.nanoTime() < end) {
            if (rate > 0) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
            slots.acquire();
            outstanding.incrementAndGet();
            int seq = nextSequence();
            sentAt[seq & MASK] = rate > 0 ? next : System.nanoTime();
            try {
                send(0x00000004, seq, bodies.get((int) (cursor++ % bodies.size())));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            next += interval;
        }
        tally.senderCpuNanos = THREADS.getCurrentThreadCpuTime() - cpuStart;
        long drain = System.nanoTime() + 10_000_000_000L;
        while (outstanding.get() > 0 && System.nanoTime() < drain) {
            Thread.sleep(5);
        }
        return tally;
    }

    private void read() {
        try {
            while (true) {
                int length = in.readInt();
                int id = in.readInt();
                int status = in.readInt();
                int seq = in.readInt();
                in.readNBytes(length - 16);
                long now = System.nanoTime();
                if (id == 0x80000004) {
                    current.record(now - sentAt[seq & MASK], status);
                    outstanding.decrementAndGet();
                    slots.release();
                } else if ((id & 0x80000000) == 0) {
                    send(id | 0x80000000, seq, id == 0x00000005 ? new byte[] {0} : new byte[0]);
                }
            }
        } catch (IOException e) {
            // the run is over or the peer went away; what was counted stands
        }
    }

    private int nextSequence() {
        synchronized (writeLock) {
            sequence = sequence == Integer.MAX_VALUE ? 2 : sequence + 1;
            return sequence;
        }
    }

    private void send(int id, int seq, byte[] body) throws IOException {
        synchronized (writeLock) {
            out.writeInt(16 + body.length);
            out.writeInt(id);
            out.writeInt(0);
            out.writeInt(seq);
            out.write(body);
            out.flush();
        }
    }

    /** A submit_sm body in UCS-2, no receipt requested. */
    static byte[] submitBody(String from, String to, String text) {
        byte[] message = text.getBytes(StandardCharsets.UTF_16BE);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        cstring(b, "");
        b.writeBytes(new byte[] {0, 0});
        cstring(b, from);
        b.writeBytes(new byte[] {1, 1});
        cstring(b, to);
        b.writeBytes(new byte[] {0, 0, 0});
        cstring(b, "");
        cstring(b, "");
        b.writeBytes(new byte[] {0, 0, 8, 0, (byte) message.length});
        b.writeBytes(message);
        return b.toByteArray();
    }

    private static void cstring(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
        out.write(0);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
