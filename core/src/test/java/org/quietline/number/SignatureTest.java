package org.quietline.number;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignatureTest {

    @Test
    void atTheStart() {
        assertThat(Signature.find("【招商银行】您的验证码是123456")).contains(
                new Signature("招商银行", Signature.Position.START));
    }

    @Test
    void atTheEnd() {
        assertThat(Signature.find("双十一全场五折，回T退订【某某旗舰店】 ")).contains(
                new Signature("某某旗舰店", Signature.Position.END));
    }

    @Test
    void noneInTheMiddleOrMissing() {
        assertThat(Signature.find("您好【不是签名】的消息")).isEmpty();
        assertThat(Signature.find("恭喜您中奖了")).isEmpty();
        assertThat(Signature.find("【】空的")).isEmpty();
        assertThat(Signature.find("")).isEmpty();
    }
}
