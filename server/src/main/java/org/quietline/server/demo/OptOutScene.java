package org.quietline.server.demo;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import tools.jackson.databind.JsonNode;
import org.springframework.stereotype.Component;

/**
 * Case 1 end to end: orders give SERVICE consent and the membership form MARKETING consent; the 双十一 burst
 * arrives; the shopper replies TD; the next marketing is blocked with its reason while an order notice and
 * a verification code still arrive; the shop's later attempt shows up as a violation in her ledger.
 */
@Component
final class OptOutScene implements Scene {

    private static final String SHOPPER = "13800138000";
    private static final String SHOP_PORT = MerchantsScene.PORT + "67";

    @Override
    public int order() {
        return 400;
    }

    @Override
    public String title() {
        return "回复TD，真的退订 · Opt-out that works (case 1)";
    }

    @Override
    public void play(Stage stage) throws Exception {
        stage.narrate("小林在某某商城下过两单（服务短信的同意），注册会员时勾选了接收优惠（营销短信的同意）。",
                "Lin ordered twice from the shop (consent to service messages) and ticked 'offers' when joining"
                        + " (consent to marketing).");
        consent(stage, "SERVICE", "ORDER", "order 2026100188", "2026-10-01T10:00:00+08:00");
        consent(stage, "SERVICE", "ORDER", "order 2026110502", "2026-11-05T09:30:00+08:00");
        consent(stage, "MARKETING", "SIGNUP", "member form #88412", "2026-10-01T10:01:00+08:00");

        stage.narrate("双十一当天，营销短信一条接一条。", "On Singles' Day the marketing keeps coming.");
        boolean delivered = true;
        for (int i = 0; i < 2; i++) {
            Stage.Screening burst = stage.submit(SHOP_PORT, SHOPPER, "【某某商城】双11第" + (i + 1) + "波：全场5折起，满300减50，回T退订",
                    at(-120 + 60 * i));
            // read as marketing (so consent was asked), and delivered because she gave it; the scene runs on the
            // wall clock, so at night the quiet hours defer it to the morning instead
            delivered &= burst.has("CONTENT_MARKETING") && (burst.action().equals("ALLOW") || burst.action().equals("LABEL")
                    || burst.action().equals("DEFER") && burst.forcedBy().equals("QUIET_HOURS_MARKETING"));
        }
        stage.expect(delivered, "她同意过营销，促销短信按营销短信送达（夜间推迟到早上）",
                "she agreed to marketing, so the burst is read as marketing and delivered (at night, deferred to the morning)");

        stage.narrate("小林回复“TD”。", "Lin replies \"TD\".");
        JsonNode mo = stage.call("POST", "/api/v1/mo", """
                {"from":"%s","to":"%s","text":"TD","receivedAt":"%s"}""".formatted(SHOPPER, SHOP_PORT, at(0)));
        stage.narrate("识别为 " + mo.path("intent").asString() + "（" + mo.path("rule").asString() + "），范围 "
                        + mo.path("scope") + "，生效于 " + mo.path("effectiveAt").asString() + "，已发送免费确认短信："
                        + mo.path("confirmed").asBoolean(),
                "Read as " + mo.path("intent").asString() + " (" + mo.path("rule").asString() + "), scope "
                        + mo.path("scope") + ", in force since " + mo.path("effectiveAt").asString()
                        + ", free confirmation sent: " + mo.path("confirmed").asBoolean());
        stage.expect(mo.path("intent").asString().equals("OPT_OUT") && mo.path("scope").toString().contains("shop-mou"),
                "退订针对这家商城", "the refusal is for this shop");

        Stage.Screening next = stage.submit(SHOP_PORT, SHOPPER, "【某某商城】返场特惠最后一天！爆款直降，回T退订",
                at(1));
        stage.expect(next.action().equals("BLOCK") && next.forcedBy().equals("RECIPIENT_OPTED_OUT"),
                "下一条营销短信被拦截，理由 RECIPIENT_OPTED_OUT", "the next marketing is blocked: RECIPIENT_OPTED_OUT");

        Stage.Screening notice = stage.submit(SHOP_PORT, SHOPPER, "【某某商城】您的订单 2026110502 已发货，顺丰快递，预计 11月13日 送达。",
                at(2));
        Stage.Screening code = stage.submit(MerchantsScene.PORT, SHOPPER, "【招商银行】您的验证码为 731045，5分钟内有效，请勿泄露给他人。",
                at(3));
        stage.expect(!notice.action().equals("BLOCK") && code.action().equals("ALLOW"),
                "订单通知和验证码照常送达", "the order notice and the verification code still arrive");

        stage.narrate("稍后，商城又发来营销短信。", "Later the shop tries again.");
        stage.submit(SHOP_PORT, SHOPPER, "【某某商城】老客专享券已到账，回T退订", at(5));
        JsonNode ledger = stage.call("GET", "/api/v1/subscribers/" + SHOPPER + "/ledger", "");
        for (JsonNode e : ledger.path("entries")) {
            stage.narrate("  账本 #" + e.path("seq").asLong() + " " + e.path("kind").asString() + " " + e.path("party").asString()
                    + " " + e.path("scope").asString() + " " + e.path("source").asString(),
                    "    " + e.path("evidence").asString());
        }
        boolean violation = false;
        for (JsonNode e : ledger.path("entries")) {
            violation |= e.path("kind").asString().equals("VIOLATION");
        }
        stage.narrate("账本哈希链完整：" + ledger.path("chain").path("intact").asBoolean() + "，链头 "
                        + ledger.path("headHash").asString().substring(0, 16) + "…",
                "The ledger's hash chain is intact: " + ledger.path("chain").path("intact").asBoolean());
        stage.expect(violation && ledger.path("chain").path("intact").asBoolean(),
                "商城退订后的营销尝试记为违规，账本可作证据", "the shop's later attempt is a violation on record, in an intact ledger");
    }

    /**
     * A time {@code minutes} from noon tomorrow, in China: the refusal takes effect when it is committed (now),
     * so every message of the story is stamped after that moment, and in the daytime, so that quiet hours never
     * defer the burst whatever the hour the demo runs at (a deferred burst is no delivery for the reply to
     * refer to, and the refusal would fall back to the port's scope).
     */
    private static String at(int minutes) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(1).withHour(12).truncatedTo(ChronoUnit.HOURS)
                .plusMinutes(minutes).toString();
    }

    private static void consent(Stage stage, String scope, String source, String evidence, String at) throws Exception {
        stage.call("POST", "/api/v1/consents", """
                {"subscriber":"%s","merchant":"shop-mou","scope":"%s","source":"%s","evidence":"%s","at":"%s"}"""
                .formatted(SHOPPER, scope, source, evidence, at));
    }
}
