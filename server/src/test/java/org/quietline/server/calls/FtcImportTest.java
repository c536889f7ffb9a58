package org.quietline.server.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FtcImportTest {

    @TempDir
    Path dir;

    private Path gz(String content) throws IOException {
        Path f = dir.resolve("complaints.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return f;
    }

    @Test
    void survivesBrokenLinesAndCountsEachByProblem() throws IOException {
        Path f = gz("""
                created_date,complaint_id,company_phone_number,consumer_area_code
                2020-02-14,a,8044770532,804
                2020-02-14,b,__________,804
                2020-02-14,c,,804
                this line is broken
                2020-02-15,d,+13603673173,360
                2020-02-15,e,7342120,734
                2020-02-31,f,8044770532,804
                """);
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        FtcImport.Result r = FtcImport.read(f, new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(r.table().size()).isEqualTo(2);
        assertThat(r.tally().accepted()).isEqualTo(2);
        assertThat(r.tally().rejectedByProblem()).containsEntry("NUMBER_MASKED", 1L).containsEntry("NUMBER_EMPTY", 1L)
                .containsEntry("FIELDS", 1L).containsEntry("NUMBER_TOO_SHORT", 1L).containsEntry("DATE", 1L);
        assertThat(r.tally().examples("FIELDS")).containsExactly(5L);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("100%").doesNotContain("8044770532");
    }

    @Test
    void readsEveryLineOfTheRealFile() throws IOException {
        Path real = Path.of(System.getProperty("quietline.shared.dir", "../shared"),
                "data/ftc-dnc-complaints/complaints-2020.csv.gz");
        assumeTrue(Files.isReadable(real), "the FTC corpus is not beside the checkout");

        FtcImport.Result r = FtcImport.read(real, new PrintStream(OutputStream.nullOutputStream()));

        // 1,684,542 lines: the header and 1,684,541 complaints, each either accepted or counted as rejected
        assertThat(r.tally().accepted() + r.tally().rejected()).isEqualTo(1_684_541L);
        assertThat(r.tally().rejectedByProblem()).containsKeys("NUMBER_EMPTY", "NUMBER_MASKED", "NUMBER_TOO_SHORT");
    }
}
