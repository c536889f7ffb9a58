package org.quietline.server.demo;

import org.springframework.stereotype.Component;

/** A fraud message that borrows the bank's name from an unregistered port is blocked. */
@Component
final class FraudScene implements Scene {

    @Override
    public int order() {
        return 300;
    }

    @Override
    public String title() {
        return "冒充银行的诈骗短信 · A fraud message is blocked";
    }

    @Override
    public void play(Stage stage) throws Exception {
        stage.narrate("一个陌生端口冒充招商银行，发来钓鱼链接。",
                "An unknown port poses as the bank and sends a phishing link.");
        Stage.Screening s = stage.screen("10655512345", "13912345678",
                "【招商银行】您的账户存在异常，将于今日冻结，请立即登录 http://cmb-secure-verify.top 验证身份并解除冻结。",
                "2026-11-11T21:30:00+08:00");
        stage.expect(s.action().equals("BLOCK"), "诈骗短信被拦截", "the fraud message is blocked");
    }
}
