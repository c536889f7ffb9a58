package org.quietline.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifierCommandsTest {

    /** Messages written for this test, labelled. */
    private static final List<String> CORPUS = List.of(
            "ham\t您的验证码为123456，5分钟内有效，请勿泄露。",
            "ham\t【京东】您的订单已发货，运单号SF123456789。",
            "ham\t晚上回家吃饭吗",
            "spam\t全场五折，进店有礼，回T退订",
            "spam\t恭喜您中奖五万元，请点击链接领取",
            "ham\tsee you at seven tonight",
            "spam\tWIN a free prize now, call 09061234567");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void classifyPrintsOneVerdictPerInputLineInOrder() throws Exception {
        Path input = write("input.tsv", List.of("ham\t您的验证码为123456", "全场五折回T退订", "", "spam\t"));
        Files.write(input, new byte[] {0, (byte) 0xFF, (byte) 0xFE, 'j', (byte) 0xC3, '\n'}, StandardOpenOption.APPEND);
        assertThat(new ClassifyCommand().run(List.of("--input", input.toString()), print(out), print(err))).isZero();
        assertThat(lines(out)).hasSize(5).allMatch(line -> line.matches("(spam|ham)\t[A-Z_]+\t[01]\\.\\d{4}"));
    }

    @Test
    void trainWritesAModelThatEvalMeasures() throws Exception {
        Path corpus = write("corpus.tsv", CORPUS);
        Path model = dir.resolve("model");
        int trained = new TrainCommand().run(List.of("--input", corpus.toString(), "--out", model.toString(),
                "--bits", "12", "--epochs", "10"), print(out), print(err));
        assertThat(trained).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("100%");
        out.reset();
        int evaluated = new EvalCommand().run(List.of("--input", corpus.toString(), "--model", model.toString()),
                print(out), print(err));
        assertThat(evaluated).isZero();
        assertThat(lines(out)).anyMatch(line -> line.startsWith("all") && line.contains("1.0000"));
    }

    @Test
    void evalComparesWithHandCheckedLabels() throws Exception {
        Path corpus = write("corpus.tsv", CORPUS);
        Path labels = write("labels.tsv", List.of("# path, line, category", "corpus.tsv\t1\tVERIFICATION_CODE"));
        new EvalCommand().run(List.of("--input", corpus.toString(), "--hand-labels", labels.toString()), print(out),
                print(err));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("hand-checked sample: 1 of 1 labels found");
    }

    @Test
    void anUnknownOptionIsNamed() {
        assertThatThrownBy(() -> new EvalCommand().run(List.of("--inptu", "x"), print(out), print(err)))
                .isInstanceOf(UsageException.class).hasMessageContaining("--inptu");
    }

    @Test
    void aMissingInputFileIsNamed() {
        assertThatThrownBy(() -> new ClassifyCommand().run(List.of("--input", dir.resolve("nope").toString()),
                print(out), print(err))).isInstanceOf(UsageException.class).hasMessageContaining("nope");
    }

    @Test
    void aBadSplitIsNamed() {
        assertThatThrownBy(() -> new EvalCommand().run(List.of("--input", "x", "--split", "half"), print(out),
                print(err))).isInstanceOf(UsageException.class).hasMessageContaining("half");
    }

    private Path write(String name, List<String> lines) throws Exception {
        return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static List<String> lines(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
