package org.quietline.classify.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quietline.classify.Category;
import org.quietline.classify.Classification;

class ScorecardTest {

    private static final Classification SPAM = new Classification(Category.MARKETING, 0.9, 0.9);
    private static final Classification HAM = new Classification(Category.VERIFICATION_CODE, 0.9, 0.1);

    @Test
    void figuresFollowFromTheCounts() {
        Scorecard card = new Scorecard(0.5);
        add(card, true, SPAM, 6);
        add(card, true, HAM, 2);
        add(card, false, SPAM, 1);
        add(card, false, HAM, 11);
        assertThat(card.total()).isEqualTo(20);
        assertThat(card.accuracy()).isCloseTo(17 / 20.0, offset(1e-9));
        assertThat(card.spamF1()).isCloseTo(12 / 15.0, offset(1e-9));
        assertThat(card.blockedHamRate()).isCloseTo(1 / 12.0, offset(1e-9));
        assertThat(card.mcc()).isCloseTo((6 * 11 - 1 * 2) / Math.sqrt(7.0 * 8 * 12 * 13), offset(1e-9));
    }

    @Test
    void verificationCodesAmongTheHamAreCountedAsDeliveredOrNot() {
        Scorecard card = new Scorecard(0.5);
        card.add(false, Optional.of(Category.VERIFICATION_CODE), HAM);
        card.add(false, Optional.of(Category.VERIFICATION_CODE), SPAM);
        card.add(true, Optional.of(Category.VERIFICATION_CODE), HAM);
        assertThat(card.codes()).isEqualTo(2);
        assertThat(card.codesDelivered()).isEqualTo(1);
    }

    @Test
    void theConfusionMatrixCountsActualAgainstPredicted() {
        Scorecard card = new Scorecard(0.5);
        card.add(false, Optional.of(Category.VERIFICATION_CODE), SPAM);
        card.add(false, Optional.empty(), SPAM);
        assertThat(card.confusion(Category.VERIFICATION_CODE, Category.MARKETING)).isEqualTo(1);
        assertThat(card.categoryCount()).isEqualTo(1);
        assertThat(card.confusionTable()).contains("VERIFICATION_CODE");
    }

    @Test
    void anEmptyScorecardHasZeroFigures() {
        Scorecard card = new Scorecard(0.5);
        assertThat(card.accuracy()).isZero();
        assertThat(card.mcc()).isZero();
    }

    private static void add(Scorecard card, boolean spam, Classification predicted, int times) {
        for (int i = 0; i < times; i++) {
            card.add(spam, Optional.empty(), predicted);
        }
    }
}
