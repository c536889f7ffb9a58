package org.quietline.screening.shipped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quietline.classify.Category;
import org.quietline.classify.Classification;
import org.quietline.merchant.InMemoryMerchantRegistry;
import org.quietline.merchant.Merchant;
import org.quietline.number.PhoneNumber;
import org.quietline.number.Sender;
import org.quietline.screening.Action;
import org.quietline.screening.FakeClassifier;
import org.quietline.screening.Sms;

/**
 * One scenario file (core/src/test/resources/scenarios/*.yaml) read into what the runner needs: the
 * registry, the messages screened before, the subject with the classification the fake classifier gives
 * it, and what the verdict must be (action, forcing signal, signals present and absent).
 */
record Scenario(String name, String description, Optional<Object> overrides, InMemoryMerchantRegistry registry,
                FakeClassifier classifier, List<Sms> before, Sms subject, Expectation expect) {

    record Expectation(Action action, Optional<String> forcedBy, List<String> signals, List<String> absent,
                       Optional<String> label) {
    }

    @SuppressWarnings("unchecked")
    static Scenario of(String name, Map<String, Object> tree) {
        FakeClassifier classifier = new FakeClassifier();
        InMemoryMerchantRegistry registry = new InMemoryMerchantRegistry();
        for (Map<String, Object> m : (List<Map<String, Object>>) tree.getOrDefault("merchants", List.of())) {
            String id = (String) m.get("id");
            registry.add(new Merchant(id, (String) m.get("name"), java.util.Set.copyOf((List<String>) m.get("brands"))));
            for (Object s : (List<Object>) m.getOrDefault("routes", List.of())) {
                registry.route(id, Sender.parse(String.valueOf(s)));
            }
            for (Object s : (List<Object>) m.getOrDefault("codes", List.of())) {
                registry.registerCodes(id, Sender.parse(String.valueOf(s)));
            }
        }
        List<Sms> before = new java.util.ArrayList<>();
        for (Map<String, Object> b : (List<Map<String, Object>>) tree.getOrDefault("before", List.of())) {
            Sms sms = sms((Map<String, Object>) b.get("sms"), classifier, (Map<String, Object>) b.get("classification"));
            int times = ((Number) b.getOrDefault("repeat", 1)).intValue();
            for (int i = 0; i < times; i++) {
                before.add(sms);
            }
        }
        Sms subject = sms((Map<String, Object>) tree.get("sms"), classifier, (Map<String, Object>) tree.get("classification"));
        Map<String, Object> e = (Map<String, Object>) tree.get("expect");
        Expectation expect = new Expectation(Action.valueOf((String) e.get("action")),
                Optional.ofNullable((String) e.get("forced-by")),
                (List<String>) e.getOrDefault("signals", List.of()),
                (List<String>) e.getOrDefault("absent", List.of()),
                Optional.ofNullable((String) e.get("label")));
        return new Scenario(name, (String) tree.get("description"), Optional.ofNullable(tree.get("policy")), registry,
                classifier, before, subject, expect);
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

    @Override
    public String toString() {
        return name;
    }
}
