package org.quietline.optout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.quietline.consent.MerchantId;
import org.quietline.number.PhoneNumber;
import org.quietline.number.Sender;
import org.quietline.screening.Sms;

/**
 * The flat witness remembers and answers exactly as {@link SimpleRecentSenders} does (ADR 0035): seeded random
 * deliveries from ports, short codes, alphanumeric IDs and ordinary numbers, with and without a merchant and
 * reply codes, in and out of order, more than {@value InMemoryRecentSenders#PER_SUBSCRIBER} origins per
 * subscriber, and more subscribers than it holds; and lists that stay in each block size, grow through them,
 * are forgotten and reused, over many origins that come and go.
 */
class InMemoryRecentSendersTest {

    private static final long SEED = 4_500L;
    private static final Instant T = Instant.parse("2026-11-11T00:00:00Z");
    private static final Sender[] SENDERS = {
        Sender.parse("1069012345"), Sender.parse("10690123456789"), Sender.parse("106575"), Sender.parse("95588"),
        Sender.parse("Quietline"), Sender.parse("+8613800138000"), Sender.parse("+14155550123"),
        Sender.parse("1065502"), Sender.parse("10086"), Sender.parse("106900001"),
    };
    private static final List<Optional<MerchantId>> MERCHANTS = List.of(Optional.empty(),
            Optional.of(new MerchantId("shop")), Optional.of(new MerchantId("某某商城")), Optional.of(new MerchantId("bank")),
            Optional.of(new MerchantId("某某商城" + "旗舰店".repeat(10))));
    /** Sets whose key packs them, and sets compared code by code (two codes, a long one). */
    private static final List<Set<String>> CODES = List.of(Set.of(), Set.of("t"), Set.of("td", "r"), Set.of("0000"),
            Set.of("unsubscribe"));

    @Test
    void remembersAsTheSimpleWitnessDoes() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int run = 0; run < 200; run++) {
            boolean large = run % 10 == 0;
            int maxSubscribers = large ? 20_000 : 1 + random.nextInt(40);
            Duration horizon = Duration.ofMinutes(1 + random.nextInt(300));
            InMemoryRecentSenders flat = new InMemoryRecentSenders(maxSubscribers, horizon);
            SimpleRecentSenders simple = new SimpleRecentSenders(large ? Integer.MAX_VALUE : maxSubscribers, horizon);
            PhoneNumber[] pool = subscribers(random, large ? 500 : 1 + random.nextInt(3 * maxSubscribers));
            Set<Long> seconds = new HashSet<>();
            long[] clock = {0};
            agree(flat, simple, pool, 2_000, random, () -> {
                clock[0] += random.nextInt(120);
                long s = clock[0] - random.nextInt(3) * random.nextInt(3_600);
                while (!seconds.add(s)) {
                    s++;
                }
                return new Delivery(SENDERS[random.nextInt(SENDERS.length)], MERCHANTS.get(random.nextInt(MERCHANTS.size())),
                        T.plusSeconds(s).plusNanos(random.nextInt(1_000_000_000)), CODES.get(random.nextInt(CODES.size())));
            }, "run " + run + ", seed " + SEED);
        }
    }

    @Test
    void remembersAsTheSimpleWitnessDoesForEveryListSize() {
        long seed = 4_501L;
        SplittableRandom random = new SplittableRandom(seed);
        for (int run = 0; run < 300; run++) {
            // few pairs keep lists in the small blocks; many make them grow, fill and drop their oldest
            List<Sender> senders = new ArrayList<>();
            int senderCount = 1 + random.nextInt(random.nextBoolean() ? 4 : 60);
            for (int i = 0; i < senderCount; i++) {
                senders.add(random.nextInt(3) == 0 ? SENDERS[random.nextInt(SENDERS.length)]
                        : Sender.parse("+86138" + (10_000_000 + random.nextInt(90_000_000))));
            }
            int maxSubscribers = 1 + random.nextInt(30);
            Duration horizon = Duration.ofMinutes(1 + random.nextInt(300));
            InMemoryRecentSenders flat = new InMemoryRecentSenders(maxSubscribers, horizon);
            SimpleRecentSenders simple = new SimpleRecentSenders(maxSubscribers, horizon);
            PhoneNumber[] pool = subscribers(random, 1 + random.nextInt(2 * maxSubscribers));
            long[] clock = {0};
            // a sender sometimes announces other codes for the same merchant: one pair, two origins
            agree(flat, simple, pool, 1_000, random, () -> new Delivery(senders.get(random.nextInt(senders.size())),
                    MERCHANTS.get(random.nextInt(random.nextBoolean() ? 1 : MERCHANTS.size())),
                    T.plusSeconds(clock[0] += 1 + random.nextInt(60)).plusNanos(random.nextInt(1_000_000_000)),
                    CODES.get(random.nextInt(CODES.size()))), "run " + run + ", seed " + seed);
        }
    }

    @Test
    void aDeliveredMessageIsRememberedWithItsReplyCodesAndWithoutItsText() {
        InMemoryRecentSenders recent = new InMemoryRecentSenders();
        PhoneNumber subscriber = PhoneNumber.parse("13912345678");
        Sender port = Sender.parse("1069012345");

        recent.delivered(new Sms(port, subscriber, "【某某商城】双11全场5折，回T退订", T), Optional.of(new MerchantId("shop")), List.of("t"));

        assertThat(recent.recent(subscriber)).containsExactly(new Delivery(port, Optional.of(new MerchantId("shop")), T, Set.of("t")));
    }

    @Test
    void aNullReplyCodeIsRefusedWhenToldAndSpoilsNoBatch() {
        InMemoryRecentSenders recent = new InMemoryRecentSenders();
        PhoneNumber subscriber = PhoneNumber.parse("13912345678");
        Sender port = Sender.parse("1069012345");
        Sms sms = new Sms(port, subscriber, "回T退订", T);

        assertThatThrownBy(() -> recent.delivered(sms, Optional.empty(), Arrays.asList("t", null)))
                .isInstanceOf(NullPointerException.class);
        for (int i = 0; i < 2 * Pending.SIZE; i++) {
            recent.delivered(new Sms(port, PhoneNumber.parse("1391234" + (5000 + i)), "回T退订", T), Optional.empty(), List.of("t"));
        }
        recent.delivered(sms, Optional.empty(), List.of("t"));

        assertThat(recent.recent(subscriber)).containsExactly(new Delivery(port, Optional.empty(), T, Set.of("t")));
    }

    @Test
    void replyCodesInAnotherOrderAreTheSameCodes() {
        InMemoryRecentSenders recent = new InMemoryRecentSenders();
        PhoneNumber subscriber = PhoneNumber.parse("13912345678");
        Sender port = Sender.parse("1069012345");
        Optional<MerchantId> shop = Optional.of(new MerchantId("shop"));

        recent.delivered(new Sms(port, PhoneNumber.parse("13912345679"), "回TD退订，拒收请回复R", T), shop, List.of("td", "r"));
        recent.delivered(new Sms(port, subscriber, "拒收请回复R，回TD退订", T), shop, List.of("r", "td"));
        recent.delivered(new Sms(port, PhoneNumber.parse("13912345670"), "拒收请回复R", T), shop, List.of("r"));

        assertThat(recent.recent(subscriber)).containsExactly(new Delivery(port, shop, T, Set.of("td", "r")));
    }

    @Test
    void threadsThatDeliverTogetherLoseNothing() throws Exception {
        InMemoryRecentSenders flat = new InMemoryRecentSenders(100_000, Duration.ofDays(30));
        SimpleRecentSenders simple = new SimpleRecentSenders(Integer.MAX_VALUE, Duration.ofDays(30));
        int threads = 4;
        List<List<PhoneNumber>> pools = new ArrayList<>();
        List<List<Delivery>> plays = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(4_503L);
        for (int t = 0; t < threads; t++) {
            // each thread its own subscribers, so that each subscriber's deliveries have one order
            List<PhoneNumber> pool = List.of(subscribers(random, 300));
            List<Delivery> play = new ArrayList<>();
            for (int i = 0; i < 20_000; i++) {
                play.add(new Delivery(SENDERS[random.nextInt(SENDERS.length)], MERCHANTS.get(random.nextInt(MERCHANTS.size())),
                        T.plusMillis(i), CODES.get(random.nextInt(CODES.size()))));
            }
            pools.add(pool);
            plays.add(play);
        }
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            List<PhoneNumber> pool = pools.get(t);
            List<Delivery> play = plays.get(t);
            running.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < play.size(); i++) {
                    flat.remember(pool.get(i % pool.size()), play.get(i));
                }
            }));
        }
        for (Thread t : running) {
            t.join();
        }
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < plays.get(t).size(); i++) {
                simple.remember(pools.get(t).get(i % pools.get(t).size()), plays.get(t).get(i));
            }
            for (PhoneNumber subscriber : pools.get(t)) {
                assertThat(flat.recent(subscriber)).isEqualTo(simple.recent(subscriber));
            }
        }
    }

    /**
     * Plays {@code operations} on both witnesses, each for a subscriber of {@code pool}: in some runs three in four
     * remember the next of {@code deliveries} on both and the others compare what both answer, in others reads are
     * rare, so that the flat one's batches fill ({@link Pending#SIZE}) and apply while it forgets; then compares
     * every subscriber.
     */
    private static void agree(InMemoryRecentSenders flat, SimpleRecentSenders simple, PhoneNumber[] pool, int operations,
                              SplittableRandom random, Supplier<Delivery> deliveries, String run) {
        int readsOneIn = random.nextBoolean() ? 4 : 100;
        for (int op = 0; op < operations; op++) {
            PhoneNumber subscriber = pool[random.nextInt(pool.length)];
            if (random.nextInt(readsOneIn) > 0) {
                Delivery d = deliveries.get();
                // what screening calls, with the codes in the order a text gives them, or the delivery itself
                if (random.nextBoolean()) {
                    List<String> codes = new ArrayList<>(d.replyCodes());
                    for (int i = codes.size() - 1; i > 0; i--) {
                        Collections.swap(codes, i, random.nextInt(i + 1));
                    }
                    flat.delivered(new Sms(d.sender(), subscriber, "", d.at()), d.merchant(), codes);
                } else {
                    flat.remember(subscriber, d);
                }
                simple.remember(subscriber, d);
            } else {
                assertThat(flat.recent(subscriber)).as("%s, operation %d", run, op).isEqualTo(simple.recent(subscriber));
            }
        }
        for (PhoneNumber subscriber : pool) {
            assertThat(flat.recent(subscriber)).as(run).isEqualTo(simple.recent(subscriber));
        }
    }

    private static PhoneNumber[] subscribers(SplittableRandom random, int n) {
        PhoneNumber[] pool = new PhoneNumber[n];
        for (int i = 0; i < n; i++) {
            pool[i] = PhoneNumber.parse("+86139" + (10_000_000 + random.nextInt(90_000_000)));
        }
        return pool;
    }
}
