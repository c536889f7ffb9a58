package org.quietline.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.SubmitSm;
import org.junit.jupiter.api.Test;
import org.quietline.smpp.text.Gsm7;

/** Forwarding without waiting threads (ADR 0070): long messages keep their order, silence from the SMSC is an error. */
class ForwardingTest {

    @Test
    void thePartsOfALongMessageReachTheSmscInOrderEvenWhenTheyOutnumberTheWindow() throws Exception {
        TestSmsc smsc = TestSmsc.start();
        FirewallSettings settings = Loopback.settings(smsc.port);
        settings = FirewallSettings.of(0, settings.smsc().withLinks(1, 2)).withBindAddress("127.0.0.1");
        String text = "【某店】" + "您的订单已发货，请注意查收。".repeat(20);
        List<byte[]> parts = FirewallLoopbackTest.udhParts(text.getBytes(StandardCharsets.UTF_16BE), 0x33, 120);
        assertThat(parts).hasSizeGreaterThan(4);
        try (Loopback loop = new Loopback(smsc, settings, FailurePolicy.always(FailMode.CLOSED));
             TestEsme esme = TestEsme.bind(loop.firewall.port(), Loopback.PLATFORM, Loopback.PASSWORD, BindType.BIND_TRX)) {
            for (byte[] part : parts) {
                esme.submit("1069012301", "+8613900007777", TestEsme.ucs2(), part, false, (byte) 0x40);
            }
            Loopback.await(() -> received(smsc, "+8613900007777").size() == parts.size(), "every part reaches the SMSC");
        }
        List<Integer> order = received(smsc, "+8613900007777").stream().map(sm -> sm.getShortMessage()[5] & 0xFF).toList();
        assertThat(order).isSorted().doesNotHaveDuplicates().hasSize(parts.size());
    }

    @Test
    void anSmscThatDoesNotAnswerInTimeGetsTheEsmeARetryableSystemError() throws Exception {
        TestSmsc smsc = TestSmsc.start();
        SmscSettings upstream = Loopback.settings(smsc.port).smsc()
                .withTimings(Duration.ofMillis(20), Duration.ofMillis(300), Duration.ofMillis(50), Duration.ofMillis(400));
        try (Loopback loop = new Loopback(smsc, FirewallSettings.of(0, upstream).withBindAddress("127.0.0.1"),
                FailurePolicy.always(FailMode.CLOSED));
             TestEsme esme = TestEsme.bind(loop.firewall.port(), Loopback.PLATFORM, Loopback.PASSWORD, BindType.BIND_TRX)) {
            // the SMSC takes it, but answers long after the firewall's response timeout: the ESME learns
            // ESME_RSYSERR (maybe taken), never ESME_ROK late nor ESME_RTHROTTLED (which promises it was not)
            smsc.delayMillis.set(1_500);
            assertThat(esme.status("1069012301", "+8613900008888", TestEsme.gsm(), Gsm7.encode("slow")))
                    .isEqualTo(StatusTable.SYSTEM_ERROR);
            smsc.delayMillis.set(0);
            assertThat(esme.status("1069012301", "+8613900008888", TestEsme.gsm(), Gsm7.encode("quick"))).isZero();
        }
    }

    private static List<SubmitSm> received(TestSmsc smsc, String to) {
        return smsc.accepted.stream().filter(sm -> to.equals(sm.getDestAddress())).toList();
    }
}
