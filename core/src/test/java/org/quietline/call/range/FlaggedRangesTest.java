package org.quietline.call.range;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quietline.number.PhoneNumber;

class FlaggedRangesTest {

    private static FlaggedRange range(String prefix, double confidence) {
        return new FlaggedRange(new NumberRange(NumberPlan.NANP, prefix), confidence);
    }

    @Test
    void findsTheRangeThatHoldsANumber() {
        FlaggedRanges f = FlaggedRanges.of(NumberPlan.NANP, List.of(range("2025551", 0.3), range("404555123", 0.2)));

        assertThat(f.covering(2_025_551_234L)).map(r -> r.range().prefix()).contains("2025551");
        assertThat(f.covering(4_045_551_239L)).map(r -> r.range().prefix()).contains("404555123");
        assertThat(f.covers(4_045_551_240L)).isFalse();
        assertThat(f.space()).isEqualTo(1_010);
    }

    @Test
    void findsTheRangeOfAPhoneNumberOfItsPlanOnly() {
        FlaggedRanges f = FlaggedRanges.of(NumberPlan.NANP, List.of(range("2025551", 0.3)));

        assertThat(f.covering(PhoneNumber.parse("+1 202 555 1234"))).isPresent();
        assertThat(f.covering(PhoneNumber.parse("13912345678"))).isEmpty();
    }

    @Test
    void refusesOverlappingRanges() {
        assertThatThrownBy(() -> FlaggedRanges.of(NumberPlan.NANP, List.of(range("2025551", 1), range("20255512", 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inside another");
    }

    @Test
    void showsARangeWithItsFreeDigitsAndASingleNumberMasked() {
        assertThat(new NumberRange(NumberPlan.NANP, "2025551")).hasToString("2025551xxx");
        assertThat(new NumberRange(NumberPlan.NANP, "2025551234")).hasToString("202*****34");
    }

    @Test
    void knapsackLetsAParentReplaceTheChildrenItCovers() {
        RangeKnapsack k = new RangeKnapsack(NumberPlan.NANP);
        k.offer(202_555_123L, 9, 5);      // /10, density 0.5
        k.offer(20_255_512L, 8, 12);      // /100, density 0.12, marginal (12-5)/90
        k.offer(30_355_512L, 8, 3);       // /100, density 0.03

        List<FlaggedRange> chosen = k.choose(100);

        assertThat(chosen).extracting(r -> r.range().prefix()).containsExactly("20255512");
    }
}
