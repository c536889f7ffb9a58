package org.quietline.server.smpp;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.quietline.number.Sender;
import org.quietline.optout.Mo;
import org.quietline.optout.OptOutDesk;
import org.quietline.screening.ScreeningEngine;
import org.quietline.server.demo.Scene;
import org.quietline.server.demo.Stage;
import org.quietline.smpp.FailurePolicy;
import org.quietline.smpp.Firewall;
import org.quietline.smpp.FirewallSettings;
import org.quietline.smpp.LoopbackSmsc;
import org.quietline.smpp.SmscSettings;
import org.quietline.smpp.StatusTable;
import org.quietline.smpp.SubscriberReplies;
import org.quietline.smpp.VerdictLog;
import org.quietline.smpp.platform.InMemoryPlatformRegistry;
import org.quietline.smpp.platform.PasswordHash;
import org.quietline.smpp.platform.Platform;
import org.quietline.smpp.platform.SenderGrant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The demo's SMPP scene: an SMS platform binds to the firewall as it would to the carrier's SMSC (here a
 * loopback stand-in), and the same engine that answers the HTTP API decides inline: the bank's code goes
 * through, the shop's marketing is refused with its SMPP status, and the subscriber's "TD" comes back up.
 */
@Component
final class FirewallScene implements Scene {

    private static final String PORT = "1069012345";
    private static final String FRAUD_PORT = "10655512345";
    private static final String SUBSCRIBER = "+8613912345678";

    private final ScreeningEngine screener;
    private final ObjectProvider<OptOutDesk> desk;

    FirewallScene(ScreeningEngine screener, ObjectProvider<OptOutDesk> desk) {
        this.screener = screener;
        this.desk = desk;
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public String title() {
        return "短信防火墙 · The same verdicts inline, over SMPP";
    }

    @Override
    public void play(Stage stage) throws Exception {
        stage.narrate("短信平台不走 HTTP，而是用 SMPP 连运营商的短信中心。Quietline 防火墙串在中间：平台照常绑定、提交。",
                "SMS platforms speak SMPP to the carrier's SMSC. The firewall sits in between: the platform binds and"
                        + " submits as usual.");
        List<DeliverSm> up = new CopyOnWriteArrayList<>();
        try (LoopbackSmsc smsc = LoopbackSmsc.start("carrier", "carrier"); Firewall firewall = firewall(smsc)) {
            long bound = System.nanoTime() + 20_000_000_000L;
            while (!firewall.smscBound() && System.nanoTime() < bound) {
                Thread.sleep(20);
            }
            SMPPSession platform = bind(firewall.port(), up);
            try {
                int code = submit(stage, platform, PORT, "【招商银行】您的验证码是 482913，5分钟内有效，请勿告诉他人。");
                stage.expect(code == 0, "银行验证码经 SMPP 放行，送到短信中心", "the bank's code goes through to the SMSC");
                int marketing = submit(stage, platform, PORT + "67", "【某某商城】双11狂欢最后4小时！全场5折起，满300减50，戳"
                        + " https://t.cn/A6xYz9 抢购，回T退订");
                stage.narrate("营销短信若只被标记（LABEL），SMPP 没有标签字段，照常转发；被拦截时平台收到状态码。",
                        "A marketing message that is only labelled (LABEL) goes through unchanged: SMPP has no label field."
                                + " Refused ones get a status.");
                stage.expect(marketing == 0 || marketing >= StatusTable.REFUSED, "营销短信按结论转发或拒绝",
                        "the marketing is forwarded or refused as its verdict says");
                int fraud = submit(stage, platform, FRAUD_PORT, "【招商银行】您的账户存在异常，将于今日冻结，请立即登录"
                        + " http://cmb-secure-verify.top 验证身份并解除冻结。");
                stage.expect(fraud == StatusTable.FRAUD, "冒充银行的诈骗短信在 SMPP 层被拒：0x0403",
                        "the phishing message is refused at the SMPP layer with 0x0403 (blocked as fraud)");
                smsc.reply(SUBSCRIBER.substring(1), PORT + "67", "TD");
                long deadline = System.nanoTime() + 5_000_000_000L;
                while (up.isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                stage.narrate("用户回复 TD：先交给退订逻辑" + (desk.getIfAvailable() == null ? "（本演示未接入）" : "")
                                + "，再转给发送方平台。",
                        "She replies TD: it goes to the opt-out logic first"
                                + (desk.getIfAvailable() == null ? " (not wired in this demo)" : "")
                                + ", then on to the sending platform.");
                stage.expect(!up.isEmpty(), "回复送回到发送方平台", "the reply reaches the sending platform");
            } finally {
                platform.unbindAndClose();
            }
            stage.narrate("短信中心收到 " + smsc.accepted().size() + " 条。", "The SMSC received " + smsc.accepted().size()
                    + " message(s).");
        }
    }

    private Firewall firewall(LoopbackSmsc smsc) {
        InMemoryPlatformRegistry platforms = new InMemoryPlatformRegistry().put(new Platform("sms-platform",
                PasswordHash.of("pl4tf0rm"), 100, List.of(new SenderGrant("某短信平台", Sender.parse(PORT)),
                new SenderGrant("另一短信平台", Sender.parse(FRAUD_PORT))), false));
        OptOutDesk d = desk.getIfAvailable();
        SubscriberReplies replies = d == null ? SubscriberReplies.ignored()
                : reply -> d.receive(new Mo(reply.subscriber(), reply.to(), reply.text(), reply.at()));
        FirewallSettings settings = FirewallSettings.of(0, SmscSettings.of("127.0.0.1", smsc.port(), "carrier",
                "carrier")).withBindAddress("127.0.0.1");
        return Firewall.start(settings, new Firewall.Parts(platforms, screener,
                FailurePolicy.defaults(screener), replies, VerdictLog.ignored(), new SimpleMeterRegistry(),
                InstantSource.system()));
    }

    private static SMPPSession bind(int port, List<DeliverSm> up) throws Exception {
        SMPPSession session = new SMPPSession();
        session.setMessageReceiverListener(new MessageReceiverListener() {
            @Override
            public void onAcceptDeliverSm(DeliverSm deliverSm) {
                up.add(deliverSm);
            }

            @Override
            public void onAcceptAlertNotification(AlertNotification alertNotification) {
            }

            @Override
            public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) {
                return null;
            }
        });
        session.connectAndBind("127.0.0.1", port, new BindParameter(BindType.BIND_TRX, "sms-platform", "pl4tf0rm",
                "", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null));
        return session;
    }

    /** Submits as the platform would and shows the answer; returns the command_status (0: accepted). */
    private static int submit(Stage stage, SMPPSession platform, String from, String text) throws Exception {
        int status;
        String answer;
        try {
            String id = platform.submitShortMessage("", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, from,
                    TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, SUBSCRIBER, new ESMClass(), (byte) 0, (byte) 1,
                    null, null, new RegisteredDelivery(0), (byte) 0, DataCodings.newInstance((byte) 8), (byte) 0,
                    text.getBytes(StandardCharsets.UTF_16BE)).getMessageId();
            status = 0;
            answer = "submit_sm_resp OK, message_id " + id + " → 已转发 forwarded to the SMSC";
        } catch (NegativeResponseException e) {
            status = e.getCommandStatus();
            answer = "submit_sm_resp " + StatusTable.hex(status) + " → 未转发 not forwarded (" + meaning(status) + ")";
        }
        stage.narrate("submit_sm " + from + " → 139****5678 「" + text + "」", answer);
        return status;
    }

    private static String meaning(int status) {
        return switch (status) {
            case StatusTable.OPTED_OUT -> "recipient opted out";
            case StatusTable.NO_CONSENT -> "marketing without consent";
            case StatusTable.FRAUD -> "blocked as fraud";
            case StatusTable.HELD -> "held for review";
            case StatusTable.REFUSED -> "refused by policy";
            case StatusTable.THROTTLED -> "deferred: retry later";
            default -> "see docs/smpp.md";
        };
    }
}
