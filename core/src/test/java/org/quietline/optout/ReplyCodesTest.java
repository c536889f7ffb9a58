package org.quietline.optout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A key stands for its set of codes exactly: equal keys, equal sets, for every set it packs. */
class ReplyCodesTest {

    @Test
    void packedKeysAreEqualExactlyWhenTheirSetsAre() {
        long seed = 4_504L;
        SplittableRandom random = new SplittableRandom(seed);
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        List<List<String>> sets = new ArrayList<>();
        sets.add(List.of());
        for (int i = 0; i < 2_000; i++) {
            StringBuilder code = new StringBuilder();
            int length = 1 + random.nextInt(8);
            for (int k = 0; k < length; k++) {
                code.append(alphabet.charAt(random.nextInt(random.nextBoolean() ? 3 : alphabet.length())));
            }
            sets.add(List.of(code.toString()));
        }
        for (List<String> a : sets) {
            long key = ReplyCodes.key(a);
            assertThat(key).as("%s, seed %d", a, seed).isNotEqualTo(ReplyCodes.UNPACKED);
            for (List<String> b : sets.subList(0, 200)) {
                assertThat(key == ReplyCodes.key(b)).as("%s and %s", a, b).isEqualTo(new HashSet<>(a).equals(new HashSet<>(b)));
            }
        }
    }

    @Test
    void setsItCannotPackAreComparedCodeByCode() {
        assertThat(ReplyCodes.key(List.of("td", "r"))).isEqualTo(ReplyCodes.UNPACKED);
        assertThat(ReplyCodes.key(List.of("unsubscribe"))).isEqualTo(ReplyCodes.UNPACKED);
        assertThat(ReplyCodes.key(List.of("退订"))).isEqualTo(ReplyCodes.UNPACKED);
        assertThat(ReplyCodes.key(List.of("t", "t"))).isEqualTo(ReplyCodes.UNPACKED);

        String[] held = ReplyCodes.distinct(List.of("td", "r", "td"));
        assertThat(held).containsExactly("td", "r");
        assertThat(ReplyCodes.same(held, List.of("r", "td"))).isTrue();
        assertThat(ReplyCodes.same(held, List.of("r", "td", "r"))).isTrue();
        assertThat(ReplyCodes.same(held, List.of("r", "r"))).isFalse();
        assertThat(ReplyCodes.same(held, List.of("td", "r", "t"))).isFalse();
    }
}
