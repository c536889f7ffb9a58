package org.quietline.optout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words and phrases of refusal, in Chinese and English, as {@link Normalized} renders them (lower case,
 * simplified characters, no punctuation). Kept in one place so that docs/optout.md can list them.
 *
 * <p>The tables lean towards recall: reading a refusal where there was none costs a merchant one
 * subscriber's marketing, while missing a refusal is the harm Quietline exists to end.
 */
final class Vocabulary {

    private Vocabulary() {
    }

    /** Whole tokens that alone say what the reply wants. */
    static final Map<String, Intent> KEYWORDS = keywords();

    /** Latin words that carry no intent around a keyword (stop please, unsubscribe me). */
    static final Set<String> LATIN_FILLERS = Set.of("please", "pls", "plz", "thanks", "thank", "you", "thx",
            "ty", "me", "now", "ok", "okay", "sms");

    /** Latin words that turn a refusal into a refusal of everyone (stop all). */
    static final Set<String> LATIN_ALL = Set.of("all", "everything", "everyone", "everybody", "anyone", "every");

    /** Politeness and the echoed template's "reply" around a CJK keyword (请退订, 退订谢谢, 回T退订). */
    static final List<String> CJK_PREFIXES = List.of("请回复", "回复", "回", "请", "麻烦", "帮我", "我要", "我想",
            "赶紧", "马上", "立即", "立刻", "快点", "那就", "给我", "直接");
    static final List<String> CJK_SUFFIXES = List.of("谢谢你", "谢谢", "谢了", "好吗", "好不好", "一下", "请回复",
            "回复", "回", "吧", "了", "啊", "呀", "哦", "哈", "呢", "嘛", "的");

    /** Refusals said the other way round: these mean no change. */
    static final List<String> CJK_NEGATED = List.of("不退订", "不要退订", "别退订", "不用退订", "无需退订", "不想退订",
            "不需要退订", "暂不退订", "先不退订", "不拒收");
    /** Undoing a refusal in words that contain one. */
    static final List<String> CJK_UNDO = List.of("取消退订", "取消拒收", "撤销退订");
    static final List<String> CJK_REFUSALS = List.of("退订", "拒收", "取消订阅", "取消短信", "取消推送", "取消营销",
            "取消广告", "停止发送", "停止推送", "停发", "不想收到", "不想再收到", "不再接收", "不接收", "不要接收",
            "勿扰", "免打扰", "勿打扰", "骚扰", "拉黑", "屏蔽", "投诉", "别烦");
    /** "Don't send (me) any more", with the exceptions where 发 means an invoice, goods or a parcel. */
    static final Pattern CJK_DONT_SEND = Pattern.compile(
            "(不要|不用|不必|别|勿|莫|不想|不需要|禁止|停止)(再|继续)?(给我|跟我|向我|对我|往我)?(再)?"
                    + "(发|推送|打扰|骚扰|推|打电话|联系)(?!票|货|错|快递|顺丰|邮件|工资)");
    static final List<String> CJK_RESUBSCRIBE = List.of("重新订阅", "恢复订阅", "恢复接收", "重新接收", "继续接收");
    static final List<String> CJK_ALL = List.of("全部", "所有", "一律", "全都", "统统", "通通", "全退");

    static final List<String> LATIN_NEGATED = List.of("dont stop", "do not stop", "never stop", "cant stop",
            "cannot stop", "can not stop", "wont stop", "didnt stop", "dont unsubscribe", "do not unsubscribe");
    static final List<String> LATIN_REFUSALS = List.of("unsubscribe", "unsub", "opt out", "optout", "opt me out",
            "stop sending", "stop texting", "stop messaging", "stop contacting", "stop spamming", "stop calling",
            "stop these", "stop this", "stop it", "stop the", "stop your", "stop all", "please stop", "pls stop",
            "plz stop", "remove me", "remove my", "take me off", "take my number off", "dont text", "dont message",
            "dont send", "dont contact", "dont call", "do not text", "do not message", "do not send",
            "do not contact", "do not call", "no more texts", "no more text", "no more messages", "no more sms",
            "leave me alone", "not interested", "dont want these", "do not want these", "dont want your",
            "do not want your", "dont want any", "do not want any", "quit texting", "quit sending",
            "quit messaging", "cancel subscription", "cancel my subscription");
    static final List<String> LATIN_RESUBSCRIBE = List.of("opt in", "opt back in", "subscribe again",
            "resubscribe", "start again", "start sending", "sign me up");

    private static Map<String, Intent> keywords() {
        Map<String, Intent> k = new HashMap<>();
        for (String w : List.of("t", "td", "n", "q", "r", "qx", "qxfs", "tdqx", "qxtd", "stop", "unsubscribe",
                "unsub", "cancel", "end", "quit", "revoke", "optout", "remove", "退订", "退", "取消", "拒收",
                "不要再发", "别再发", "别发", "不要发", "停止", "停", "不要", "不需要", "不用", "滚", "滚蛋", "滚开",
                "拉黑", "屏蔽", "勿扰", "免打扰", "取消订阅", "退出", "退订短信", "拒收短信")) {
            k.put(w, Intent.OPT_OUT);
        }
        for (String w : List.of("stopall", "unsubscribeall", "cancelall", "endall", "quitall", "tdall", "qxall",
                "optoutall", "全部退订", "退订全部", "全退", "全部拒收", "退订所有")) {
            k.put(w, Intent.OPT_OUT_ALL);
        }
        for (String w : List.of("start", "unstop", "subscribe", "resubscribe", "resume", "订阅", "重新订阅", "恢复",
                "恢复订阅", "恢复接收", "重新接收", "继续接收")) {
            k.put(w, Intent.RESUBSCRIBE);
        }
        for (String w : List.of("help", "info", "帮助", "求助", "客服")) {
            k.put(w, Intent.HELP);
        }
        return Map.copyOf(k);
    }
}
