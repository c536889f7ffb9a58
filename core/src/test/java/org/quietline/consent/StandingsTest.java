package org.quietline.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quietline.consent.Fixtures.ALICE;
import static org.quietline.consent.Fixtures.SHOP;
import static org.quietline.consent.Fixtures.T0;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.quietline.number.Sender;
import org.quietline.number.SenderCode;

/**
 * The register's table answers exactly as the standings it holds (ADR 0035): seeded random changes to many
 * subscribers' standings, put into the table and into a map, then every read compared, the table's answers from
 * its rows included; and a put is seen by every read that starts after it, while the table grows.
 */
class StandingsTest {

    private static final long SEED = 114L;
    private static final List<Sender> SENDERS = List.of(SenderCode.parse("1069012345"),
            SenderCode.parse("106901234599"), SenderCode.parse("1065501234"), SenderCode.parse("95555"));

    @Test
    void answersAsTheStandingsItHolds() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int run = 0; run < 30; run++) {
            int merchantNumbers = run % 4 == 0 ? 1 + random.nextInt(4) : 1 << 23;
            Standings table = new Standings(merchantNumbers);
            Map<Long, Standing> reference = new HashMap<>();
            Map<Long, Long> seqs = new HashMap<>();
            long[] keys = keys(random, 1 + random.nextInt(run % 2 == 0 ? 20 : 3_000));
            List<MerchantId> merchants = merchants(1 + random.nextInt(run % 3 == 0 ? 3 : 60));
            for (int op = 0; op < 4_000; op++) {
                long key = keys[random.nextInt(keys.length)];
                if (random.nextInt(3) > 0) {
                    long seq = seqs.merge(key, random.nextInt(50) == 0 ? 1L << 40 : 1L, Long::sum);
                    Standing s = reference.getOrDefault(key, Standing.EMPTY).apply(entry(seq, change(random, merchants)));
                    table.put(key, s);
                    reference.put(key, s);
                }
                long asked = random.nextInt(8) == 0 ? 1 + random.nextLong(999_999_999_999_999L) : key;
                Standing expected = reference.getOrDefault(asked, Standing.EMPTY);
                assertThat(table.get(asked)).as("run %d, op %d, seed %d", run, op, SEED).isSameAs(expected);
                Sender sender = SENDERS.get(random.nextInt(SENDERS.size()));
                for (Optional<MerchantId> m : asked(random, merchants)) {
                    assertThat(table.marketing(asked, sender, m)).as("run %d, op %d, %s, seed %d", run, op, m, SEED)
                            .isEqualTo(expected.marketing(sender, m));
                }
            }
        }
    }

    @Test
    void aPutIsSeenByEveryReadThatStartsAfterIt() throws Exception {
        Standings table = new Standings();
        Standing consented = Standing.EMPTY.apply(entry(7, Change.given(SHOP, Scope.MARKETING, Source.SIGNUP, "form")));
        Standing refused = consented.apply(entry(8, Change.withdrawn(new Party.Merchant(SHOP), Source.REPLY, "td")));
        int subscribers = 200_000;
        AtomicLong done = new AtomicLong();
        AtomicReference<String> wrong = new AtomicReference<>();
        CountDownLatch reading = new CountDownLatch(1);
        Thread reader = Thread.ofPlatform().start(() -> {
            SplittableRandom random = new SplittableRandom(SEED);
            reading.countDown();
            long last;
            do {
                last = done.get();
                long key = random.nextLong(1, last + 2);
                try {
                    Permission.Status status = table.marketing(key, SENDERS.getFirst(), Optional.of(SHOP)).status();
                    Permission.Status expected = key > last ? status
                            : key % 2 == 0 ? Permission.Status.CONSENTED : Permission.Status.REFUSED;
                    if (status != expected) {
                        wrong.set("subscriber " + key + " of " + last + " put: " + status);
                    }
                } catch (RuntimeException e) {
                    wrong.set("subscriber " + key + " of " + last + " put: " + e);
                }
            } while (last < subscribers && wrong.get() == null);
        });
        reading.await();
        for (long key = 1; key <= subscribers; key++) {
            table.put(key, key % 2 == 0 ? consented : refused);
            done.set(key);
        }
        reader.join();
        assertThat(wrong.get()).isNull();
        assertThat(table.get(subscribers)).isSameAs(consented);
        assertThat(table.get(subscribers + 1)).isSameAs(Standing.EMPTY);
    }

    @Test
    void aKeyOfZeroIsRefused() {
        assertThatThrownBy(() -> new Standings().put(0, Standing.EMPTY)).isInstanceOf(IllegalArgumentException.class);
    }

    private static long[] keys(SplittableRandom random, int n) {
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = 8613_000_000_000L + random.nextInt(1_000_000_000);
        }
        return keys;
    }

    private static List<MerchantId> merchants(int n) {
        List<MerchantId> merchants = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            merchants.add(new MerchantId("商户" + i));
        }
        return merchants;
    }

    /** Each known merchant once, as a separate but equal id, an unknown one, and none. */
    private static List<Optional<MerchantId>> asked(SplittableRandom random, List<MerchantId> merchants) {
        MerchantId known = merchants.get(random.nextInt(merchants.size()));
        return List.of(Optional.of(known), Optional.of(new MerchantId(known.value())),
                Optional.of(new MerchantId("无名")), Optional.empty());
    }

    /** Mostly MARKETING consents, then refusals of a merchant, a sender or everyone, lifts, service consents. */
    private static Change change(SplittableRandom random, List<MerchantId> merchants) {
        MerchantId m = merchants.get(random.nextInt(merchants.size()));
        Party party = switch (random.nextInt(6)) {
            case 0 -> new Party.Everyone();
            case 1 -> new Party.Via(SENDERS.get(random.nextInt(SENDERS.size())));
            default -> new Party.Merchant(m);
        };
        return switch (random.nextInt(10)) {
            case 0, 1 -> Change.withdrawn(party, Source.REPLY, "td");
            case 2 -> Change.resubscribed(party, Source.REPLY, "恢复");
            case 3 -> Change.given(m, Scope.SERVICE, Source.ORDER, "order");
            default -> Change.given(m, Scope.MARKETING, Source.SIGNUP, "form");
        };
    }

    private static LedgerEntry entry(long seq, Change change) {
        return new LedgerEntry(ALICE, seq, T0, change, LedgerEntry.GENESIS, LedgerEntry.GENESIS);
    }
}
