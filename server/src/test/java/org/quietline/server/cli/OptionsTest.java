package org.quietline.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OptionsTest {

    private static final Set<String> KNOWN = Set.of("input", "budget", "seed", "as-of");

    private static Options parse(String... args) {
        return Options.parse("ranges", List.of(args), KNOWN);
    }

    @Test
    void valuesRunUpToTheNextOptionAndTheEqualsFormGivesOne() {
        Options o = parse("--input", "a.tsv", "b.tsv", "--budget=10_000_000", "--as-of", "2020-09-30");
        assertThat(o.all("input")).containsExactly("a.tsv", "b.tsv");
        assertThat(o.positive("budget", 1)).isEqualTo(10_000_000L);
        assertThat(o.day("as-of")).hasToString("2020-09-30");
        assertThat(o.number("seed", 7)).isEqualTo(7);
        assertThat(o.has("seed")).isFalse();
    }

    @Test
    void badUseNamesTheOption() {
        assertThatThrownBy(() -> parse("--nope", "1")).isInstanceOf(UsageException.class)
                .hasMessageContaining("--nope").hasMessageContaining("--as-of, --budget");
        assertThatThrownBy(() -> parse("stray")).hasMessageContaining("'stray'");
        assertThatThrownBy(() -> parse("--seed", "1", "2").number("seed", 0))
                .hasMessageContaining("--seed takes exactly one value");
        assertThatThrownBy(() -> parse("--seed").text("seed")).hasMessageContaining("exactly one value");
        assertThatThrownBy(() -> parse("--seed", "x").number("seed", 0)).hasMessageContaining("was 'x'");
        assertThatThrownBy(() -> parse("--budget", "-5").positive("budget", 1))
                .hasMessageContaining("positive whole number");
        assertThatThrownBy(() -> parse().required("input")).hasMessageContaining("ranges needs --input");
    }
}
