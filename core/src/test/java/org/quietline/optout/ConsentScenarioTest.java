package org.quietline.optout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quietline.classify.Category;
import org.quietline.classify.Classification;
import org.quietline.consent.Change;
import org.quietline.consent.ConsentCheck;
import org.quietline.consent.ConsentRegister;
import org.quietline.consent.InMemoryConsentLedger;
import org.quietline.consent.MerchantId;
import org.quietline.consent.MerchantOf;
import org.quietline.consent.OwnMessages;
import org.quietline.consent.Scope;
import org.quietline.consent.Source;
import org.quietline.merchant.InMemoryMerchantRegistry;
import org.quietline.merchant.Merchant;
import org.quietline.number.PhoneNumber;
import org.quietline.number.Sender;
import org.quietline.screening.FakeClassifier;
import org.quietline.screening.Policy;
import org.quietline.screening.Reason;
import org.quietline.screening.Screener;
import org.quietline.screening.Sms;
import org.quietline.screening.Verdict;
import org.quietline.screening.Yaml;
import org.quietline.screening.shipped.ShippedScreening;

/**
 * Runs the consent scenarios ({@code scenarios/consent/*.yaml}) through the shipped engine with the consent
 * check and the opt-out desk: consents recorded, messages delivered, replies handed to
 * the desk, then the subject screened; checks the action, the forcing signal, the signals present and absent,
 * and the kinds of the recipient's ledger entries afterwards.
 */
class ConsentScenarioTest {

    static Stream<String> scenarios() throws IOException, URISyntaxException {
        Path dir = Path.of(ConsentScenarioTest.class.getResource("/scenarios/consent").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    @SuppressWarnings("unchecked")
    void scenario(String file) throws IOException, URISyntaxException {
        Map<String, Object> tree = (Map<String, Object>) Yaml.parse(Files.readString(
                Path.of(ConsentScenarioTest.class.getResource("/scenarios/consent/" + file).toURI())));
        Policy policy = Optional.ofNullable(tree.get("policy")).map(o -> Policy.from(Yaml.shippedTree(), o))
                .orElseGet(Yaml::shipped);
        InMemoryMerchantRegistry registry = registry(tree);
        FakeClassifier classifier = new FakeClassifier();
        ConsentRegister register = new ConsentRegister(new InMemoryConsentLedger());
        OwnMessages own = new OwnMessages();
        RecentSenders recent = new InMemoryRecentSenders();
        MerchantOf merchants = MerchantOf.byRegistry(registry);
        Screener screener = ShippedScreening.builder(policy, classifier).merchants(registry)
                .ticker(() -> 0).check(new ConsentCheck(register, merchants, own, recent)).build();
        AtomicReference<Instant> now = new AtomicReference<>(Instant.EPOCH);
        OptOutDesk desk = new OptOutDesk(register, recent, screener::screen, own, now::get, OptOutSettings.DEFAULTS);

        for (Map<String, Object> g : (List<Map<String, Object>>) tree.getOrDefault("ledger", List.of())) {
            register.record(PhoneNumber.parse(String.valueOf(g.get("subscriber"))), Instant.EPOCH,
                    Change.given(new MerchantId((String) g.get("given")), Scope.valueOf((String) g.get("scope")),
                            Source.valueOf((String) g.get("source")), "scenario"));
        }
        for (Map<String, Object> b : (List<Map<String, Object>>) tree.getOrDefault("before", List.of())) {
            screener.screen(sms((Map<String, Object>) b.get("sms"), classifier, (Map<String, Object>) b.get("classification")));
        }
        for (Map<String, Object> r : (List<Map<String, Object>>) tree.getOrDefault("replies", List.of())) {
            Instant at = OffsetDateTime.parse(String.valueOf(r.get("at"))).toInstant();
            now.set(at);
            desk.receive(new Mo(PhoneNumber.parse(String.valueOf(r.get("from"))), Sender.parse(String.valueOf(r.get("to"))),
                    (String) r.get("text"), at));
        }
        Sms subject = sms((Map<String, Object>) tree.get("sms"), classifier, (Map<String, Object>) tree.get("classification"));
        Verdict v = screener.screen(subject);

        Map<String, Object> expect = (Map<String, Object>) tree.get("expect");
        List<String> fired = v.reasons().stream().map(Reason::signal).toList();
        assertThat(v.action().name()).as("action; reasons %s", v.reasons()).isEqualTo(expect.get("action"));
        assertThat(fired).containsAll((List<String>) expect.getOrDefault("signals", List.of()));
        for (String absent : (List<String>) expect.getOrDefault("absent", List.of())) {
            assertThat(fired).doesNotContain(absent);
        }
        Optional.ofNullable((String) expect.get("forced-by")).ifPresentOrElse(
                f -> assertThat(v.forcedBy()).map(Reason::signal).contains(f),
                () -> assertThat(v.forcedBy().map(Reason::signal)).isNotIn(Optional.of(ConsentCheck.OPTED_OUT),
                        Optional.of(ConsentCheck.DO_NOT_DISTURB), Optional.of(ConsentCheck.WITHOUT_CONSENT)));
        if (expect.containsKey("ledger")) {
            assertThat(register.history(subject.recipient())).extracting(e -> e.change().kind().name())
                    .containsExactlyElementsOf((List<String>) expect.get("ledger"));
        }
        assertThat(register.verify(subject.recipient()).intact()).isTrue();
    }

    @SuppressWarnings("unchecked")
    private static InMemoryMerchantRegistry registry(Map<String, Object> tree) {
        InMemoryMerchantRegistry registry = new InMemoryMerchantRegistry();
        for (Map<String, Object> m : (List<Map<String, Object>>) tree.getOrDefault("merchants", List.of())) {
            String id = (String) m.get("id");
            registry.add(new Merchant(id, (String) m.get("name"), Set.copyOf((List<String>) m.get("brands"))));
            for (Object s : (List<Object>) m.getOrDefault("routes", List.of())) {
                registry.route(id, Sender.parse(String.valueOf(s)));
            }
            for (Object s : (List<Object>) m.getOrDefault("codes", List.of())) {
                registry.registerCodes(id, Sender.parse(String.valueOf(s)));
            }
        }
        return registry;
    }

    private static Sms sms(Map<String, Object> m, FakeClassifier classifier, Map<String, Object> c) {
        String text = (String) m.get("text");
        if (c != null) {
            classifier.answer(text, new Classification(Category.valueOf((String) c.get("category")),
                    ((Number) c.get("confidence")).doubleValue(), ((Number) c.get("spam-score")).doubleValue()));
        }
        return new Sms(Sender.parse(String.valueOf(m.get("sender"))), PhoneNumber.parse(String.valueOf(m.get("recipient"))),
                text, OffsetDateTime.parse(String.valueOf(m.get("at"))).toInstant());
    }

}
