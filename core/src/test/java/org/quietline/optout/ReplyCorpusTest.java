package org.quietline.optout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Measures the parser on the labelled replies under {@code src/test/resources/optout} and prints the
 * figures: the development set must be read entirely right (it is the parser's specification); the
 * held-out and adversarial sets are only measured, with floors so that a regression fails the build.
 */
class ReplyCorpusTest {

    @Test
    void theDevelopmentSetIsReadEntirelyRight() throws IOException {
        ReplyEvaluation e = ReplyEvaluation.of(ReplyParser.standard(), lines("replies-dev.tsv"));
        System.out.println("reply parser, development set (replies-dev.tsv):\n" + e.report());
        assertThat(e.misses()).isEmpty();
    }

    @Test
    void theHeldOutSetKeepsRefusalPrecisionAndRecallAboveTheFloor() throws IOException {
        ReplyEvaluation e = ReplyEvaluation.of(ReplyParser.standard(), lines("replies-holdout.tsv"));
        System.out.println("reply parser, held-out set (replies-holdout.tsv):\n" + e.report());
        e.misses().forEach(m -> System.out.println("  miss: expected " + m.expected() + ", read " + m.actual()
                + " <- " + m.text()));
        assertThat(e.refusalRecall()).isGreaterThanOrEqualTo(0.95);
        assertThat(e.refusalPrecision()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void theAdversarialSetIsMeasuredWithALowFloor() throws IOException {
        ReplyEvaluation e = ReplyEvaluation.of(ReplyParser.standard(), lines("replies-adversarial.tsv"));
        System.out.println("reply parser, adversarial set (replies-adversarial.tsv):\n" + e.report());
        e.misses().forEach(m -> System.out.println("  miss: expected " + m.expected() + ", read " + m.actual()
                + " <- " + m.text()));
        assertThat(e.refusalRecall()).isGreaterThanOrEqualTo(0.6);
        assertThat(e.refusalPrecision()).isGreaterThanOrEqualTo(0.6);
    }

    private static List<String> lines(String name) throws IOException {
        try (InputStream in = ReplyCorpusTest.class.getResourceAsStream("/optout/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
