package org.quietline.classify.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quietline.classify.Category;
import org.quietline.classify.LinearClassifier;
import org.quietline.classify.LinearModel;

class TrainerTest {

    private static final TrainingOptions SMALL = TrainingOptions.DEFAULTS.withBits(12).withEpochs(20);

    @Test
    void theSameSeedGivesAModelWithIdenticalBytes() throws IOException {
        byte[] first = bytes(new Trainer(SMALL).train(examples(), new SplittableRandom(42), TrainingProgress.NONE));
        byte[] second = bytes(new Trainer(SMALL).train(examples(), new SplittableRandom(42), TrainingProgress.NONE));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void anotherSeedGivesAnotherModel() throws IOException {
        byte[] first = bytes(new Trainer(SMALL).train(examples(), new SplittableRandom(42), TrainingProgress.NONE));
        byte[] other = bytes(new Trainer(SMALL).train(examples(), new SplittableRandom(43), TrainingProgress.NONE));
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void itLearnsWhatItWasShown() {
        LinearClassifier classifier = LinearClassifier.of(
                new Trainer(SMALL).train(examples(), new SplittableRandom(1), TrainingProgress.NONE));
        for (Example example : examples()) {
            assertThat(classifier.classify(example.text()).spamAt(0.5)).as(example.text()).isEqualTo(example.spam());
            assertThat(classifier.classify(example.text()).category()).as(example.text())
                    .isEqualTo(example.category().orElseThrow());
        }
    }

    @Test
    void categoryOnlyExamplesLeaveTheSpamOutputAlone() {
        String text = "晚上回家吃饭吗";
        List<Example> copies = Collections.nCopies(50, new Example(text, true, Optional.of(Category.MARKETING)));
        LinearClassifier categoriesOnly = LinearClassifier.of(new Trainer(SMALL).train(examples(), copies,
                new SplittableRandom(1), TrainingProgress.NONE));
        List<Example> asSpam = new ArrayList<>(examples());
        asSpam.addAll(copies);
        LinearClassifier taughtSpam = LinearClassifier.of(
                new Trainer(SMALL).train(asSpam, new SplittableRandom(1), TrainingProgress.NONE));
        assertThat(categoriesOnly.classify(text).spamAt(0.5)).isFalse();
        assertThat(categoriesOnly.classify(text).category()).isEqualTo(Category.MARKETING);
        assertThat(taughtSpam.classify(text).spamAt(0.5)).isTrue();
    }

    @Test
    void progressIsReportedUpToTheEnd() {
        List<Long> done = new ArrayList<>();
        new Trainer(SMALL).train(examples(), new SplittableRandom(1), (d, total, stage) -> done.add(total - d));
        assertThat(done).last().isEqualTo(0L);
    }

    /** A few messages written for this test, one or more per category. */
    private static List<Example> examples() {
        return List.of(
                new Example("您的验证码为123456，5分钟内有效，请勿泄露。", false, Optional.of(Category.VERIFICATION_CODE)),
                new Example("Your verification code is 4821.", false, Optional.of(Category.VERIFICATION_CODE)),
                new Example("【京东】您的订单已发货，运单号SF123456789。", false, Optional.of(Category.NOTIFICATION)),
                new Example("您尾号1234的卡消费100.00元。【工商银行】", false, Optional.of(Category.NOTIFICATION)),
                new Example("全场五折，进店有礼，回T退订", true, Optional.of(Category.MARKETING)),
                new Example("新楼盘开盘，首付十万，看房热线4008001234", true, Optional.of(Category.MARKETING)),
                new Example("恭喜您中奖五万元，请点击链接领取", true, Optional.of(Category.FRAUD)),
                new Example("您的账户异常已冻结，请转账到安全账户", true, Optional.of(Category.FRAUD)),
                new Example("晚上回家吃饭吗", false, Optional.of(Category.PERSONAL)),
                new Example("see you at seven tonight", false, Optional.of(Category.PERSONAL)));
    }

    private static byte[] bytes(LinearModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.writeTo(out);
        return out.toByteArray();
    }
}
