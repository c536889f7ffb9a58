package org.quietline.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RangesCommandTest {

    @TempDir
    Path dir;

    /** A campaign through 404-555-1xxx reported by many people, and scattered single reports. */
    private Path complaints() throws Exception {
        StringBuilder csv = new StringBuilder("created_date,complaint_id,company_phone_number,consumer_area_code\n");
        LocalDate day = LocalDate.parse("2020-04-01");
        for (int i = 0; i < 400; i++) {
            csv.append(day.plusDays(i % 90)).append(",c").append(i).append(",404555").append(1000 + (i * 37) % 1000).append(",404\n");
            csv.append(day.plusDays(i % 90)).append(",s").append(i).append(",").append(3_105_550_000L + i * 7919L % 9_000_000).append(",310\n");
        }
        csv.append("2020-05-01,bad,__________,404\n");
        Path f = dir.resolve("complaints.csv");
        Files.writeString(f, csv);
        return f;
    }

    @Test
    void printsPrefixAndSizeOfEachFlaggedRangeWithinTheBudget() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = new RangesCommand().run(List.of("--reports", complaints().toString(), "--as-of", "2020-06-30",
                "--budget", "5000"), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).isNotEmpty().allMatch(l -> l.matches("\\d{1,9} \\d+"));
        assertThat(lines.getFirst()).startsWith("4045551");
        assertThat(lines.stream().mapToLong(l -> Long.parseLong(l.split(" ")[1])).sum()).isLessThanOrEqualTo(5000);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("rejected NUMBER_MASKED");
    }

    @Test
    void compareLinesUpEveryRuleTheCeilingAndTheRatios() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int code = new RangesCompareCommand().run(List.of("--reports", complaints().toString(), "--as-of", "2020-05-31",
                "--until", "2020-06-30", "--budgets", "2000,20000"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        for (String rule : List.of("exact-blacklist", "phoneblock", "naive-/1000", "quietline", "ceiling")) {
            assertThat(lines.stream().filter(l -> l.startsWith(rule + " "))).as(rule).hasSize(2);
        }
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("\\s+2,000\\s+[0-9.]+x\\s+([0-9.]+x|-)\\s+[0-9.]+%"));
    }

    @Test
    void refusesABadDate() {
        assertThatThrownBy(() -> new RangesCommand().run(List.of("--reports", "pom.xml", "--as-of", "30.9.2020"),
                System.out, System.err)).isInstanceOf(UsageException.class).hasMessageContaining("--as-of");
    }

    @Test
    void refusesAnUnknownOption() {
        assertThatThrownBy(() -> new RangesCommand().run(List.of("--budgte", "5"), System.out, System.err))
                .isInstanceOf(UsageException.class).hasMessageContaining("unknown option --budgte");
    }
}
