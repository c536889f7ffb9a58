package org.quietline.classify.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SplitTest {

    @Test
    void theSameTextAndSeedAlwaysFallInTheSamePart() {
        assertThat(Split.of("您好，明天见", 1)).isEqualTo(Split.of("您好，明天见", 1));
    }

    /**
     * Pinned values: {@code bench/sklearn_peer.py} computes the same function, so a change here must be made
     * there too (and the figures in docs/classifier.md measured again).
     */
    @Test
    void partsArePinnedForThePythonPeer() {
        assertThat(Split.of("hello", 1)).isEqualTo(Split.FIT);
        assertThat(Split.of("hello", 2)).isEqualTo(Split.TEST);
        assertThat(Split.of("您好", 2)).isEqualTo(Split.DEV);
        assertThat(Split.of("【京东】您的订单已发货", 1)).isEqualTo(Split.TEST);
        assertThat(Split.of("😀", 2)).isEqualTo(Split.TEST);
        assertThat(Split.of("message 4", 1)).isEqualTo(Split.DEV);
    }

    @Test
    void aFifthIsTestAndATenthIsDev() {
        Map<Split, Integer> counts = new EnumMap<>(Split.class);
        for (int i = 0; i < 100_000; i++) {
            counts.merge(Split.of("message " + i, 1), 1, Integer::sum);
        }
        assertThat(counts.get(Split.TEST)).isBetween(19_500, 20_500);
        assertThat(counts.get(Split.DEV)).isBetween(9_700, 10_300);
    }

    @Test
    void anotherSeedMakesAnotherSplit() {
        int moved = 0;
        for (int i = 0; i < 1_000; i++) {
            moved += Split.of("message " + i, 1) == Split.of("message " + i, 2) ? 0 : 1;
        }
        assertThat(moved).isGreaterThan(300);
    }
}
