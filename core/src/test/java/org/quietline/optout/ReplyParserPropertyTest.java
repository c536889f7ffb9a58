package org.quietline.optout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Property-based tests with a seeded generator of our own (not jqwik: ADR 0035): thousands of generated
 * replies per property, reproducible from the seed printed in a failure message.
 */
class ReplyParserPropertyTest {

    private static final long SEED = 20261123L;
    private static final int RUNS = 5_000;
    private static final List<String> REFUSALS = List.of("T", "TD", "TD退订", "N", "Q", "R", "QX", "QXFS", "退订",
            "退", "取消", "拒收", "不要再发", "别再发了", "STOP", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE",
            "OPT OUT");
    private static final String[] NOISE = {" ", "  ", "\u3000", "。", "！", "!", "~", ".", "，", "😡", "🙏", "👋🏻",
            "\u200b", "\t", "\n", "【", "】", "\"", "（", "）", "…", "❤️"};

    private final ReplyParser parser = ReplyParser.standard();

    @Test
    void neverThrowsOnAnyString() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int run = 0; run < RUNS; run++) {
            String junk = junk(random, random.nextInt(0, run % 50 == 0 ? 5_001 : 200));
            int r = run;
            assertThatCode(() -> parser.read(junk)).as("run %d of seed %d", r, SEED).doesNotThrowAnyException();
        }
    }

    @Test
    void anOptOutSurvivesNoiseCaseAndWidth() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        for (int run = 0; run < RUNS; run++) {
            String keyword = REFUSALS.get(random.nextInt(REFUSALS.size()));
            String reply = noise(random) + disguise(random, keyword) + noise(random);
            assertThat(parser.read(reply).intent()).as("run %d of seed %d: %s", run, SEED + 1, reply)
                    .isEqualTo(Intent.OPT_OUT);
        }
    }

    @Test
    void fullWidthAsciiReadsLikeItsAsciiForm() {
        SplittableRandom random = new SplittableRandom(SEED + 2);
        for (int run = 0; run < RUNS; run++) {
            String ascii = ascii(random, random.nextInt(1, 20));
            assertThat(parser.read(fullWidth(ascii)).intent()).as("run %d: %s", run, ascii)
                    .isEqualTo(parser.read(ascii).intent());
        }
    }

    @Test
    void readingIsDeterministic() {
        SplittableRandom random = new SplittableRandom(SEED + 3);
        for (int run = 0; run < RUNS; run++) {
            String reply = junk(random, random.nextInt(0, 40));
            assertThat(parser.read(reply)).isEqualTo(parser.read(reply));
        }
    }

    private static String disguise(SplittableRandom random, String keyword) {
        String cased = switch (random.nextInt(3)) {
            case 0 -> keyword.toLowerCase(Locale.ROOT);
            case 1 -> keyword;
            default -> mixedCase(random, keyword);
        };
        return random.nextBoolean() ? fullWidth(cased) : cased;
    }

    private static String mixedCase(SplittableRandom random, String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(random.nextBoolean() ? Character.toUpperCase((char) c)
                : Character.toLowerCase((char) c)));
        return out.toString();
    }

    private static String fullWidth(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(c > ' ' && c < 0x7f ? (char) (c - 0x21 + 0xFF01) : c == ' ' ? '\u3000'
                : (char) c));
        return out.toString();
    }

    private static String noise(SplittableRandom random) {
        StringBuilder out = new StringBuilder();
        for (int i = random.nextInt(4); i > 0; i--) {
            out.append(NOISE[random.nextInt(NOISE.length)]);
        }
        return out.toString();
    }

    private static String ascii(SplittableRandom random, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append((char) random.nextInt(0x20, 0x7f));
        }
        return out.toString();
    }

    /** Any UTF-16 units at all: controls, lone surrogates, private use, CJK, emoji pairs. */
    private static String junk(SplittableRandom random, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(switch (random.nextInt(5)) {
                case 0 -> (char) random.nextInt(0, 0x20);
                case 1 -> (char) random.nextInt(0xD800, 0xE000);
                case 2 -> (char) random.nextInt(0x4E00, 0x9FFF);
                case 3 -> (char) random.nextInt(0x20, 0x7F);
                default -> (char) random.nextInt(0, 0x10000);
            });
        }
        return out.toString();
    }
}
