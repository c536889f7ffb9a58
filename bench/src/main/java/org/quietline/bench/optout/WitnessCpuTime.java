package org.quietline.bench.optout;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.quietline.consent.MerchantId;
import org.quietline.number.PhoneNumber;
import org.quietline.number.Sender;
import org.quietline.optout.InMemoryRecentSenders;
import org.quietline.optout.RecentSenders;
import org.quietline.screening.OptOutInstruction;
import org.quietline.screening.Sms;
import org.quietline.screening.rate.InMemoryRateCounter;
import org.quietline.screening.rate.RateKey;

/**
 * What the in-memory stores on the forwarding path cost per message: the opt-out witness
 * ({@link InMemoryRecentSenders}: every delivered message is remembered for its recipient) and the frequency
 * caps' counter ({@link InMemoryRateCounter}: two counts and two records per delivered marketing message),
 * over a population of subscribers, in thread CPU time; {@code remember} is the witness without reading the reply
 * codes from the text. Each message comes from one of {@code ports} ports, each for its own merchant: with
 * fewer subscribers than the default, lists fill up to their 16 pairs; then the collector's pauses during the rounds and the
 * heap that stays live after them. State that outlives a young collection is what makes a collector pause.
 *
 * <pre>java -Xms2g -Xmx2g -cp bench/target/benchmarks.jar org.quietline.bench.optout.WitnessCpuTime witness|remember|rate [subscribers] [rounds] [per-round] [ports]</pre>
 */
public final class WitnessCpuTime {

    private static final String[] TEXTS = {
        "【某某商城】双11狂欢，全场5折起，戳 t.cn/A6x 回T退订",
        "【某某银行】尊敬的客户，您的信用卡额度可提升至5万，详询客服。拒收请回复R",
        "【某某外卖】您有一张10元红包即将过期，快来使用吧！退订回TD",
        "【某某旅行】会员日机票特价，回复0000退订",
    };

    /** The reply codes each of {@link #TEXTS} announces, read once for {@code remember}. */
    private static final Map<String, List<String>> CODES = Arrays.stream(TEXTS)
            .collect(Collectors.toMap(t -> t, OptOutInstruction::codes));

    private WitnessCpuTime() {
    }

    /** Fills the store for one round, then prints the median CPU cost per message of the next rounds. */
    public static void main(String[] args) {
        String store = args.length > 0 ? args[0] : "witness";
        int subscribers = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int perRound = args.length > 3 ? Integer.parseInt(args[3]) : 1_000_000;
        int ports = args.length > 4 ? Integer.parseInt(args[4]) : 64;
        PhoneNumber[] recipients = new PhoneNumber[subscribers];
        for (int i = 0; i < subscribers; i++) {
            recipients[i] = PhoneNumber.parse("+86139" + String.format(Locale.ROOT, "%08d", i * 7L % 100_000_000));
        }
        Sender[] senders = new Sender[ports];
        MerchantId[] merchants = new MerchantId[ports];
        for (int i = 0; i < senders.length; i++) {
            senders[i] = Sender.parse("10690" + (12345 + i));
            merchants[i] = new MerchantId("merchant-" + i);
        }
        Operation op = switch (store) {
            case "rate" -> rate();
            case "remember" -> remember(new InMemoryRecentSenders());
            default -> witness(new InMemoryRecentSenders());
        };
        SplittableRandom random = new SplittableRandom(42);
        Instant start = Instant.parse("2026-11-11T02:00:00Z");
        long[] clock = {0};
        Runnable one = () -> {
            int s = random.nextInt(senders.length);
            Sms sms = new Sms(senders[s], recipients[random.nextInt(subscribers)], TEXTS[s % TEXTS.length],
                    start.plusMillis(clock[0] += 3));
            op.run(sms, merchants[s]);
        };
        for (int i = 0; i < Math.max(perRound, subscribers); i++) {
            one.run();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long gcCount0 = gcCount();
        long gcMillis0 = gcMillis();
        double[] nanos = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < perRound; i++) {
                one.run();
            }
            nanos[r] = (threads.getCurrentThreadCpuTime() - c0) / (double) perRound;
        }
        long collections = gcCount() - gcCount0;
        long pausedMillis = gcMillis() - gcMillis0;
        System.gc();
        long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-8s %,9.0f ns per message (%,.0f–%,.0f); %d collections, %,d ms in all during the rounds;"
                        + " %,d MB live after; %,d subscribers, %d rounds of %,d (%s)%n",
                store, nanos[rounds / 2], nanos[0], nanos[rounds - 1], collections, pausedMillis, live >> 20, subscribers,
                rounds, perRound, op.retained());
    }

    private interface Operation {
        void run(Sms sms, MerchantId merchant);

        default String retained() {
            return "";
        }
    }

    private static Operation witness(RecentSenders recent) {
        return (sms, merchant) -> recent.delivered(sms, Optional.of(merchant), OptOutInstruction.codes(sms.text()));
    }

    private static Operation remember(RecentSenders recent) {
        return (sms, merchant) -> recent.delivered(sms, Optional.of(merchant), CODES.get(sms.text()));
    }

    private static Operation rate() {
        InMemoryRateCounter counter = InMemoryRateCounter.standard();
        Duration day = Duration.ofDays(1);
        return new Operation() {
            @Override
            public void run(Sms sms, MerchantId merchant) {
                RateKey toRecipient = new RateKey(RateKey.Kind.RECIPIENT, sms.recipient().e164());
                RateKey fromMerchant = new RateKey(RateKey.Kind.MERCHANT_TO_RECIPIENT, "m:" + merchant.value() + "|" + sms.recipient().e164());
                if (counter.count(toRecipient, sms.at(), day, 5) + counter.count(fromMerchant, sms.at(), day, 2) >= 0) {
                    counter.record(toRecipient, sms.at());
                    counter.record(fromMerchant, sms.at());
                }
            }

            @Override
            public String retained() {
                return counter.size() + " keys";
            }
        };
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(gc -> !gc.getName().contains("Concurrent") && !gc.getName().contains("Cycles"))
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(gc -> !gc.getName().contains("Concurrent") && !gc.getName().contains("Cycles"))
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
