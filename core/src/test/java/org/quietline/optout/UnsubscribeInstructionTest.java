package org.quietline.optout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnsubscribeInstructionTest {

    @Test
    void findsTheCodeAMessageAnnounces() {
        assertThat(UnsubscribeInstruction.codes("【优选商城】会员日，回0000退订")).containsExactly("0000");
        assertThat(UnsubscribeInstruction.codes("【好物】新品上市 退订回复TD")).containsExactly("td");
        assertThat(UnsubscribeInstruction.codes("拒收请回复R")).containsExactly("r");
        assertThat(UnsubscribeInstruction.codes("Sale today! Reply STOP to opt out")).containsExactly("stop");
    }

    @Test
    void aMessageWithoutInstructionAnnouncesNothing() {
        assertThat(UnsubscribeInstruction.codes("【银行】您的验证码是123456")).isEmpty();
        assertThat(UnsubscribeInstruction.codes("")).isEmpty();
    }
}
