package org.quietline.server.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quietline.server.QuietlineApplication;
import org.quietline.server.audit.ScreeningAudit;
import org.quietline.smpp.Firewall;
import org.quietline.smpp.LoopbackSmsc;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code quietline serve} with QUIETLINE_SMPP_PORT set: the firewall listens beside HTTP, lets the bootstrap
 * ESME bind, relays to the SMSC with the platform's engine, audits the verdict (channel smpp) and counts it.
 */
@SpringBootTest(classes = QuietlineApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:smpp-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "quietline.privacy.pseudonym-key=test-pseudonym-key-0123456789abcdef",
            "quietline.smpp.smsc-system-id=carrier",
            "quietline.smpp.smsc-password=secret",
            "quietline.smpp.bootstrap-esme=esme:esmepw"
        })
class SmppServeTest {

    private static final LoopbackSmsc SMSC = start();

    @Autowired
    Firewall firewall;
    @Autowired
    MeterRegistry meters;
    @Autowired
    ScreeningAudit audit;

    private static LoopbackSmsc start() {
        try {
            return LoopbackSmsc.start("carrier", "secret");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void smpp(DynamicPropertyRegistry registry) {
        registry.add("quietline.smpp.port", () -> Integer.toString(freePort()));
        registry.add("quietline.smpp.smsc", () -> "127.0.0.1:" + SMSC.port());
        registry.add("quietline.smpp.message-id-journal", () -> temporaryDirectory().toString());
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("quietline-smpp-ids");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        SMSC.close();
    }

    private static int freePort() {
        try (var s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitBound() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!firewall.smscBound() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void aTdOverSmppIsConfirmedToTheSubscriberThroughTheSmsc() throws Exception {
        awaitBound();
        SMPPSession esme = new SMPPSession();
        try {
            esme.connectAndBind("127.0.0.1", firewall.port(), new BindParameter(BindType.BIND_TRX, "esme", "esmepw", "",
                    TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null));
            try {
                esme.submitShortMessage("", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, "106905550123",
                        TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "+8613977776666", new ESMClass(), (byte) 0,
                        (byte) 1, null, null, new RegisteredDelivery(0), (byte) 0, DataCodings.newInstance((byte) 8),
                        (byte) 0, "【某某商城】双11全场5折，回T退订".getBytes(StandardCharsets.UTF_16BE));
            } catch (org.jsmpp.extra.NegativeResponseException refusedAsMarketing) {
                // whether the marketing went out does not matter here: the reply does
            }
            long before = SMSC.accepted().stream().filter("+8613977776666"::equals).count();
            SMSC.reply("8613977776666", "106905550123", "TD");
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (SMSC.accepted().stream().filter("+8613977776666"::equals).count() == before
                    && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(SMSC.accepted().stream().filter("+8613977776666"::equals).count())
                    .as("the opt-out confirmation reached the SMSC").isGreaterThan(before);
        } finally {
            esme.unbindAndClose();
        }
    }

    @Test
    void theBootstrapEsmeSendsAVerificationCodeThroughTheFirewall() throws Exception {
        awaitBound();
        SMPPSession esme = new SMPPSession();
        try {
            esme.connectAndBind("127.0.0.1", firewall.port(), new BindParameter(BindType.BIND_TRX, "esme", "esmepw", "",
                    TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null));
            String id = esme.submitShortMessage("", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, "1069012345",
                    TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "+8613912345678", new ESMClass(), (byte) 0,
                    (byte) 1, null, null, new RegisteredDelivery(0), (byte) 0, DataCodings.newInstance((byte) 8), (byte) 0,
                    "【招商银行】您的验证码是 482913，5分钟内有效。".getBytes(StandardCharsets.UTF_16BE)).getMessageId();
            assertThat(id).isNotBlank();
        } finally {
            esme.unbindAndClose();
        }
        assertThat(SMSC.accepted()).contains("+8613912345678");
        assertThat(meters.get("quietline.smpp.submits").tag("platform", "esme").counter().count()).isPositive();
        // the verdict log writes in batches, off the submit path: within a fraction of a second
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (audit.latest(10).stream().noneMatch(s -> s.channel().equals("smpp")) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(audit.latest(10)).anySatisfy(s -> {
            assertThat(s.channel()).isEqualTo("smpp");
            assertThat(s.clientId()).isEqualTo("esme");
            assertThat(s.recipientMasked()).isEqualTo("139****5678");
        });
    }
}
