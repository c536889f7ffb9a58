package org.quietline.screening.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quietline.classify.Category;
import org.quietline.classify.Classification;
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
 * Bad and odd input through the whole shipped engine, from a seeded generator: empty texts, 10 kB texts,
 * emoji and mixed scripts, lone surrogates, every sender kind, any classification. No check may fail,
 * and no evidence may hold the text or the recipient's whole number.
 */
class RobustnessTest {

    private static final List<String> PIECES = List.of("", "【某某商城】", "回T退订", "验证码 482913", "http://", "https://",
            "t.cn/", "icbc-cn.com.xx", "ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ", "😀🎉", "\uD83D", "xn--", "аpple.com", ".", "..", "-",
            "1.2.3.4/", "13912345678", "Reply STOP", "\u3000", "\n", "【", "】", "[x]", "〖品牌〗", "\u0000", "é", "ß", "ﬁ",
            "مرحبا", "שלום", "🇨🇳", "a.b.c.d.e.f.com", "paypa1", "www.", ":", "/", "?");
    private static final List<String> SENDERS = List.of("10690123456789", "95588", "Quietline", "+86 138 1234 5678",
            "+44 7911 123456", "106", "1065502088");

    @Test
    void anyInputGetsAVerdictWithoutAFailedCheckOrALeak() {
        SplittableRandom random = new SplittableRandom(20261111);
        InMemoryMerchantRegistry registry = new InMemoryMerchantRegistry()
                .add(Merchant.of("shop", "某某电商", "某某商城"))
                .route("shop", Sender.parse("10690123"));
        ScreeningEngine engine = ShippedScreening.builder(Yaml.shipped(), text -> classification(text, random))
                .merchants(registry).ticker(() -> 0).build();
        PhoneNumber recipient = PhoneNumber.parse("13987654321");

        for (int i = 0; i < 3000; i++) {
            String text = text(random, i);
            Sms sms = new Sms(Sender.parse(SENDERS.get(random.nextInt(SENDERS.size()))), recipient, text,
                    Instant.parse("2026-11-11T00:00:00Z").plusSeconds(random.nextInt(86_400 * 3)));

            Verdict v = engine.screen(sms);

            assertThat(v.reasons()).extracting(Reason::signal).doesNotContain("CHECK_FAILED", "CHECK_FAILED_CLOSED");
            for (Reason r : v.reasons()) {
                assertThat(r.evidence()).doesNotContain("13987654321");
                if (text.length() > 70) {
                    assertThat(r.evidence()).doesNotContain(text);
                }
            }
        }
    }

    private static String text(SplittableRandom random, int i) {
        if (i == 0) {
            return "";
        }
        if (i == 1) {
            return "【某某商城】" + "促销 t.cn/abc ".repeat(800);
        }
        StringBuilder b = new StringBuilder();
        int pieces = random.nextInt(12);
        for (int p = 0; p < pieces; p++) {
            b.append(PIECES.get(random.nextInt(PIECES.size())));
            if (random.nextInt(4) == 0) {
                b.appendCodePoint(random.nextInt(0x20, 0x2FFFF));
            }
        }
        return b.toString();
    }

    private static Classification classification(String text, SplittableRandom random) {
        Category c = Category.values()[Math.floorMod(text.hashCode(), Category.values().length)];
        return new Classification(c, random.nextDouble(), random.nextDouble());
    }
}
