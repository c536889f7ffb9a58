package org.quietline.screening.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quietline.classify.LinearClassifier;
import org.quietline.consent.Change;
import org.quietline.consent.ConsentCheck;
import org.quietline.consent.ConsentRegister;
import org.quietline.consent.Deliveries;
import org.quietline.consent.InMemoryConsentLedger;
import org.quietline.consent.MerchantId;
import org.quietline.consent.MerchantOf;
import org.quietline.consent.OwnMessages;
import org.quietline.consent.Party;
import org.quietline.consent.Scope;
import org.quietline.consent.Source;
import org.quietline.merchant.InMemoryMerchantRegistry;
import org.quietline.merchant.Merchant;
import org.quietline.number.PhoneNumber;
import org.quietline.number.Sender;
import org.quietline.screening.Reason;
import org.quietline.screening.ScreeningEngine;
import org.quietline.screening.Sms;
import org.quietline.screening.Verdict;
import org.quietline.screening.Yaml;

/**
 * Pins every verdict, reason, evidence and order of reasons of the shipped engine (shipped policy and
 * classifier, the consent check, a merchant registry) on 2,000 messages from a seeded generator: codes, notices
 * and marketing, signed and not, from ports, short codes, mobiles and IDs, to subscribers who consented,
 * refused or said nothing, over four days (quiet hours, caps). It guards work on how screening computes, which
 * must not change what it decides: {@code pinned-verdicts.txt} is what the engine gave before.
 *
 * <p>A change that means to change verdicts (the policy, the model, a check) writes the file anew with
 * {@code -Dquietline.pinned.write=true} (the run writes and checks nothing) and shows the difference in its commit.
 */
class PinnedVerdictsTest {

    private static final String FILE = "pinned-verdicts.txt";
    private static final Instant T0 = Instant.parse("2026-11-11T00:00:00Z");
    private static final List<String> BRANDS = List.of("优选商城", "好物集市", "招商银行", "某某");
    private static final List<String> BODIES = List.of(
            "您的验证码是 %06d，5分钟内有效，请勿告诉他人。", "您的订单 %06d 已发货，请注意查收。",
            "会员日全场8折，券码 %06d，回T退订", "双十一狂欢，全场5折，拒收请回复R", "您的账户存在风险，请登录 http://icbc-cn.com.xx/%d 验证",
            "点击 t.cn/A%d 领取红包", "回复1取消预订 %d", "Your code is %06d", "会员专享 %d 元优惠券，回ＴＤ退订", "明天下午见 %d",
            "您已成功退订流量包 %d", "动态密码 %06d", "Reply STOP to opt out. Sale %d%%");
    private static final List<String> SENDERS = List.of("106901234500", "106901234517", "1065502088", "95588",
            "+86 138 1234 5678", "Quietline", "1069055512");

    @Test
    void theVerdictsAreThoseOfBefore() throws IOException {
        List<String> lines = verdicts();
        if (Boolean.getBoolean("quietline.pinned.write")) {
            Path out = Path.of("src/test/resources", FILE);
            Files.write(out, lines, StandardCharsets.UTF_8);
            return;
        }
        List<String> pinned;
        try (InputStream in = PinnedVerdictsTest.class.getResourceAsStream("/" + FILE)) {
            assertThat(in).as(FILE).isNotNull();
            pinned = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertThat(lines).hasSameSizeAs(pinned);
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i)).as("verdict %d", i).isEqualTo(pinned.get(i));
        }
    }

    private static List<String> verdicts() {
        InMemoryMerchantRegistry registry = new InMemoryMerchantRegistry()
                .add(Merchant.of("m-17", "优选商城有限公司", "优选商城"))
                .route("m-17", Sender.parse("10690555"));
        List<PhoneNumber> recipients = new ArrayList<>();
        for (int r = 0; r < 12; r++) {
            recipients.add(PhoneNumber.parse("1391234" + String.format("%04d", 1000 + r)));
        }
        ConsentRegister register = new ConsentRegister(new InMemoryConsentLedger());
        for (int r = 0; r < 4; r++) {
            for (String brand : BRANDS) {
                register.record(recipients.get(r), T0.minusSeconds(86_400), Change.given(new MerchantId(brand),
                        Scope.MARKETING, Source.SIGNUP, "sign-up"));
            }
        }
        register.record(recipients.get(4), T0.minusSeconds(86_400), Change.given(new MerchantId("m-17"),
                Scope.MARKETING, Source.SIGNUP, "sign-up"));
        register.record(recipients.get(5), T0.minusSeconds(3600), Change.withdrawn(new Party.Merchant(new MerchantId("好物集市")),
                Source.REPLY, "回T"));
        register.record(recipients.get(6), T0.minusSeconds(3600), Change.withdrawn(new Party.Everyone(), Source.REPLY, "免打扰"));
        ScreeningEngine engine = ShippedScreening.builder(Yaml.shipped(), LinearClassifier.shipped())
                .merchants(registry).ticker(() -> 0)
                .check(new ConsentCheck(register, MerchantOf.byRegistry(registry), new OwnMessages(), Deliveries.ignored()))
                .build();

        SplittableRandom random = new SplittableRandom(20261111);
        List<String> lines = new ArrayList<>();
        Instant at = T0;
        for (int i = 0; i < 2000; i++) {
            // a burst first (a mobile number sending in bulk), then hours apart (quiet hours, caps over days)
            at = at.plusSeconds(random.nextInt(i < 400 ? 3 : 400));
            Sms sms = new Sms(Sender.parse(SENDERS.get(random.nextInt(SENDERS.size()))),
                    recipients.get(random.nextInt(recipients.size())), text(random), at);
            Verdict v = random.nextInt(10) == 0 ? engine.preview(sms) : engine.screen(sms);
            lines.add(i + " " + line(v));
        }
        return lines;
    }

    private static String text(SplittableRandom random) {
        String body = String.format(BODIES.get(random.nextInt(BODIES.size())), random.nextInt(1_000_000));
        String brand = BRANDS.get(random.nextInt(BRANDS.size()));
        return switch (random.nextInt(4)) {
            case 0 -> "【" + brand + "】" + body;
            case 1 -> body + "【" + brand + "】";
            case 2 -> " [" + brand + "] " + body;
            default -> body;
        };
    }

    private static String line(Verdict v) {
        StringBuilder b = new StringBuilder().append(v.action()).append(' ').append(v.score())
                .append(" forced=").append(v.forcedBy().map(Reason::signal).orElse("-"))
                .append(" label=").append(v.label().orElse("-"));
        for (Reason r : v.reasons()) {
            b.append(" | ").append(r.signal()).append(' ').append(r.group()).append(' ').append(r.contribution())
                    .append(' ').append(r.evidence());
        }
        return b.toString();
    }
}
