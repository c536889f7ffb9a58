package org.quietline.server.optout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quietline.server.cli.UsageException;

class RepliesCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsPrecisionAndRecallForALabelledFile() throws Exception {
        Path file = Files.writeString(dir.resolve("r.tsv"), "OPT_OUT\tTD\nNONE\tT恤还有货吗\nOPT_OUT\t你们烦不烦\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new RepliesCommand().run(List.of("eval", file.toString(), "--misses"),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("OPT_OUT", "precision", "accuracy 0.667 on 3 replies",
                "miss: expected OPT_OUT, read NONE");
    }

    @Test
    void aMalformedLineIsAUsageErrorNamingTheLine() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.tsv"), "OPT_OUT\tTD\nMAYBE\tT\n");
        assertThatThrownBy(() -> new RepliesCommand().run(List.of("eval", file.toString()), System.out, System.err))
                .isInstanceOf(UsageException.class).hasMessageContaining("line 2");
    }
}
