package org.quietline.bench.smpp;

import org.quietline.bench.ShippedPolicy;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.quietline.classify.Classifier;
import org.quietline.classify.LinearClassifier;
import org.quietline.consent.Change;
import org.quietline.consent.ConsentCheck;
import org.quietline.consent.ConsentRegister;
import org.quietline.consent.InMemoryConsentLedger;
import org.quietline.consent.MerchantId;
import org.quietline.consent.MerchantOf;
import org.quietline.consent.OwnMessages;
import org.quietline.consent.Scope;
import org.quietline.consent.Source;
import org.quietline.number.PhoneNumber;
import org.quietline.number.Sender;
import org.quietline.optout.InMemoryRecentSenders;
import org.quietline.screening.Action;
import org.quietline.screening.Policy;
import org.quietline.screening.Screener;
import org.quietline.screening.ScreeningEngine;
import org.quietline.screening.Verdict;
import org.quietline.screening.shipped.ShippedScreening;
import org.quietline.smpp.FailurePolicy;
import org.quietline.smpp.Firewall;
import org.quietline.smpp.FirewallSettings;
import org.quietline.smpp.SmscSettings;
import org.quietline.smpp.SubscriberReplies;
import org.quietline.smpp.VerdictLog;
import org.quietline.smpp.platform.InMemoryPlatformRegistry;
import org.quietline.smpp.platform.PasswordHash;
import org.quietline.smpp.platform.Platform;
import org.quietline.smpp.platform.SenderGrant;

/**
 * The benchmark's traffic and the firewall it goes through. A third verification codes, a third order
 * notices (to 10,000 subscribers), a third consented marketing (to 100,000 further subscribers, each once per
 * pass over the bodies, so that the shipped frequency caps never DEFER it): every message is forwarded, and
 * after the first pass every recipient is one the firewall has parsed before. The firewall runs the shipped engine,
 * policy and trained classifier with the consent check (witnessed for opt-out), all in memory, on a clock
 * where every 5 s of the run is another day at 10:00 in Shanghai.
 */
final class Workload {

    static final String PLATFORM = "bench";
    static final String PLATFORM_PASSWORD = "pw";
    private static final String PORT = "1069012345";
    private static final String MERCHANT = "优选商城";
    private static final int MARKETED = 100_000;
    /** 10:00 in Shanghai: the firewall's clock starts there, so that quiet hours (21:00–08:00) never apply. */
    static final Instant DAYTIME = Instant.parse("2026-11-11T02:00:00Z");
    private static final long DAY = Duration.ofSeconds(5).toNanos();

    private final List<PhoneNumber> marketed = subscribers(MARKETED, 23);
    private final List<Message> messages = messages(subscribers(10_000, 19), marketed);
    private final List<byte[]> bodies = messages.stream().map(m -> LoadGenerator.submitBody(m.source(), m.destination(), m.text())).toList();

    /** One submit_sm of the workload: its source and destination address and its text. */
    record Message(String source, String destination, String text) {
    }

    /** The messages, in the order they are sent. */
    List<Message> messages() {
        return messages;
    }

    /** submit_sm bodies of {@link #messages}, each sent once before any is sent again. */
    List<byte[]> bodies() {
        return bodies;
    }

    /** The firewall in front of the SMSC on {@code smscPort}: one SMSC link of {@code window} per connection. */
    Firewall firewall(int smscPort, int links, int window, Duration budget) throws IOException {
        ScreeningEngine screener = screener();
        return start(smscPort, links, window, budget, screener, FailurePolicy.defaults(screener));
    }

    /**
     * The same firewall with a screener that allows everything without looking at it: no classifier, no consent
     * check, no caps. Everything else (transport, decoding, reassembly, id mapping, metrics, platform
     * authentication and throughput limit, the screening budget) is the firewall's own, so that the two differ
     * by what screening costs.
     */
    Firewall unscreened(int smscPort, int links, int window, Duration budget) {
        Verdict allowed = new Verdict(Action.ALLOW, 0, List.of(), Optional.empty(), Optional.empty(), "unscreened");
        return start(smscPort, links, window, budget, subject -> allowed, FailurePolicy.defaults(Optional.empty()));
    }

    /** The firewall's screener: the shipped engine, policy and classifier, the consent check witnessed for opt-out. */
    ScreeningEngine screener() throws IOException {
        ConsentRegister register = new ConsentRegister(new InMemoryConsentLedger());
        Instant joined = Instant.parse("2026-10-01T00:00:00Z");
        for (PhoneNumber p : marketed) {
            register.record(p, joined, Change.given(new MerchantId(MERCHANT), Scope.MARKETING, Source.SIGNUP, "sign-up"));
        }
        Policy policy = ShippedPolicy.load();
        Classifier classifier = LinearClassifier.shipped();
        return ShippedScreening.builder(policy, classifier).check(new ConsentCheck(register,
                MerchantOf.bySignature(), new OwnMessages(), new InMemoryRecentSenders())).build();
    }

    private static Firewall start(int smscPort, int links, int window, Duration budget, Screener screener,
                                  FailurePolicy failures) {
        InMemoryPlatformRegistry platforms = new InMemoryPlatformRegistry().put(new Platform(PLATFORM,
                PasswordHash.of(PLATFORM_PASSWORD), 1_000_000, List.of(new SenderGrant(MERCHANT, Sender.parse(PORT))),
                false));
        SmscSettings smsc = SmscSettings.of("127.0.0.1", smscPort, SmscChild.SYSTEM_ID, SmscChild.PASSWORD)
                .withLinks(links, window);
        // the id journal as `quietline serve` keeps it by default (ADR 0105), in a directory that goes at exit
        FirewallSettings settings = FirewallSettings.of(0, smsc).withBindAddress("127.0.0.1")
                .withEsmeWindow(window, window * 4).withScreeningBudget(budget);
        if (!Boolean.getBoolean("bench.noJournal")) {
            settings = settings.withMessageIdJournal(temporaryJournal());
        }
        long started = System.nanoTime();
        // every DAY (5 s) of the run is another day at 10:00: a pass over the bodies takes longer than that even at
        // the firewall's best rate, so each marketed subscriber gets one message a day and the shipped caps
        // (two a day from one merchant) never DEFER; quiet hours never come
        InstantSource daytime = () -> {
            long elapsed = System.nanoTime() - started;
            return DAYTIME.plus(Duration.ofDays(elapsed / DAY)).plusNanos(elapsed % DAY);
        };
        return Firewall.start(settings, new Firewall.Parts(platforms, screener,
                failures, SubscriberReplies.ignored(), VerdictLog.ignored(),
                new SimpleMeterRegistry(), daytime));
    }

    private static Path temporaryJournal() {
        try {
            Path dir = Files.createTempDirectory("quietline-bench-ids");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        Files.deleteIfExists(f);
                    }
                    Files.deleteIfExists(dir);
                } catch (IOException e) {
                    System.err.println("could not delete " + dir + ": " + e);
                }
            }));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Message> messages(List<PhoneNumber> subscribers, List<PhoneNumber> marketed) {
        String[] texts = {
            "【" + MERCHANT + "】您的验证码是 %06d，5分钟内有效，请勿告诉他人。",
            "【" + MERCHANT + "】您的订单 %06d 已发货，请注意查收。",
            "【" + MERCHANT + "】会员日全场8折，券码 %06d，回T退订",
        };
        SplittableRandom random = new SplittableRandom(20);
        List<Message> out = new ArrayList<>();
        for (int i = 0; i < 3 * marketed.size(); i++) {
            String text = String.format(texts[i % texts.length], random.nextInt(1_000_000));
            PhoneNumber to = i % 3 == 2 ? marketed.get(i / 3) : subscribers.get(random.nextInt(subscribers.size()));
            out.add(new Message(PORT + String.format("%02d", i % 100), to.e164(), text));
        }
        return out;
    }

    private static List<PhoneNumber> subscribers(int n, long seed) {
        List<PhoneNumber> out = new ArrayList<>(n);
        Set<PhoneNumber> seen = new HashSet<>();
        SplittableRandom random = new SplittableRandom(seed);
        while (out.size() < n) {
            PhoneNumber.tryParse("13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000)))
                    .filter(seen::add).ifPresent(out::add);
        }
        return out;
    }
}
