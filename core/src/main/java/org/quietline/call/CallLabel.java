package org.quietline.call;

import java.util.Locale;
import java.util.Optional;

/**
 * What a subscriber says a caller is when reporting a number: the categories Chinese phone-safety apps
 * use, plus "not spam". Each has its Chinese name (as subscribers pick it) and the phrase a caller label
 * uses ("被 312 人标记为<b>装修推销</b>").
 */
public enum CallLabel {
    /** 骚扰: harassment, silent or abusive calls. */
    HARASSMENT("骚扰", "骚扰电话", true),
    /** 推销: sales calls of any kind. */
    SALES("推销", "推销", true),
    /** 装修: home-decoration sales. */
    RENOVATION("装修", "装修推销", true),
    /** 房产: real-estate agents. */
    REAL_ESTATE("房产", "房产中介", true),
    /** 贷款: loans and credit offers. */
    LOAN("贷款", "贷款推销", true),
    /** 诈骗: fraud. */
    FRAUD("诈骗", "诈骗", true),
    /** 快递: a courier (wanted calls, usually). */
    COURIER("快递", "快递", false),
    /** 外卖: food delivery (wanted calls, usually). */
    FOOD_DELIVERY("外卖", "外卖", false),
    /** 不是骚扰: the subscriber vouches for the number. */
    NOT_SPAM("不是骚扰", "正常号码", false);

    private final String chinese;
    private final String phrase;
    private final boolean unwanted;

    CallLabel(String chinese, String phrase, boolean unwanted) {
        this.chinese = chinese;
        this.phrase = phrase;
        this.unwanted = unwanted;
    }

    /** The name a subscriber picks: 骚扰, 推销, 装修 …. */
    public String chinese() {
        return chinese;
    }

    /** The phrase of a caller label: 骚扰电话, 装修推销, 房产中介 …. */
    public String phrase() {
        return phrase;
    }

    /** Whether a call of this kind is one people do not want (sales, fraud …), not a courier or a vouch. */
    public boolean unwanted() {
        return unwanted;
    }

    /**
     * Reads a label as people write it: the Chinese name (骚扰, 装修 …), the phrase (装修推销), or the English
     * constant in any case ({@code real_estate}, {@code NOT-SPAM}); empty when it is none of them.
     */
    public static Optional<CallLabel> parse(String text) {
        String t = text.strip();
        String constant = t.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (CallLabel l : values()) {
            if (l.chinese.equals(t) || l.phrase.equals(t) || l.name().equals(constant)) {
                return Optional.of(l);
            }
        }
        return t.equals("正常") || t.equals("非骚扰") ? Optional.of(NOT_SPAM) : Optional.empty();
    }
}
