package org.quietline.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The classifications kept per template ({@link Templates}): what a classifier answers from them is what it would
 * have scored, for the texts of one template and for texts that only look alike.
 */
class TemplatesTest {

    private static final LinearModel MODEL = LinearClassifier.shipped().model();

    /** What a classifier that has seen nothing before answers. */
    private static Classification scored(String text) {
        return LinearClassifier.of(MODEL).classify(text);
    }

    @Test
    void everyAnswerIsWhatScoringGivesWhateverCameBefore() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            texts.add("【优选商城】您的验证码是 " + (100000 + 7919 * i) + "，5分钟内有效，请勿告诉他人。");
            texts.add("【优选商城】会员日全场8折，券码 " + (200000 + 31 * i) + "，回T退订");
            texts.add("Your code is " + (1000 + i) + ". Reply STOP to opt out");
            // the same symbols, another length: the length features differ
            texts.add("【优选商城】您的验证码是 " + (1000000 + i) + "，5分钟内有效，请勿告诉他人。");
            // one letter or blank apart from a template
            texts.add("Your code is " + (1000 + i) + ". Reply STOP to opt in");
            texts.add("Your code is " + (1000 + i) + ".  Reply STOP to opt out");
            // 19 and 20 characters: another length bucket
            texts.add("Your code is " + (100000 + i));
            texts.add("Your code is " + (1000000 + i));
            texts.add("Win a prize " + i + " now, click http://x" + i + ".example/" + i);
        }
        LinearClassifier classifier = LinearClassifier.of(MODEL);
        for (String text : texts) {
            assertThat(classifier.classify(text)).as(text).isEqualTo(scored(text));
        }
    }

    @Test
    void aTemplateIsKeptAtItsSecondCopyAndAnswersTheThird() {
        Templates templates = new Templates();
        int[] a = new int[64];
        int[] b = new int[64];
        int n = Features.symbols("您的订单 123456 已发货", a);
        int m = Features.symbols("您的订单 654321 已发货", b);
        int hash = Templates.hash(a, n);
        assertThat(Templates.hash(b, m)).isEqualTo(hash);
        Classification kept = new Classification(Category.NOTIFICATION, 0.9, 0.1);

        templates.missed(hash, a, n, 15, kept);
        assertThat(templates.find(hash, b, m, 15)).as("seen once: not kept").isNull();
        templates.missed(hash, a, n, 15, kept);
        assertThat(templates.find(hash, b, m, 15)).isSameAs(kept);
        assertThat(templates.find(hash, b, m, 16)).as("another length").isNull();
        assertThat(templates.find(hash, b, m - 1, 15)).as("fewer symbols").isNull();
        b[0] = 'x';
        assertThat(templates.find(hash, b, m, 15)).as("another symbol").isNull();
    }

    @Test
    void aTextInTheSameSlotIsNotAnotherTemplatesAnswer() {
        Templates templates = new Templates();
        // 31 × 65 + 97 = 31 × 66 + 66: one hash, one slot
        int[] kept = {65, 97};
        int[] other = {66, 66};
        int hash = Templates.hash(kept, 2);
        assertThat(Templates.hash(other, 2)).isEqualTo(hash);
        templates.missed(hash, kept, 2, 2, new Classification(Category.FRAUD, 1, 1));
        templates.missed(hash, kept, 2, 2, new Classification(Category.FRAUD, 1, 1));
        assertThat(templates.find(hash, other, 2, 2)).isNull();
        assertThat(templates.find(hash, kept, 2, 2)).isNotNull();
    }

    @Test
    void aTextLongerThanTheLongestIsNotKept() {
        Templates templates = new Templates();
        int[] symbols = new int[Templates.LONGEST + 1];
        int hash = Templates.hash(symbols, symbols.length);
        for (int i = 0; i < 3; i++) {
            templates.missed(hash, symbols, symbols.length, symbols.length, new Classification(Category.PERSONAL, 1, 0));
        }
        assertThat(templates.find(hash, symbols, symbols.length, symbols.length)).isNull();
    }
}
