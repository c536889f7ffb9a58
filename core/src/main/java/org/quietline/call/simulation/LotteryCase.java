package org.quietline.call.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.quietline.call.CallRecord;
import org.quietline.number.PhoneNumber;

/**
 * The second case of DESIGN.md as call traffic, for the demo, the tests and the benchmarks: a lottery
 * collects participants' numbers; two weeks later home-decoration sellers call them from rotating numbers
 * in a few ranges (a new number every few calls, mostly hung up on), among ordinary traffic, while a
 * courier calls many people and is answered. Generated from a seeded generator, so the same seed gives the
 * same calls. Immutable once generated.
 *
 * @param participants the lottery's participants (their numbers leaked)
 * @param mother       one participant, 65, whose daughter becomes her guardian
 * @param courier      the courier's number (registered in the allow register)
 * @param ranges       the ranges the sellers rotate through (prefixes of the national number)
 * @param calls        every call, in time order
 */
public record LotteryCase(List<PhoneNumber> participants, PhoneNumber mother, PhoneNumber courier,
                          List<String> ranges, List<Call> calls) {

    /** What kind of caller made a call, for judging the outcome. */
    public enum Kind {
        /** The sellers' campaign. */
        CAMPAIGN,
        /** People calling people. */
        ORDINARY,
        /** The courier. */
        COURIER
    }

    /**
     * One call of the simulation.
     *
     * @param record the call record
     * @param kind   who made it
     */
    public record Call(CallRecord record, Kind kind) {
    }

    /** Copies; rejects nulls. */
    public LotteryCase {
        participants = List.copyOf(participants);
        Objects.requireNonNull(mother, "mother");
        Objects.requireNonNull(courier, "courier");
        ranges = List.copyOf(ranges);
        calls = List.copyOf(calls);
    }

    /**
     * Generates the case: {@code participants} sign-ups, the campaign starting at {@code start} (two weeks
     * after the lottery) and lasting {@code days}, with {@code campaignCallsPerDay} campaign calls,
     * {@code ordinaryCallsPerDay} ordinary ones and {@code courierCallsPerDay} courier calls a day.
     */
    public static LotteryCase generate(RandomGenerator random, int participants, Instant start, int days,
                                       int campaignCallsPerDay, int ordinaryCallsPerDay, int courierCallsPerDay) {
        List<PhoneNumber> people = distinctNumbers(random, participants, "139");
        List<PhoneNumber> others = distinctNumbers(random, 5_000, "158");
        List<String> ranges = List.of("1380013", "15712340", "18634561");
        PhoneNumber courier = PhoneNumber.parse("13511112222");
        List<Call> calls = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            Instant morning = start.plus(Duration.ofDays(day));
            campaign(random, calls, people, ranges, morning, campaignCallsPerDay);
            ordinary(random, calls, people, others, morning, ordinaryCallsPerDay);
            courier(random, calls, people, others, courier, morning, courierCallsPerDay);
        }
        calls.sort(Comparator.comparing(c -> c.record().start()));
        return new LotteryCase(people, people.getFirst(), courier, ranges, calls);
    }

    private static void campaign(RandomGenerator random, List<Call> calls, List<PhoneNumber> people, List<String> ranges,
                                 Instant morning, int perDay) {
        // each day they work through a slice of the list, calling each target several times from new numbers
        List<PhoneNumber> targets = new ArrayList<>();
        for (int i = 0; i < Math.max(1, perDay / 5); i++) {
            targets.add(people.get(random.nextInt(people.size())));
        }
        PhoneNumber number = null;
        for (int i = 0; i < perDay; i++) {
            if (i % 4 == 0) {
                // a new number every four calls, somewhere in one of the ranges
                String range = ranges.get(random.nextInt(ranges.size()));
                number = PhoneNumber.parse(range + digits(random, 11 - range.length()));
            }
            PhoneNumber victim = targets.get(random.nextInt(targets.size()));
            Instant at = morning.plusSeconds(random.nextLong(10 * 3600));
            boolean answered = random.nextDouble() < 0.4;
            calls.add(new Call(record(number, victim, at, answered ? 2 + random.nextInt(8) : 0, answered), Kind.CAMPAIGN));
        }
    }

    private static void ordinary(RandomGenerator random, List<Call> calls, List<PhoneNumber> people, List<PhoneNumber> others,
                                 Instant morning, int perDay) {
        for (int i = 0; i < perDay; i++) {
            PhoneNumber from = others.get(random.nextInt(others.size()));
            PhoneNumber to = random.nextBoolean() ? people.get(random.nextInt(people.size())) : others.get(random.nextInt(others.size()));
            if (from.equals(to)) {
                continue;
            }
            boolean answered = random.nextDouble() < 0.8;
            Instant at = morning.plusSeconds(random.nextLong(14 * 3600));
            calls.add(new Call(record(from, to, at, answered ? 20 + random.nextInt(280) : 0, answered), Kind.ORDINARY));
        }
    }

    private static void courier(RandomGenerator random, List<Call> calls, List<PhoneNumber> people, List<PhoneNumber> others,
                                PhoneNumber courier, Instant morning, int perDay) {
        for (int i = 0; i < perDay; i++) {
            PhoneNumber to = random.nextDouble() < 0.6 ? people.get(random.nextInt(people.size())) : others.get(random.nextInt(others.size()));
            boolean answered = random.nextDouble() < 0.85;
            Instant at = morning.plusSeconds(random.nextLong(10 * 3600));
            calls.add(new Call(record(courier, to, at, answered ? 15 + random.nextInt(60) : 0, answered), Kind.COURIER));
        }
    }

    private static CallRecord record(PhoneNumber from, PhoneNumber to, Instant at, int seconds, boolean answered) {
        return new CallRecord(from, to, at, Duration.ofSeconds(seconds), answered);
    }

    private static List<PhoneNumber> distinctNumbers(RandomGenerator random, int n, String prefix) {
        Set<PhoneNumber> out = new LinkedHashSet<>();
        while (out.size() < n) {
            out.add(PhoneNumber.parse(prefix + digits(random, 8)));
        }
        return List.copyOf(out);
    }

    private static String digits(RandomGenerator random, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }

    /** Masked. */
    @Override
    public String toString() {
        return "LotteryCase[" + participants.size() + " participants, " + calls.size() + " calls, ranges " + ranges + "]";
    }
}
