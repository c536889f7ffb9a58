package org.quietline.optout;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.quietline.consent.Party;
import org.quietline.number.PhoneNumber;
import org.quietline.number.Sender;
import org.quietline.screening.Sms;

/**
 * The texts sent back to a subscriber: Chinese for Chinese numbers, English otherwise. They begin and end
 * without a 【signature】 on purpose: they speak for the operator, not for the merchants they name.
 */
final class Confirmations {

    private Confirmations() {
    }

    static Optional<Sms> of(Intent intent, List<Party> parties, Sender port, PhoneNumber to, Instant at) {
        boolean zh = to.countryCode() == 86;
        String text = switch (intent) {
            case OPT_OUT, OPT_OUT_ALL -> zh ? refusedZh(parties) : refusedEn(parties);
            case RESUBSCRIBE -> zh ? "您已恢复接收" + names(parties, true) + "的营销短信，回复TD可随时退订。本短信免费。"
                    : "You will get marketing from " + names(parties, false) + " again. Reply STOP to opt out. Free message.";
            case HELP -> zh ? "回复TD退订本号码发来的营销短信，回复“全部退订”退订所有商家的营销短信；验证码和订单通知不受影响。本短信免费。"
                    : "Reply STOP to end marketing from this sender, STOPALL to end marketing from everyone. Codes and"
                    + " service notices still arrive. Free message.";
            case NONE -> "";
        };
        return text.isEmpty() ? Optional.empty() : Optional.of(new Sms(port, to, text, at));
    }

    private static String refusedZh(List<Party> parties) {
        if (parties.stream().anyMatch(p -> p instanceof Party.Everyone)) {
            return "您已加入免打扰名单：所有商家的营销短信都将被拦截，验证码和订单、物流等服务短信照常接收。回复“恢复”可撤销。本短信免费。";
        }
        return "您已退订" + names(parties, true) + "的营销短信，验证码和订单、物流等服务短信照常接收。回复“恢复”可撤销。本短信免费。";
    }

    private static String refusedEn(List<Party> parties) {
        if (parties.stream().anyMatch(p -> p instanceof Party.Everyone)) {
            return "You are on the do-not-disturb list: marketing from every sender is blocked; codes and service"
                    + " notices still arrive. Reply START to undo. Free message.";
        }
        return "You will no longer get marketing from " + names(parties, false) + "; codes and service notices still"
                + " arrive. Reply START to undo. Free message.";
    }

    private static String names(List<Party> parties, boolean zh) {
        return parties.stream().map(p -> switch (p) {
            case Party.Merchant m -> zh ? "【" + m.id().value() + "】" : m.id().value();
            case Party.Via v -> zh ? "经" + v.sender().masked() + "发送" : "sender " + v.sender().masked();
            case Party.Everyone e -> zh ? "所有商家" : "every merchant";
        }).collect(Collectors.joining(zh ? "、" : ", "));
    }
}
