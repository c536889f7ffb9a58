package org.quietline.server.demo;

import org.springframework.stereotype.Component;

/** The shop's festival marketing through the shared port is screened, with its reasons. */
@Component
final class MarketingScene implements Scene {

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String title() {
        return "双11 营销短信 · A shop's marketing through a 1069 port";
    }

    @Override
    public void play(Stage stage) throws Exception {
        stage.narrate("双11 晚上八点，商城给买过一次东西的顾客发促销短信。",
                "8 pm on Singles' Day: the shop sends a promotion to a customer who bought once.");
        Stage.Screening s = stage.screen(MerchantsScene.PORT + "67", "13912345678",
                "【某某商城】双11狂欢最后4小时！全场5折起，满300减50，戳 https://t.cn/A6xYz9 抢购，回T退订",
                "2026-11-11T20:00:00+08:00");
        stage.expect(!s.action().equals("ALLOW"),
                "营销短信被拦下或标记，并写明理由", "the marketing is screened (not simply delivered), with its reasons");
    }
}
