package org.quietline.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** PDUs handed to an outbox from many threads reach the socket whole, each once, in each thread's order. */
class OutboxTest {

    private static final int THREADS = 8;
    private static final int EACH = 2_000;

    /** A PDU of 16 to 80 bytes whose sequence number says who sent it and its place: thread * EACH + i. */
    private static byte[] pdu(int thread, int i) {
        int length = 16 + (i % 65);
        byte[] pdu = new byte[length];
        ByteBuffer.wrap(pdu).putInt(length).putInt(0x80000004).putInt(0).putInt(thread * EACH + i);
        return pdu;
    }

    @Test
    void everyPduArrivesWholeAndOnceInTheOrderEachThreadSentIt() throws Exception {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        Outbox outbox = new Outbox(wire);
        List<Thread> senders = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            senders.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < EACH; i++) {
                    outbox.send(pdu(thread, i));
                }
            }));
        }
        for (Thread t : senders) {
            t.join();
        }
        Loopback.await(() -> count(wire) == THREADS * EACH, "the outbox writes everything");

        ByteBuffer bytes;
        synchronized (wire) {
            bytes = ByteBuffer.wrap(wire.toByteArray());
        }
        Map<Integer, Integer> nextOfThread = new HashMap<>();
        while (bytes.hasRemaining()) {
            int start = bytes.position();
            int length = bytes.getInt();
            bytes.getInt();
            bytes.getInt();
            int seq = bytes.getInt();
            int thread = seq / EACH;
            assertThat(seq % EACH).as("thread %d's order", thread).isEqualTo(nextOfThread.getOrDefault(thread, 0));
            assertThat(length).isEqualTo(16 + (seq % EACH) % 65);
            nextOfThread.put(thread, seq % EACH + 1);
            bytes.position(start + length);
        }
        assertThat(nextOfThread).hasSize(THREADS).allSatisfy((thread, next) -> assertThat(next).isEqualTo(EACH));
    }

    @Test
    void afterAFailedWriteItDropsWhatItIsGivenWithoutThrowing() {
        AtomicInteger writes = new AtomicInteger();
        Outbox outbox = new Outbox(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                writes.incrementAndGet();
                throw new IOException("the ESME went away");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                write(0);
            }
        });
        outbox.send(pdu(0, 0));
        Loopback.await(() -> writes.get() == 1, "the first write is tried");
        for (int i = 1; i < 100; i++) {
            outbox.send(pdu(0, i));
        }
        assertThat(writes.get()).isEqualTo(1);
    }

    /** PDUs written so far (whole ones). */
    private static int count(ByteArrayOutputStream wire) {
        byte[] bytes;
        synchronized (wire) {
            bytes = wire.toByteArray();
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int n = 0;
        while (b.remaining() >= 4) {
            int length = b.getInt(b.position());
            if (b.remaining() < length) {
                break;
            }
            b.position(b.position() + length);
            n++;
        }
        return n;
    }
}
