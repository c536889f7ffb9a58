package org.quietline.smpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.extra.NegativeResponseException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quietline.smpp.text.Gsm7;

/** The firewall between jSMPP's SMSC simulator and jSMPP clients, on loopback. */
class FirewallLoopbackTest {

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

    private static TestEsme esme() throws Exception {
        return TestEsme.bind(loop.firewall.port(), Loopback.PLATFORM, Loopback.PASSWORD, BindType.BIND_TRX);
    }

    private static byte[] ucs2(String s) {
        return s.getBytes(StandardCharsets.UTF_16BE);
    }

    private static int smscGot(String text) {
        return (int) loop.smsc.accepted.stream()
                .filter(sm -> new String(sm.getShortMessage(), StandardCharsets.UTF_16BE).contains(text)).count();
    }

    @Test
    void aWrongPasswordIsRefusedAtBind() {
        assertThatThrownBy(() -> TestEsme.bind(loop.firewall.port(), Loopback.PLATFORM, "wrong", BindType.BIND_TX))
                .hasRootCauseInstanceOf(NegativeResponseException.class)
                .rootCause().extracting(e -> ((NegativeResponseException) e).getCommandStatus()).isEqualTo(0x0E);
    }

    @Test
    void anUnknownSystemIdGetsTheSameRefusal() {
        assertThatThrownBy(() -> TestEsme.bind(loop.firewall.port(), "nobody", Loopback.PASSWORD, BindType.BIND_RX))
                .rootCause().extracting(e -> ((NegativeResponseException) e).getCommandStatus()).isEqualTo(0x0E);
    }

    @Test
    void transmitterReceiverAndTransceiverBindsAreAccepted() throws Exception {
        for (BindType type : List.of(BindType.BIND_TX, BindType.BIND_RX, BindType.BIND_TRX)) {
            try (TestEsme esme = TestEsme.bind(loop.firewall.port(), Loopback.PLATFORM, Loopback.PASSWORD, type)) {
                assertThat(esme.session.getSessionState().isBound()).as(type.name()).isTrue();
            }
        }
    }

    @Test
    void aVerificationCodeIsForwarded() throws Exception {
        try (TestEsme esme = esme()) {
            String id = esme.submit("1069012301", "+8613900001111", TestEsme.ucs2(),
                    ucs2("【某银行】您的验证码是 482913，5分钟内有效。"), false, (byte) 0);
            assertThat(id).hasSize(16);
            assertThat(smscGot("验证码是 482913")).isEqualTo(1);
        }
    }

    @Test
    void marketingIsRefusedAfterTheSubscriberRepliedTd() throws Exception {
        String subscriber = "+8613911112222";
        try (TestEsme esme = esme()) {
            esme.submit("1069012301", subscriber, TestEsme.ucs2(), ucs2("【某店】您的订单已发货"), false, (byte) 0);
            loop.smsc.reply("8613911112222", "1069012301", "TD");
            Loopback.await(() -> !esme.delivered.isEmpty(), "the reply reaches the platform");

            assertThat(loop.screener.replies).anySatisfy(r -> assertThat(r.text()).isEqualTo("TD"));
            assertThat(esme.status("1069012301", subscriber, TestEsme.ucs2(), ucs2("【某店】双11大促，全场5折")))
                    .isEqualTo(StatusTable.OPTED_OUT);
            assertThat(esme.status("1069012301", subscriber, TestEsme.ucs2(), ucs2("【某店】您的验证码是 1234")))
                    .isZero();
        }
    }

    @Test
    void fraudIsRefusedWithItsOwnStatus() throws Exception {
        try (TestEsme esme = esme()) {
            assertThat(esme.status("1069012301", "+8613900002222", TestEsme.gsm(), Gsm7.encode("FRAUD click here")))
                    .isEqualTo(StatusTable.FRAUD);
        }
    }

    @Test
    void aLongUcs2MessageIsScreenedWholeAndForwardedInAllItsParts() throws Exception {
        String text = "【某店】" + "尊敬的会员，您的订单已发货，请注意查收。".repeat(8);
        List<byte[]> parts = udhParts(ucs2(text), 0x5A, 134);
        try (TestEsme esme = esme()) {
            for (byte[] part : parts) {
                esme.submit("1069012301", "+8613900003333", TestEsme.ucs2(), part, false, (byte) 0x40);
            }
        }
        assertThat(loop.screener.screened).contains(text);
        assertThat(loop.smsc.accepted.stream().filter(sm -> sm.getDestAddress().equals("+8613900003333"))).hasSize(parts.size());
    }

    @Test
    void aLongFraudMessageIsRefusedInAllItsParts() throws Exception {
        String text = "FRAUD " + "x".repeat(300);
        byte[] all = Gsm7.encode(text);
        try (TestEsme esme = esme()) {
            int last = 0;
            for (int i = 0; i < 3; i++) {
                byte[] body = java.util.Arrays.copyOfRange(all, i * 153, Math.min(all.length, (i + 1) * 153));
                OptionalParameter[] sar = {new OptionalParameter.Sar_msg_ref_num((short) 0x1234),
                        new OptionalParameter.Sar_total_segments((byte) 3), new OptionalParameter.Sar_segment_seqnum((byte) (i + 1))};
                try {
                    esme.submit("1069012301", "+8613900004444", TestEsme.gsm(), body, false, (byte) 0, sar);
                } catch (NegativeResponseException e) {
                    last = e.getCommandStatus();
                }
            }
            assertThat(last).isEqualTo(StatusTable.FRAUD);
        }
        assertThat(loop.screener.screened).contains(text);
        assertThat(loop.smsc.accepted.stream().filter(sm -> sm.getDestAddress().equals("+8613900004444"))).isEmpty();
    }

    @Test
    void aReceiptComesBackWithTheIdTheEsmeWasGiven() throws Exception {
        try (TestEsme esme = esme()) {
            String id = esme.submit("1069012301", "+8613900005555", TestEsme.gsm(), Gsm7.encode("Your parcel is out"),
                    true, (byte) 0);
            Loopback.await(() -> esme.delivered.stream().anyMatch(DeliverSm::isSmscDeliveryReceipt), "a receipt arrives");
            DeliverSm receipt = esme.delivered.stream().filter(DeliverSm::isSmscDeliveryReceipt).findFirst().orElseThrow();
            assertThat(receipt.getShortMessageAsDeliveryReceipt().getId()).isEqualTo(id);
        }
    }

    @Test
    void badAddressesAreRefusedWithTheirStatuses() throws Exception {
        try (TestEsme esme = esme()) {
            assertThat(esme.status("1069012301", "123", TestEsme.gsm(), Gsm7.encode("hi"))).isEqualTo(StatusTable.BAD_DESTINATION);
            assertThat(esme.status("1065999999", "+8613900006666", TestEsme.gsm(), Gsm7.encode("hi")))
                    .isEqualTo(StatusTable.BAD_SOURCE);
        }
    }

    @Test
    void whenScreeningFailsAndTheModeIsClosedTheMessageIsRefusedRetryably() throws Exception {
        try (TestEsme esme = esme()) {
            assertThat(esme.status("1069012301", "+8613900007777", TestEsme.gsm(), Gsm7.encode("THROW")))
                    .isEqualTo(StatusTable.SYSTEM_ERROR);
        }
    }

    @Test
    void undecodableUcs2IsRefused() throws Exception {
        try (TestEsme esme = esme()) {
            assertThat(esme.status("1069012301", "+8613900008888", TestEsme.ucs2(), new byte[] {0x4F, 0x60, 0x59}))
                    .isEqualTo(StatusTable.UNDECODABLE);
        }
    }

    @Test
    void quietlinesOwnConfirmationGoesToTheSmscInParts() {
        String text = "【Quietline】您已退订某某商城的营销短信，此后不会再收到。如有疑问请回复 HELP。" + "本短信免费。".repeat(8);
        List<String> ids = loop.firewall.send(new org.quietline.screening.Sms(org.quietline.number.Sender.parse("10690123"),
                org.quietline.number.PhoneNumber.parse("+8613900009876"), text, java.time.Instant.now()));
        assertThat(ids).hasSize(2);
        var parts = loop.smsc.accepted.stream().filter(sm -> sm.getDestAddress().equals("+8613900009876")).toList();
        assertThat(parts).hasSize(2);
        StringBuilder joined = new StringBuilder();
        for (var part : parts) {
            byte[] m = part.getShortMessage();
            joined.append(new String(m, 6, m.length - 6, StandardCharsets.UTF_16BE));
        }
        assertThat(joined.toString()).isEqualTo(text);
    }

    /** Splits {@code octets} into parts with an 8-bit concatenation header. */
    static List<byte[]> udhParts(byte[] octets, int reference, int size) {
        int total = (octets.length + size - 1) / size;
        List<byte[]> parts = new java.util.ArrayList<>();
        for (int i = 0; i < total; i++) {
            ByteArrayOutputStream part = new ByteArrayOutputStream();
            part.writeBytes(new byte[] {5, 0, 3, (byte) reference, (byte) total, (byte) (i + 1)});
            part.write(octets, i * size, Math.min(size, octets.length - i * size));
            parts.add(part.toByteArray());
        }
        return parts;
    }
}
