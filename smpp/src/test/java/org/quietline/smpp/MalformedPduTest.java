package org.quietline.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsmpp.bean.BindType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quietline.smpp.text.Gsm7;

/**
 * Fuzzing the PDU decoding path over a raw socket: malformed PDUs get generic_nack or an error status, the
 * session stays up (enquire_link is still answered), and another ESME's traffic goes on meanwhile.
 */
class MalformedPduTest {

    private static final String FROM = "1069012301";
    private static final String TO = "+8613900009999";
    private static Loopback loop;

    @BeforeAll
    static void start() {
        TestSmsc smsc = TestSmsc.start();
        loop = new Loopback(smsc, Loopback.settings(smsc.port), FailurePolicy.always(FailMode.CLOSED));
    }

    @AfterAll
    static void stop() {
        loop.close();
    }

    private static RawEsme bound() throws Exception {
        RawEsme raw = new RawEsme(loop.firewall.port());
        assertThat(raw.bind(Loopback.PLATFORM, Loopback.PASSWORD).status()).isZero();
        return raw;
    }

    private static void assertStillUp(RawEsme raw) throws Exception {
        RawEsme.Pdu pong = raw.exchange(RawEsme.ENQUIRE_LINK, new byte[0]);
        assertThat(pong.commandId()).isEqualTo(0x80000015);
        assertThat(pong.status()).isZero();
    }

    private static byte[] valid() {
        return RawEsme.submitBody(FROM, TO, 0, 0, Gsm7.encode("hello"), new byte[0]);
    }

    @Test
    void aValidSubmitOnTheRawSocketIsAccepted() throws Exception {
        try (RawEsme raw = bound()) {
            assertThat(raw.exchange(RawEsme.SUBMIT_SM, valid()).status()).isZero();
        }
    }

    @Test
    void malformedSubmitsGetTheirStatusesAndTheSessionStaysUp() throws Exception {
        record Case(String name, byte[] body, int status) {
        }
        byte[] ucs2Odd = {0x4F, 0x60, 0x59};
        byte[] loneSurrogate = {(byte) 0xD8, 0x3D, 0x00, 0x41};
        byte[] truncatedUdh = {0x0B, 0x00, 0x03, 0x01};
        byte[] overrunTlv = {0x02, 0x04, 0x00, 0x40, 0x00};
        List<Case> cases = List.of(
                new Case("odd-length UCS-2", RawEsme.submitBody(FROM, TO, 0, 8, ucs2Odd, new byte[0]), StatusTable.UNDECODABLE),
                new Case("lone surrogate", RawEsme.submitBody(FROM, TO, 0, 8, loneSurrogate, new byte[0]), StatusTable.UNDECODABLE),
                new Case("truncated UDH", RawEsme.submitBody(FROM, TO, 0x40, 0, truncatedUdh, new byte[0]), StatusTable.UNDECODABLE),
                new Case("UDHI on an empty message", RawEsme.submitBody(FROM, TO, 0x40, 0, new byte[0], new byte[0]), StatusTable.UNDECODABLE),
                new Case("septet with the high bit", RawEsme.submitBody(FROM, TO, 0, 0, new byte[] {(byte) 0xC8}, new byte[0]), StatusTable.UNDECODABLE),
                new Case("TLV overrunning the PDU", RawEsme.submitBody(FROM, TO, 0, 0, Gsm7.encode("hi"), overrunTlv), -1),
                new Case("sm_length beyond the PDU", Arrays.copyOf(valid(), valid().length - 3), -1),
                new Case("C-string without its NUL", "1069012301".getBytes(StandardCharsets.ISO_8859_1), -1));
        try (RawEsme raw = bound()) {
            for (Case c : cases) {
                RawEsme.Pdu answer = raw.exchange(RawEsme.SUBMIT_SM, c.body());
                assertThat(answer.commandId()).as(c.name()).isIn(0x80000004, RawEsme.GENERIC_NACK);
                if (c.status() >= 0) {
                    assertThat(answer.status()).as(c.name()).isEqualTo(c.status());
                } else {
                    assertThat(answer.status()).as(c.name()).isNotZero();
                }
                assertStillUp(raw);
            }
        }
    }

    @Test
    void anUnknownCommandIsNacked() throws Exception {
        try (RawEsme raw = bound()) {
            RawEsme.Pdu answer = raw.exchange(0x00000099, new byte[] {1, 2, 3});
            assertThat(answer.commandId()).isEqualTo(RawEsme.GENERIC_NACK);
            assertThat(answer.status()).isEqualTo(0x03);
            assertStillUp(raw);
        }
    }

    @Test
    void randomlyMutatedSubmitsAreAllAnsweredWhileAnotherEsmeCarriesOn() throws Exception {
        AtomicInteger othersRefused = new AtomicInteger();
        AtomicInteger othersAccepted = new AtomicInteger();
        Thread other = Thread.ofVirtual().start(() -> {
            try (TestEsme esme = TestEsme.bind(loop.firewall.port(), Loopback.PLATFORM, Loopback.PASSWORD, BindType.BIND_TRX)) {
                for (int i = 0; i < 100; i++) {
                    if (esme.status(FROM, "+8613900001234", TestEsme.gsm(), Gsm7.encode("ok " + i)) == 0) {
                        othersAccepted.incrementAndGet();
                    } else {
                        othersRefused.incrementAndGet();
                    }
                }
            } catch (Exception e) {
                othersRefused.addAndGet(1000);
            }
        });
        SplittableRandom random = new SplittableRandom(2026);
        byte[] valid = RawEsme.submitBody(FROM, TO, 0x40, 8, new byte[] {5, 0, 3, 9, 2, 1, 0x4F, 0x60}, new byte[] {0x02, 0x0C, 0x00, 0x02, 0x00, 0x01});
        try (RawEsme raw = bound()) {
            for (int run = 0; run < 1_000; run++) {
                byte[] body = mutate(valid, random);
                RawEsme.Pdu answer = raw.exchange(RawEsme.SUBMIT_SM, body);
                assertThat(answer.commandId()).as("run %d", run).isIn(0x80000004, RawEsme.GENERIC_NACK);
                if (run % 20 == 0) {
                    assertStillUp(raw);
                }
            }
            assertStillUp(raw);
        }
        other.join();
        assertThat(othersRefused.get()).isZero();
        assertThat(othersAccepted.get()).isEqualTo(100);
    }

    @Test
    void aPduClaimingTwoGigabytesIsNackedAndOnlyItsSessionCloses() throws Exception {
        try (RawEsme raw = bound(); RawEsme bystander = bound()) {
            raw.send(0x7FFF_FFF0, RawEsme.SUBMIT_SM, 99, new byte[0]);
            RawEsme.Pdu nack = raw.readOrEnd().orElseThrow();
            assertThat(nack.commandId()).isEqualTo(RawEsme.GENERIC_NACK);
            assertThat(nack.status()).isEqualTo(0x02);
            assertThat(closesAfterUnbind(raw)).isTrue();
            assertStillUp(bystander);
        }
    }

    @Test
    void aLengthShorterThanAHeaderIsNackedAndOnlyItsSessionCloses() throws Exception {
        try (RawEsme raw = bound(); RawEsme bystander = bound()) {
            raw.send(8, RawEsme.SUBMIT_SM, 98, new byte[0]);
            RawEsme.Pdu nack = raw.readOrEnd().orElseThrow();
            assertThat(nack.commandId()).isEqualTo(RawEsme.GENERIC_NACK);
            assertThat(nack.status()).isEqualTo(0x02);
            assertStillUp(bystander);
        }
    }

    /** Reads until the connection ends; only an unbind may come before. */
    private static boolean closesAfterUnbind(RawEsme raw) throws Exception {
        for (int i = 0; i < 3; i++) {
            var pdu = raw.readOrEnd();
            if (pdu.isEmpty()) {
                return true;
            }
            if (pdu.get().commandId() != 0x00000006) {
                return false;
            }
        }
        return false;
    }

    private static byte[] mutate(byte[] valid, SplittableRandom random) {
        byte[] body = valid.clone();
        switch (random.nextInt(4)) {
            case 0 -> body = Arrays.copyOf(body, random.nextInt(body.length));
            case 1 -> {
                for (int i = 0; i < 1 + random.nextInt(4); i++) {
                    body[random.nextInt(body.length)] = (byte) random.nextInt(256);
                }
            }
            case 2 -> {
                byte[] longer = Arrays.copyOf(body, body.length + 1 + random.nextInt(8));
                for (int i = body.length; i < longer.length; i++) {
                    longer[i] = (byte) random.nextInt(256);
                }
                body = longer;
            }
            default -> body[body.length - 7 - random.nextInt(4)] = (byte) random.nextInt(256);
        }
        return body;
    }
}
