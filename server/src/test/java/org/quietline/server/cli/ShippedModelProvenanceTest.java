package org.quietline.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quietline.classify.LinearClassifier;

/**
 * The shipped model is what its provenance file says: the recorded {@code train} command, run again on the
 * public corpora, writes a model with the recorded SHA-256, which is also that of the shipped file. Skips
 * when {@code ../shared/data} is absent.
 */
class ShippedModelProvenanceTest {

    @TempDir
    Path dir;

    @Test
    void theRecordedCommandRebuildsTheShippedModelBitForBit() throws Exception {
        Path shared = Path.of(System.getProperty("quietline.shared.dir", "../shared"));
        assumeTrue(Files.isDirectory(shared.resolve("data")), "no public corpora under " + shared + "; skipping");
        List<String> provenance = resource(LinearClassifier.SHIPPED_MODEL + ".provenance").lines().toList();
        String sha = field(provenance, "sha256");
        List<String> args = new ArrayList<>(Arrays.asList(field(provenance, "command").split(" ")));
        assertThat(args.subList(0, 2)).containsExactly("./quietline", "train");
        args = new ArrayList<>(args.subList(2, args.size()).stream()
                .map(a -> a.startsWith("../shared/") ? shared.resolve(a.substring("../shared/".length())).toString() : a)
                .toList());
        Path model = dir.resolve("model");
        args.set(args.indexOf("--out") + 1, model.toString());
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream quiet = new PrintStream(sink, true, StandardCharsets.UTF_8);
        assertThat(new TrainCommand().run(args, quiet, quiet)).isZero();
        assertThat(TrainCommand.sha256(model)).isEqualTo(sha);
        try (InputStream shipped = LinearClassifier.class.getResourceAsStream(LinearClassifier.SHIPPED_MODEL)) {
            assertThat(shipped.readAllBytes()).isEqualTo(Files.readAllBytes(model));
        }
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = LinearClassifier.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String field(List<String> lines, String name) {
        return lines.stream().filter(l -> l.startsWith(name + "\t")).map(l -> l.substring(name.length() + 1))
                .findFirst().orElseThrow();
    }
}
