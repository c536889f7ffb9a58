package org.quietline.screening.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quietline.screening.Policy;
import org.quietline.screening.Reason;
import org.quietline.screening.Screener;
import org.quietline.screening.Verdict;
import org.quietline.screening.Yaml;

/**
 * Runs every scenario file in {@code scenarios/} through the shipped engine under the shipped policy
 * (with the scenario's overrides, if any; time frozen, so no check overruns) and checks the action and the signals, as Rspamd's functional
 * tests do. A new check ships with at least one scenario.
 */
class ScenarioTest {

    static Stream<Scenario> scenarios() throws IOException, URISyntaxException {
        Path dir = Path.of(ScenarioTest.class.getResource("/scenarios").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> yaml = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            return yaml.stream().map(ScenarioTest::read);
        }
    }

    @SuppressWarnings("unchecked")
    private static Scenario read(Path file) {
        try {
            String name = file.getFileName().toString().replace(".yaml", "");
            return Scenario.of(name, (Map<String, Object>) Yaml.parse(Files.readString(file)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenario(Scenario s) {
        Policy policy = s.overrides().map(o -> Policy.from(Yaml.shippedTree(), o)).orElseGet(Yaml::shipped);
        Screener screener = ShippedScreening.builder(policy, s.classifier()).merchants(s.registry())
                .ticker(() -> 0) // decisions, not timings: no check may overrun here
                .build();
        s.before().forEach(screener::screen);

        Verdict v = screener.screen(s.subject());

        List<String> fired = v.reasons().stream().map(Reason::signal).toList();
        assertThat(v.action()).as("action of %s; reasons %s", s.name(), v.reasons()).isEqualTo(s.expect().action());
        assertThat(fired).as("signals of %s", s.name()).containsAll(s.expect().signals());
        for (String absent : s.expect().absent()) {
            assertThat(fired).as("signals of %s", s.name()).doesNotContain(absent);
        }
        s.expect().forcedBy().ifPresentOrElse(
                f -> assertThat(v.forcedBy()).map(Reason::signal).as("forced by").contains(f),
                () -> assertThat(v.forcedBy()).as("forced by").isEmpty());
        s.expect().label().ifPresent(l -> assertThat(v.label()).contains(l));
        assertThat(v.policyVersion()).isEqualTo(policy.version());
    }
}
