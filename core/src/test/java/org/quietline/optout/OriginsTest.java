package org.quietline.optout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quietline.consent.MerchantId;
import org.quietline.number.Sender;

/** Origins are shared while referred to, share a pair id when only their codes differ, and are dropped with the last reference. */
class OriginsTest {

    private static final Instant T = Instant.parse("2026-11-11T00:00:00Z");
    private static final Sender PORT = Sender.parse("1069012345");
    private static final Optional<MerchantId> SHOP = Optional.of(new MerchantId("shop"));

    @Test
    void deliveriesFromOneOriginShareItsId() {
        Origins origins = new Origins();

        int first = origins.intern(new Delivery(Sender.parse("1069012345"), Optional.of(new MerchantId("shop")), T, Set.of("t")));
        int second = origins.intern(new Delivery(PORT, SHOP, T.plusSeconds(1), Set.of("t")));

        assertThat(second).isEqualTo(first);
        assertThat(origins.delivery(first, T)).isEqualTo(new Delivery(PORT, SHOP, T, Set.of("t")));
    }

    @Test
    void otherReplyCodesAreAnotherOriginOfTheSamePair() {
        Origins origins = new Origins();

        int t = origins.intern(new Delivery(PORT, SHOP, T, Set.of("t")));
        int td = origins.intern(new Delivery(PORT, SHOP, T, Set.of("td")));
        int other = origins.intern(new Delivery(PORT, Optional.empty(), T, Set.of("t")));

        assertThat(td).isNotEqualTo(t);
        assertThat(origins.pair(td)).isEqualTo(origins.pair(t));
        assertThat(origins.pair(other)).isNotEqualTo(origins.pair(t));
    }

    @Test
    void anOriginIsDroppedWithItsLastReference() {
        Origins origins = new Origins();
        int t = origins.intern(new Delivery(PORT, SHOP, T, Set.of("t")));
        origins.intern(new Delivery(PORT, SHOP, T, Set.of("t")));
        int td = origins.intern(new Delivery(PORT, SHOP, T, Set.of("td")));

        origins.release(t);
        origins.release(t);
        origins.release(td);
        int next = origins.intern(new Delivery(Sender.parse("95588"), Optional.empty(), T, Set.of()));

        // nothing refers to the port's origins any more: their ids and their pair's id are taken again
        assertThat(next).isIn(t, td);
        assertThat(origins.pair(next)).isZero();
        assertThat(origins.delivery(next, T)).isEqualTo(new Delivery(Sender.parse("95588"), Optional.empty(), T, Set.of()));
    }

    @Test
    void manyOriginsComeAndGoAsAMapOfThemWould() {
        long seed = 4_502L;
        SplittableRandom random = new SplittableRandom(seed);
        Origins origins = new Origins();
        Map<Delivery, Integer> ids = new HashMap<>();
        Map<Integer, Integer> references = new HashMap<>();
        Map<List<Object>, Integer> pairs = new HashMap<>();
        for (int op = 0; op < 100_000; op++) {
            Delivery d = new Delivery(Sender.parse("+86138" + (10_000_000 + random.nextInt(300))),
                    random.nextBoolean() ? Optional.empty() : Optional.of(new MerchantId("m" + random.nextInt(3))),
                    T, random.nextBoolean() ? Set.of() : Set.of("t"));
            String at = "operation " + op + ", seed " + seed;
            if (random.nextInt(3) > 0 && ids.containsKey(d)) {
                int id = ids.get(d);
                assertThat(origins.delivery(id, T)).as(at).isEqualTo(d);
                origins.release(id);
                if (references.merge(id, -1, Integer::sum) == 0) {
                    references.remove(id);
                    ids.remove(d);
                    if (ids.keySet().stream().noneMatch(o -> o.sender().equals(d.sender()) && o.merchant().equals(d.merchant()))) {
                        pairs.remove(List.of(d.sender(), d.merchant()));
                    }
                }
            } else {
                Integer known = ids.get(d);
                int id = origins.intern(d);
                if (known != null) {
                    assertThat(id).as(at).isEqualTo(known);
                } else {
                    assertThat(references).as(at).doesNotContainKey(id);
                }
                ids.put(d, id);
                references.merge(id, 1, Integer::sum);
                List<Object> key = List.of(d.sender(), d.merchant());
                Integer pair = pairs.get(key);
                if (pair != null) {
                    assertThat(origins.pair(id)).as(at).isEqualTo(pair);
                } else {
                    assertThat(pairs.values()).as(at).doesNotContain(origins.pair(id));
                    pairs.put(key, origins.pair(id));
                }
            }
        }
    }
}
