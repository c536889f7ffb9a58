package org.quietline.screening.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quietline.screening.Folding;

class OneTimeCodeTest {

    /** The word as a search of each word in turn through the text folded whole would find it. */
    private static Optional<String> byEachWord(String text) {
        if (!OneTimeCode.mayHold(text)) {
            return Optional.empty();
        }
        String folded = Folding.fold(text);
        return OneTimeCode.WORDS.stream().filter(folded::contains).findFirst();
    }

    @Test
    void findsTheFirstWordOfTheListWhereverItStands() {
        assertThat(OneTimeCode.word("Your CODE IS 482913, verification code")).contains("verification code");
        assertThat(OneTimeCode.word("【银行】动态密码 557120，验证码勿泄露")).contains("验证码");
        assertThat(OneTimeCode.word("Ｙｏｕｒ ｃｏｄｅ 4829")).contains("your code");
        assertThat(OneTimeCode.word("验证码已发送")).isEmpty();
    }

    /** The one-pass search answers as the search word by word, on texts made of code words, digits and noise. */
    @Test
    void answersAsTheSearchWordByWord() {
        String[] pieces = {"验证码", "验证", "码", "动态", "口令", "密码", "Verification", " ", "code", "CODE", "ｃｏｄｅ", "is", "your",
                "OTP", "one-time", "pin", " is", "Login", "482913", "xxxxxx", "12", "，", "。", "请勿泄露", "passcode", "security", "o", "p", "c"};
        SplittableRandom random = new SplittableRandom(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(0, 10); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            assertThat(OneTimeCode.word(t)).as(t).isEqualTo(byEachWord(t));
        }
    }
}
