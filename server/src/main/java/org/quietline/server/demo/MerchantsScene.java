package org.quietline.server.demo;

import org.springframework.stereotype.Component;

/** Set-up: a shop and a bank share one 1069 port through the same SMS platform. */
@Component
final class MerchantsScene implements Scene {

    /** The port both send through; the bank's codes are registered to it. */
    static final String PORT = "1069012345";

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String title() {
        return "登记商户 · Registering the senders";
    }

    @Override
    public void play(Stage stage) throws Exception {
        stage.narrate("某某商城和招商银行通过同一个短信平台的 1069012345 端口发短信；银行的验证码登记在这个端口上。",
                "A shop (某某商城) and a bank (招商银行) send through the same platform port 1069012345;"
                        + " the bank's verification codes are registered to that port.");
        stage.call("POST", "/api/v1/merchants", """
                {"id":"shop-mou","name":"某某商城有限公司","brands":["某某商城"],"routes":["%s"]}""".formatted(PORT));
        stage.call("POST", "/api/v1/merchants", """
                {"id":"bank-cmb","name":"招商银行股份有限公司","brands":["招商银行"],"codes":["%s"]}""".formatted(PORT));
        stage.narrate("运营方做法一：封掉整个 1069 端口——银行验证码也收不到了。Quietline 按每条短信的内容和来源判断。",
                "The carriers' fix is to block the whole port, codes included. Quietline decides message by message.");
    }
}
