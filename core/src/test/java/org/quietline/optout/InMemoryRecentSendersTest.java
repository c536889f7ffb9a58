package org.quietline.optout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
            Optional.of(new MerchantId("shop")), Optional.of(new MerchantId("某某商城")), Optional.of(new MerchantId("bank")));
    private static final List<Set<String>> CODES = List.of(Set.of(), Set.of("t"), Set.of("td", "r"), Set.of("0000"));

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

    /**
     * Plays {@code operations} on both witnesses, each for a subscriber of {@code pool}: three in four remember the
     * next of {@code deliveries} on both, the others compare what both answer; then compares every subscriber.
     */
    private static void agree(InMemoryRecentSenders flat, SimpleRecentSenders simple, PhoneNumber[] pool, int operations,
                              SplittableRandom random, Supplier<Delivery> deliveries, String run) {
        for (int op = 0; op < operations; op++) {
            PhoneNumber subscriber = pool[random.nextInt(pool.length)];
            if (random.nextInt(4) > 0) {
                Delivery d = deliveries.get();
                flat.remember(subscriber, d);
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
