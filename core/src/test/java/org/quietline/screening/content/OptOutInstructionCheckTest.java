package org.quietline.screening.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quietline.classify.Category;
import org.quietline.classify.Classification;
import org.quietline.number.PhoneNumber;
import org.quietline.number.SenderCode;
import org.quietline.screening.Examination;
import org.quietline.screening.Folding;
import org.quietline.screening.Settings;
import org.quietline.screening.Sms;
import org.quietline.screening.Subject;

class OptOutInstructionCheckTest {

    private static final PhoneNumber RECIPIENT = PhoneNumber.parse("13912345678");
    private static final SenderCode SENDER = SenderCode.parse("10690123");
    private static final List<String> PHRASES = List.of("退订", "拒收", "Reply STOP", "opt-out", "ｔｄ");

    private final OptOutInstructionCheck check = new OptOutInstructionCheck(Settings.of("checks.opt-out-instruction",
            Map.of("phrases", PHRASES, "min-confidence", 0.5)));

    /** Marketing with {@code text}, remembering whether the signal was reported. */
    private static final class Seen implements Examination {
        final Sms sms;
        boolean reported;

        Seen(String text) {
            sms = new Sms(SENDER, RECIPIENT, text, Instant.EPOCH);
        }

        public Subject subject() {
            return sms;
        }

        public Optional<Classification> classification() {
            return Optional.of(new Classification(Category.MARKETING, 0.9, 0.8));
        }

        public void report(String signal, double strength, String evidence) {
            reported = true;
        }
    }

    private boolean reported(String text) {
        Seen seen = new Seen(text);
        check.inspect(seen);
        return seen.reported;
    }

    @Test
    void aPhraseCountsHalfOrFullWidthInAnyCase() {
        assertThat(reported("【店】双11全场5折，回ＴＤ退订")).isFalse();
        assertThat(reported("Sale today! REPLY STOP to end")).isFalse();
        assertThat(reported("Sale today! ＲＥＰＬＹ　ＳＴＯＰ to end")).isFalse();
        assertThat(reported("【店】双11全场5折")).isTrue();
        // the phrase as written in the policy is lower-cased, not folded: full-width ｔｄ is never in a folded text
        assertThat(reported("回ｔｄ")).isTrue();
    }

    /** The one-pass search answers as the search of each phrase in the text folded whole. */
    @Test
    void findsAPhraseExactlyWhereTheFoldedTextHoldsOne() {
        String[] pieces = {"退", "订", "拒收", "回T", "REPLY", "reply", " ", "\u3000", "ＳＴＯＰ", "stop", "STOP", "opt", "-", "－", "out",
                "OUT", "ｔｄ", "TD", "促销", "r", "o", "t"};
        SplittableRandom random = new SplittableRandom(7);
        List<String> folded = PHRASES.stream().map(p -> p.toLowerCase(java.util.Locale.ROOT)).toList();
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(0, 9); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            boolean holds = folded.stream().anyMatch(Folding.fold(t)::contains);
            assertThat(reported(t)).as(t).isEqualTo(!holds);
        }
    }
}
