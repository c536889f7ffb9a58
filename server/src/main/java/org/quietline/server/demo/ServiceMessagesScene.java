package org.quietline.server.demo;

import org.springframework.stereotype.Component;

/** A verification code and an order notice from the very same port get through. */
@Component
final class ServiceMessagesScene implements Scene {

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String title() {
        return "同一端口的验证码和订单通知 · A code and an order notice from the same port";
    }

    @Override
    public void play(Stage stage) throws Exception {
        stage.narrate("同一个端口，银行发来登录验证码。", "The same port carries the bank's login code.");
        Stage.Screening code = stage.screen(MerchantsScene.PORT, "13912345678",
                "【招商银行】您的验证码为 384920，5分钟内有效，请勿泄露给他人。", "2026-11-11T20:05:00+08:00");
        stage.expect(code.action().equals("ALLOW"), "验证码照常送达", "the verification code is delivered");

        stage.narrate("商城的发货通知也是服务短信，照常送达。", "The shop's shipping notice is a service message: delivered.");
        Stage.Screening notice = stage.screen(MerchantsScene.PORT + "67", "13912345678",
                "【某某商城】您的订单 2026111188 已发货，顺丰快递，预计 11月13日 送达。", "2026-11-11T20:06:00+08:00");
        stage.expect(notice.action().equals("ALLOW") || notice.action().equals("LABEL"),
                "订单通知送达", "the order notice is delivered");
    }
}
