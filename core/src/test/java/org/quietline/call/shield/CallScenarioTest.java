package org.quietline.call.shield;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quietline.call.CallLabel;
import org.quietline.call.NumberPattern;
import org.quietline.call.allow.AllowEntry;
import org.quietline.call.allow.AllowKind;
import org.quietline.call.allow.AllowRegister;
import org.quietline.call.policy.QuietHours;
import org.quietline.call.policy.SubscriberPolicy;
import org.quietline.screening.Action;
import org.quietline.screening.Reason;
import org.quietline.screening.Verdict;
import org.quietline.screening.Yaml;

/**
 * Runs every call scenario in {@code call-scenarios/} through the call shield and the shipped engine: the
 * reports and call records come first, then the subscriber's policy, then the one call screened; the
 * expected action, forcing signal, signals and label are checked, as for SMS scenarios.
 */
class CallScenarioTest {

    record Scenario(String name, Map<String, Object> tree) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Scenario> scenarios() throws IOException, URISyntaxException {
        Path dir = Path.of(CallScenarioTest.class.getResource("/call-scenarios").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream().map(CallScenarioTest::read);
        }
    }

    @SuppressWarnings("unchecked")
    private static Scenario read(Path file) {
        try {
            return new Scenario(file.getFileName().toString().replace(".yaml", ""),
                    (Map<String, Object>) Yaml.parse(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    @SuppressWarnings("unchecked")
    void scenario(Scenario s) {
        Map<String, Object> t = s.tree();
        AllowRegister register = AllowRegister.shipped();
        for (Map<String, Object> a : list(t, "allow-register")) {
            register.add(new AllowEntry(NumberPattern.parse(str(a, "pattern")), AllowKind.valueOf(str(a, "kind")), str(a, "name")));
        }
        Shields shields = Shields.of(register, Yaml.shipped());
        for (Map<String, Object> r : list(t, "reports")) {
            int count = r.containsKey("reporters") ? ((Number) r.get("reporters")).intValue() : 1;
            for (int i = 0; i < count; i++) {
                shields.report(str(r, "reporter") + i, str(r, "number"), CallLabel.parse(str(r, "label")).orElseThrow(), str(r, "at"));
            }
        }
        for (Map<String, Object> c : list(t, "calls")) {
            Instant start = Instant.parse(str(c, "start"));
            Duration every = c.containsKey("every") ? Duration.parse("PT" + str(c, "every").toUpperCase()) : Duration.ofMinutes(1);
            List<String> callers = c.get("callers") instanceof List<?> l ? (List<String>) l : List.of(str(c, "caller"));
            List<String> callees = c.get("callees") instanceof List<?> l ? (List<String>) l : List.of(str(c, "callee"));
            int i = 0;
            for (String caller : callers) {
                for (String callee : callees) {
                    shields.call(caller, callee, start.plus(every.multipliedBy(i++)).toString(),
                            ((Number) c.getOrDefault("seconds", 0)).longValue(), (Boolean) c.getOrDefault("answered", false));
                }
            }
        }
        if (t.get("policy") instanceof Map<?, ?> p) {
            shields.shield.policies().save(policy((Map<String, Object>) p));
        }
        Map<String, Object> call = (Map<String, Object>) t.get("call");
        Verdict v = shields.screen(str(call, "caller"), str(call, "callee"), str(call, "at"));

        Map<String, Object> expect = (Map<String, Object>) t.get("expect");
        List<String> fired = v.reasons().stream().map(Reason::signal).toList();
        assertThat(v.action()).as("action of %s; reasons %s", s.name(), v.reasons()).isEqualTo(Action.valueOf(str(expect, "action")));
        if (expect.containsKey("forced-by")) {
            assertThat(v.forcedBy().map(Reason::signal)).as("forced by").contains(str(expect, "forced-by"));
        }
        assertThat(fired).as("signals of %s", s.name()).containsAll((List<String>) expect.getOrDefault("signals", List.of()));
        for (String absent : (List<String>) expect.getOrDefault("absent", List.of())) {
            assertThat(fired).as("signals of %s", s.name()).doesNotContain(absent);
        }
        if (expect.containsKey("label")) {
            assertThat(v.label()).as("label of %s", s.name()).contains(str(expect, "label"));
        }
    }

    @SuppressWarnings("unchecked")
    private static SubscriberPolicy policy(Map<String, Object> p) {
        Set<CallLabel> block = EnumSet.noneOf(CallLabel.class);
        ((List<String>) p.getOrDefault("block", List.of())).forEach(l -> block.add(CallLabel.parse(l).orElseThrow()));
        Set<CallLabel> label = EnumSet.noneOf(CallLabel.class);
        ((List<String>) p.getOrDefault("label", List.of())).forEach(l -> label.add(CallLabel.parse(l).orElseThrow()));
        List<NumberPattern> blocked = ((List<String>) p.getOrDefault("blocked", List.of())).stream().map(NumberPattern::parse).toList();
        List<NumberPattern> allowed = ((List<String>) p.getOrDefault("allowed", List.of())).stream().map(NumberPattern::parse).toList();
        List<QuietHours> quiet = new ArrayList<>();
        for (String q : (List<String>) p.getOrDefault("quiet", List.of())) {
            String[] fromTo = q.split("-");
            quiet.add(new QuietHours(LocalTime.parse(fromTo[0]), LocalTime.parse(fromTo[1]), ZoneId.of("Asia/Shanghai")));
        }
        return new SubscriberPolicy(Shields.n(str(p, "subscriber")), block, label, blocked, allowed, quiet,
                Boolean.TRUE.equals(p.get("guarded")), 1);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> t, String key) {
        return (List<Map<String, Object>>) t.getOrDefault(key, List.of());
    }

    private static String str(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            throw new IllegalArgumentException("scenario misses " + key + " in " + m);
        }
        return v.toString();
    }
}
