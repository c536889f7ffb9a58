package org.quietline.optout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quietline.consent.Fixtures.SHARED_PORT;
import static org.quietline.consent.Fixtures.SHOP;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quietline.consent.Change;
import org.quietline.consent.Fixtures;
import org.quietline.consent.Scope;
import org.quietline.consent.Source;
import org.quietline.number.PhoneNumber;
import org.quietline.screening.Action;
import org.quietline.screening.Sms;
import org.quietline.screening.Verdict;

/**
 * Races marketing submits against refusals: two threads screen the merchant's marketing to random subscribers
 * while two others deliver each subscriber's "TD" twice (the SMSC's replay racing the original). Afterwards,
 * every screening that started after that subscriber's refusal was acknowledged must be a BLOCK, and each
 * subscriber has exactly one refusal and one confirmation.
 */
class RefusalRaceTest {

    private static final int SUBSCRIBERS = 300;
    private static final int SUBMITS_PER_THREAD = 20_000;

    private record Screening(PhoneNumber to, long startedAt, Action action) {
    }

    @Test
    void noMarketingIsAllowedAfterTheRefusalWasAcknowledged() throws Exception {
        DeskFixture f = new DeskFixture();
        List<PhoneNumber> subscribers = new ArrayList<>();
        for (int i = 0; i < SUBSCRIBERS; i++) {
            PhoneNumber p = PhoneNumber.parse("+86139" + String.format("%08d", 10_000_000 + i * 7));
            subscribers.add(p);
            f.register.record(p, f.now.get(), Change.given(SHOP, Scope.MARKETING, Source.SIGNUP, "form"));
            f.deliver(new Sms(SHARED_PORT, p, Fixtures.marketing(SHOP), f.now.get()));
        }
        Map<PhoneNumber, Long> acknowledged = new ConcurrentHashMap<>();
        List<Screening> screenings = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger confirmations = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            long seed = t;
            work.add(pool.submit(() -> submit(f, subscribers, screenings, start, seed)));
            work.add(pool.submit(() -> reply(f, subscribers, acknowledged, confirmations, start, seed + 10)));
        }
        start.countDown();
        for (Future<?> w : work) {
            w.get();
        }
        pool.shutdown();

        long afterAck = screenings.stream().filter(s -> s.startedAt() > acknowledged.get(s.to())).count();
        List<Screening> leaked = screenings.stream()
                .filter(s -> s.startedAt() > acknowledged.get(s.to()) && s.action() == Action.ALLOW).toList();
        System.out.printf("race: %d screenings, %d started after the refusal was acknowledged, %d allowed of those%n",
                screenings.size(), afterAck, leaked.size());
        assertThat(afterAck).as("the race must produce screenings after acknowledgements").isPositive();
        assertThat(leaked).isEmpty();
        assertThat(f.sent).hasSize(SUBSCRIBERS);
        for (PhoneNumber p : subscribers) {
            assertThat(f.register.history(p)).filteredOn(e -> e.change().kind() == Change.Kind.WITHDRAWN).hasSize(1);
        }
    }

    private static void submit(DeskFixture f, List<PhoneNumber> subscribers, List<Screening> out, CountDownLatch start,
                               long seed) {
        await(start);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < SUBMITS_PER_THREAD; i++) {
            PhoneNumber to = subscribers.get(random.nextInt(subscribers.size()));
            long began = System.nanoTime();
            Verdict v = f.deliver(new Sms(SHARED_PORT, to, Fixtures.marketing(SHOP), f.now.get()));
            out.add(new Screening(to, began, v.action()));
        }
    }

    private static void reply(DeskFixture f, List<PhoneNumber> subscribers, Map<PhoneNumber, Long> acknowledged,
                              AtomicInteger confirmations, CountDownLatch start, long seed) {
        await(start);
        List<PhoneNumber> order = new ArrayList<>(subscribers);
        java.util.Collections.shuffle(order, new java.util.Random(seed));
        for (PhoneNumber p : order) {
            Outcome o = f.desk.receive(new Mo(p, SHARED_PORT, "TD", f.now.get()));
            long ack = System.nanoTime();
            acknowledged.merge(p, ack, Math::min);
            o.confirmation().ifPresent(c -> confirmations.incrementAndGet());
            Thread.yield();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
