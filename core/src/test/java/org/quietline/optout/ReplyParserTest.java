package org.quietline.optout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReplyParserTest {

    private final ReplyParser parser = ReplyParser.standard();

    @ParameterizedTest
    @ValueSource(strings = {"T", "TD", "TD退订", "N", "Q", "R", "QX", "QXFS", "退订", "退", "取消", "拒收", "不要再发",
            "别再发了", "STOP", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPT OUT"})
    void everyFormTheIssueListsIsAnOptOut(String reply) {
        assertThat(parser.read(reply).intent()).isEqualTo(Intent.OPT_OUT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ＴＤ", "td", "tD", " T D ", "TD。", "「TD」", "回T退订", "TD😡", "🙄TD👋", "TD 谢谢", "请退订"})
    void caseWidthPunctuationEmojiAndTheEchoedTemplateDoNotHideAnOptOut(String reply) {
        assertThat(parser.read(reply).intent()).isEqualTo(Intent.OPT_OUT);
    }

    @Test
    void stopAllIsARefusalOfEveryone() {
        assertThat(parser.read("STOPALL").intent()).isEqualTo(Intent.OPT_OUT_ALL);
        assertThat(parser.read("全部退订").intent()).isEqualTo(Intent.OPT_OUT_ALL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"T恤还有货吗", "stop by tomorrow", "取消订单", "不需要发票", "don't stop", "the end", "TT"})
    void hardNegativesAreNone(String reply) {
        assertThat(parser.read(reply).intent()).isEqualTo(Intent.NONE);
    }

    @Test
    void aNumericCodeCountsOnlyWhereThePortUsesIt() {
        assertThat(parser.read("0000").intent()).isEqualTo(Intent.NONE);
        assertThat(parser.read("0000", Set.of("0000")))
                .isEqualTo(new Reading(Intent.OPT_OUT, "port-code:0000"));
    }

    @Test
    void theRuleNamesTheVocabularyEntryNotTheReply() {
        assertThat(parser.read("麻烦你们以后别再给我发短信了，谢谢").rule()).startsWith("phrase:");
        assertThat(parser.read("麻烦你们以后别再给我发短信了，谢谢").rule()).doesNotContain("麻烦你们");
    }

    @Test
    void undoingARefusalIsAResubscribe() {
        assertThat(parser.read("取消退订").intent()).isEqualTo(Intent.RESUBSCRIBE);
    }

    @Test
    void questionMarksAloneAskForHelp() {
        assertThat(parser.read("？？").intent()).isEqualTo(Intent.HELP);
    }

    @Test
    void aVeryLongReplyIsReadWithoutFailing() {
        assertThat(parser.read("退订".repeat(2_500)).intent()).isEqualTo(Intent.OPT_OUT);
        assertThat(parser.read("a".repeat(5_000)).intent()).isEqualTo(Intent.NONE);
    }
}
