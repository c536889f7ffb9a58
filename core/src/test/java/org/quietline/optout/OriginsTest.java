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
    /** Short enough to be held as characters with the sender, and not. */
    private static final List<String> MERCHANT_NAMES = List.of("m0", "m1", "m2-" + "x".repeat(40));

    @Test
    void deliveriesFromOneOriginShareItsId() {
        Origins origins = new Origins();

        int first = intern(origins, new Delivery(Sender.parse("1069012345"), Optional.of(new MerchantId("shop")), T, Set.of("t")));
        int second = intern(origins, new Delivery(PORT, SHOP, T.plusSeconds(1), Set.of("t")));

        assertThat(second).isEqualTo(first);
        assertThat(origins.delivery(first, T)).isEqualTo(new Delivery(PORT, SHOP, T, Set.of("t")));
    }

    @Test
    void otherReplyCodesAreAnotherOriginOfTheSamePair() {
        Origins origins = new Origins();

        int t = intern(origins, new Delivery(PORT, SHOP, T, Set.of("t")));
        int td = intern(origins, new Delivery(PORT, SHOP, T, Set.of("td")));
        int other = intern(origins, new Delivery(PORT, Optional.empty(), T, Set.of("t")));

        assertThat(td).isNotEqualTo(t);
        assertThat(origins.pair(td)).isEqualTo(origins.pair(t));
        assertThat(origins.pair(other)).isNotEqualTo(origins.pair(t));
    }

    @Test
    void anOriginIsDroppedWithItsLastReference() {
        Origins origins = new Origins();
        int t = intern(origins, new Delivery(PORT, SHOP, T, Set.of("t")));
        intern(origins, new Delivery(PORT, SHOP, T, Set.of("t")));
        int td = intern(origins, new Delivery(PORT, SHOP, T, Set.of("td")));

        origins.release(t);
        origins.release(t);
        origins.release(td);
        int next = intern(origins, new Delivery(Sender.parse("95588"), Optional.empty(), T, Set.of()));

        // nothing refers to the port's origins any more: their ids and their pair's id are taken again
        assertThat(next).isIn(t, td);
        assertThat(origins.pair(next)).isZero();
        assertThat(origins.delivery(next, T)).isEqualTo(new Delivery(Sender.parse("95588"), Optional.empty(), T, Set.of()));
    }

    @Test
    void pairsAreTheSameExactlyWhenTheirSendersAndMerchantsAreEqual() {
        // of one kind and length, differing in their last character; one text split at another place between
        // sender and merchant; numbers and codes; values whose hashes collide ("Aa" and "BB"), so that their
        // characters are compared; merchants too long to be held as characters (compared as objects)
        List<Sender> senders = List.of(Sender.parse("10690123456789"), Sender.parse("10690123456788"),
                Sender.parse("1069012345"), Sender.parse("10690123456"), Sender.parse("95588"), Sender.parse("Shop95588"),
                Sender.parse("+8613800138000"), Sender.parse("+8613800138001"), Sender.parse("AaAa1"), Sender.parse("BBBB1"));
        String longName = "x".repeat(30);
        List<Optional<MerchantId>> merchants = List.of(Optional.empty(), Optional.of(new MerchantId("shop")),
                Optional.of(new MerchantId("6shop")), Optional.of(new MerchantId("某某商城")),
                Optional.of(new MerchantId("Aa商城")), Optional.of(new MerchantId("BB商城")),
                Optional.of(new MerchantId(longName + "a")), Optional.of(new MerchantId(longName + "Aa")),
                Optional.of(new MerchantId(longName + "BB")),
                Optional.of(new MerchantId("m".repeat(64))));
        Origins origins = new Origins();
        Map<List<Object>, Integer> pairs = new HashMap<>();
        for (int round = 0; round < 2; round++) {
            for (Sender sender : senders) {
                for (Optional<MerchantId> merchant : merchants) {
                    // a copy of each, as every message brings its own objects
                    Sender copy = Sender.parse(sender.value());
                    Optional<MerchantId> merchantCopy = merchant.map(m -> new MerchantId(m.value()));
                    int pair = origins.pair(intern(origins, new Delivery(copy, merchantCopy, T, Set.of())));
                    Integer known = pairs.putIfAbsent(List.of(sender, merchant), pair);
                    assertThat(pair).as("%s for %s", sender, merchant).isEqualTo(known == null ? pair : known);
                }
            }
        }
        assertThat(pairs.values()).doesNotHaveDuplicates().hasSize(senders.size() * merchants.size());
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
                    random.nextBoolean() ? Optional.empty() : Optional.of(new MerchantId(MERCHANT_NAMES.get(random.nextInt(3)))),
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
                int id = intern(origins, d);
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

    private static int intern(Origins origins, Delivery d) {
        MerchantId merchant = d.merchant().orElse(null);
        Pending pending = new Pending();
        pending.add(1, Origins.probe(d.sender(), merchant), d.sender(), merchant, List.copyOf(d.replyCodes()), d.at());
        return origins.intern(pending, 0);
    }
}
