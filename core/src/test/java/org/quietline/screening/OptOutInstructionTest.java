package org.quietline.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OptOutInstructionTest {

    private static java.util.List<String> codes(String text) {
        return OptOutInstruction.codes(text);
    }

    @Test
    void findsTheCodeAChineseInstructionAnnouncesAfterOrBeforeWhatItDoes() {
        assertThat(codes("【优选商城】会员日，回0000退订")).containsExactly("0000");
        assertThat(codes("【某店】全场5折，回T退订")).containsExactly("t");
        assertThat(codes("【京东】…回复TD退订")).containsExactly("td");
        assertThat(codes("【京东】…回ＴＤ退订")).containsExactly("td");
        assertThat(codes("【好物】新品上市 退订回复TD")).containsExactly("td");
        assertThat(codes("【众信旅游】报名回P，退订回T")).containsExactly("t");
        assertThat(codes("拒收请回复R")).containsExactly("r");
        assertThat(codes("如非本人操作,退订请回复0000.客服电话")).containsExactly("0000");
        assertThat(codes("如需退订，请回复\"TD\"")).containsExactly("td");
        assertThat(codes("回复“N”即可退订")).containsExactly("n");
        assertThat(codes("80777.com抢购！回复QXDY取消订阅【12580】")).containsExactly("qxdy");
        assertThat(codes("取消短信请回复000【招商证券】")).containsExactly("000");
    }

    @Test
    void findsEnglishStopInstructions() {
        assertThat(codes("Sale today! Reply STOP to opt out")).containsExactly("stop");
        assertThat(codes("stop? txt club stop to 87070")).containsExactly("stop");
        assertThat(codes("2 stop texts txt stop to 80062.")).containsExactly("stop");
        assertThat(codes("unsubscribe send get euro stop to 83222.")).containsExactly("stop");
        assertThat(codes("Reply END to unsubscribe")).containsExactly("end");
    }

    @Test
    void aMentionOfUnsubscribingIsNoInstruction() {
        assertThat(codes("【中国移动】您已成功退订10元流量包，次月生效。")).isEmpty();
        assertThat(codes("【银行】您的验证码是123456")).isEmpty();
        assertThat(codes("回家吃饭，别退了")).isEmpty();
        assertThat(codes("text yes to 85023 now")).isEmpty();
        assertThat(codes("I'll stop by later, reply when you can")).isEmpty();
        assertThat(codes("Your appointment is at 10. Reply C to cancel")).isEmpty();
        assertThat(codes("退订回复abcdefghij")).isEmpty();
        assertThat(codes("")).isEmpty();
    }

    @Test
    void aCodeThatOnlyCancelsIsAReplyCodeButNoSignOfMarketing() {
        String booking = "恭候您来就餐！若临时改变心意，请回复2取消预订";
        String reminder = "如非您本人登录，可回复SD锁定邮箱，回复X取消提醒。";
        String refusal = "若不需接收此类短信，请回qxyx取消。";

        assertThat(OptOutInstruction.codes(booking)).containsExactly("2");
        assertThat(OptOutInstruction.codes(reminder)).containsExactly("x");
        assertThat(OptOutInstruction.codes(refusal)).containsExactly("qxyx");
        assertThat(OptOutInstruction.in(booking)).isFalse();
        assertThat(OptOutInstruction.in(reminder)).isFalse();
        assertThat(OptOutInstruction.in(refusal)).isFalse();
        assertThat(OptOutInstruction.in("【某店】全场5折，回T退订")).isTrue();
    }

    @Test
    void withoutTakesOutTheInstructionsAndNothingElse() {
        assertThat(OptOutInstruction.without("【某店】全场5折，回T退订")).isEqualTo("【某店】全场5折，");
        assertThat(OptOutInstruction.without("【好物】新品上市 退订回复TD。")).isEqualTo("【好物】新品上市 。");
        assertThat(OptOutInstruction.without("Sale! Reply STOP to opt out")).isEqualTo("Sale! ");
        assertThat(OptOutInstruction.without("请回复2取消预订")).isEqualTo("请回复2取消预订");
        assertThat(OptOutInstruction.without("没有退订说明")).isEqualTo("没有退订说明");
    }

    @Test
    void eachCodeOnce() {
        assertThat(codes("回T退订。回T退订。退订回R")).containsExactly("t", "r");
    }

    @Test
    void anyTextGetsAnAnswer() {
        SplittableRandom random = new SplittableRandom(7);
        String alphabet = "回复退订拒收取消请发送即可 \"“”'tdrTDRＴＤ0123０stopSTOP to,，";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(40);
            for (int j = 0; j < length; j++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            // the text is read as folded, character by character: the folded copy gives the same answers
            assertThat(codes(s.toString())).isEqualTo(codes(Folding.fold(s.toString())));
            assertThat(OptOutInstruction.in(s.toString())).isEqualTo(OptOutInstruction.in(Folding.fold(s.toString())));
            for (String code : codes(s.toString())) {
                assertThat(code).as(s.toString()).matches("[a-z0-9]{1,8}");
            }
            assertThat(OptOutInstruction.without(s.toString()).length()).isLessThanOrEqualTo(s.length());
        }
    }
}
