package org.quietline.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CdrsCommandTest {

    @TempDir
    Path dir;

    @Test
    void findsTheLotteryCampaignsAndCountsBrokenLines() throws Exception {
        Path sample = dir.resolve("lottery.csv");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        new CdrsCommand().run(List.of("--write-sample", sample.toString()), System.out, e);
        Files.writeString(sample, "this line is broken\n13800138000,12,2026-11-16T01:00:00Z,3,true\n",
                java.nio.file.StandardOpenOption.APPEND);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int code = new CdrsCommand().run(List.of("--file", sample.toString()), new PrintStream(out, true, StandardCharsets.UTF_8), e);

        assertThat(code).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("3 campaigns active").contains("1380013xxxx").contains("15712340xxx").contains("18634561xxx");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("rejected FIELDS").contains("rejected CALLEE")
                .doesNotContain("13800138000");
    }
}
