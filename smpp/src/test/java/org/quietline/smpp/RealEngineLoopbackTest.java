package org.quietline.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jsmpp.bean.BindType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quietline.classify.Category;
import org.quietline.classify.Classification;
import org.quietline.classify.Classifier;
import org.quietline.consent.Change;
import org.quietline.consent.ConsentCheck;
import org.quietline.consent.MerchantId;
import org.quietline.consent.Scope;
import org.quietline.consent.Source;
import org.quietline.number.PhoneNumber;
import org.quietline.consent.ConsentRegister;
import org.quietline.consent.InMemoryConsentLedger;
import org.quietline.consent.MerchantOf;
import org.quietline.consent.OwnMessages;
import org.quietline.number.Sender;
import org.quietline.optout.InMemoryRecentSenders;
import org.quietline.optout.Mo;
import org.quietline.optout.OptOutDesk;
import org.quietline.optout.OptOutSettings;
import org.quietline.screening.Policy;
import org.quietline.screening.ScreeningEngine;
import org.quietline.screening.Sms;
import org.quietline.screening.shipped.ShippedScreening;
import org.quietline.smpp.platform.InMemoryPlatformRegistry;
import org.quietline.smpp.platform.PasswordHash;
import org.quietline.smpp.platform.Platform;
import org.quietline.smpp.platform.SenderGrant;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The firewall with the real engine (shipped policy and checks, the consent check) and the real opt-out desk:
 * a subscriber's "TD" over SMPP blocks the merchant's next marketing, a verification code still goes out.
 * The classifier is a stand-in (marker words): the firewall does not classify, the engine does.
 */
class RealEngineLoopbackTest {

    private static final String PORT = "1069055501";
    private static final String SUBSCRIBER = "+8613955556666";
    private static TestSmsc smsc;
    private static Firewall firewall;
    private static final List<Sms> confirmations = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        ConsentRegister register = new ConsentRegister(new InMemoryConsentLedger());
        OwnMessages own = new OwnMessages();
        // she joined the mall's membership and agreed to its marketing
        register.record(PhoneNumber.parse(SUBSCRIBER), Instant.parse("2026-10-01T00:00:00Z"),
                Change.given(new MerchantId("某商城"), Scope.MARKETING, Source.SIGNUP, "membership sign-up"));
        Classifier markers = text -> text.contains("验证码") ? new Classification(Category.VERIFICATION_CODE, 0.95, 0.02)
                : text.contains("折") ? new Classification(Category.MARKETING, 0.9, 0.7)
                : new Classification(Category.NOTIFICATION, 0.8, 0.1);
        Policy policy = Policy.from(new Yaml(new SafeConstructor(new LoaderOptions())).load(Policy.openShipped()));
        InMemoryRecentSenders recent = new InMemoryRecentSenders();
        ScreeningEngine witnessed = ShippedScreening.builder(policy, markers)
                .check(new ConsentCheck(register, MerchantOf.bySignature(), own, recent)).build();
        // the clock runs, but at 10:00 in Shanghai: on the system clock the marketing was DEFERred (quiet
        // hours) whenever the test ran between 21:00 and 08:00 there
        InstantSource daytime = InstantSource.offset(InstantSource.system(),
                Duration.between(Instant.now(), Instant.parse("2026-11-11T02:00:00Z")));
        OptOutDesk desk = new OptOutDesk(register, recent, confirmations::add, own, daytime,
                OptOutSettings.DEFAULTS);
        SubscriberReplies replies = r -> desk.receive(new Mo(r.subscriber(), r.to(), r.text(), r.at()));

        InMemoryPlatformRegistry platforms = new InMemoryPlatformRegistry().put(new Platform("mall", PasswordHash.of("pw"),
                1_000, List.of(new SenderGrant("某商城", Sender.parse(PORT))), false));
        smsc = TestSmsc.start();
        firewall = Firewall.start(Loopback.settings(smsc.port), new Firewall.Parts(platforms, witnessed,
                FailurePolicy.defaults(witnessed), replies, VerdictLog.ignored(), new SimpleMeterRegistry(), daytime));
        Loopback.await(firewall::smscBound, "the firewall binds to the SMSC");
    }

    @AfterAll
    static void stop() {
        firewall.close();
    }

    private static byte[] ucs2(String s) {
        return s.getBytes(StandardCharsets.UTF_16BE);
    }

    @Test
    void aTdOverSmppBlocksTheMerchantsNextMarketingButNotItsCodes() throws Exception {
        String subscriber = SUBSCRIBER;
        try (TestEsme esme = TestEsme.bind(firewall.port(), "mall", "pw", BindType.BIND_TRX)) {
            assertThat(esme.status(PORT, subscriber, TestEsme.ucs2(), ucs2("【某商城】双11全场5折，回T退订"))).isZero();

            smsc.reply("8613955556666", PORT, "TD");
            Loopback.await(() -> !esme.delivered.isEmpty(), "the reply reaches the platform too");

            assertThat(esme.status(PORT, subscriber, TestEsme.ucs2(), ucs2("【某商城】最后一天，全场5折，回T退订")))
                    .isEqualTo(StatusTable.OPTED_OUT);
            assertThat(esme.status(PORT, subscriber, TestEsme.ucs2(), ucs2("【某商城】您的验证码是 396021，5分钟内有效")))
                    .isZero();
        }
        assertThat(confirmations).hasSize(1);
    }
}
