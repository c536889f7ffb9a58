package org.quietline.classify.training;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.quietline.classify.Category;
import org.quietline.screening.OptOutInstruction;
import org.quietline.screening.content.OneTimeCode;

/**
 * Derives a category for a message of a spam/ham corpus, which carries no category, from rules written for
 * this project: a code keyword next to a 4–8 digit code makes a {@link Category#VERIFICATION_CODE}; ham that
 * promotes (two promotion words, or an opt-out instruction unless it closes a service fact that promotes
 * nothing) is {@link Category#MARKETING}
 * (advertising the subscriber agreed to is still advertising); other ham with a signature or service
 * vocabulary is a {@link Category#NOTIFICATION}, the rest
 * {@link Category#PERSONAL}; spam with prize, impersonation, transfer, stock-tip, gambling, fake-invoice,
 * escort or premium-number vocabulary is {@link Category#FRAUD}, the rest {@link Category#MARKETING}. How well these rules agree with
 * a reader is measured on a hand-checked sample ({@code docs/classifier.md}). Training-time only; thread-safe.
 */
public final class CategoryRules {

    private static final Pattern SIGNATURE = Pattern.compile("^\\s*[【\\[][^】\\]]{1,20}[】\\]]|[【\\[][^】\\]]{1,20}[】\\]]\\s*$");

    private static final List<String> PROMOTION_WORDS = List.of(
            "优惠", "促销", "特惠", "折起", "打折", "抢购", "秒杀", "大促", "狂欢", "专享", "券", "限时", "开业",
            "热销", "团购", "免费领", "礼品", "赠送", "酬宾", "让利", "钜惠", "低至", "直降", "包邮", "开盘",
            "新品", "上市", "报名", "红包", "礼包", "免单", "返现", "抵现", "店庆", "会员日", "特价", "爆款", "全场",
            "限量", "惊喜价", "劲爆", "半价", "买一送一", "立减", "sale", "discount", "offer", "promo");
    /** 满300减50, 5折, 4.9折. */
    private static final Pattern PRICE_CUT = Pattern.compile("满[0-9x]+减|[0-9x]折");

    /**
     * What only a service message says: a parcel on its way, an order shipped, a bill or a transaction on an
     * account. Some senders put an opt-out instruction on these too ("您有快件…退订回T").
     */
    private static final List<String> SERVICE_FACTS = List.of(
            "快件", "派送", "取件", "运单", "已发货", "出库", "签收", "订单号", "账单", "还款日", "应还", "尾号",
            "余额为", "航班", "值机", "登机", "开通", "办理成功", "已成功", "成功充值", "充值成功", "密码为", "扣款", "缴费");

    private static final List<String> SERVICE_WORDS = List.of(
            "尾号", "余额", "订单", "航班", "账户", "帐户", "快递", "包裹", "运单", "账单", "话费", "流量", "套餐",
            "信用卡", "登机", "值机", "取件", "签收", "到账", "入账", "客服", "积分", "缴费", "还款", "扣款", "交易",
            "中国移动", "中国联通", "中国电信", "银行", "your account", "your order", "delivery", "appointment",
            "balance", "booking", "ticket");

    private static final List<String> SERVICE_HINTS = List.of(
            "尊敬的", "您的", "您已", "您于", "提醒", "温馨提示", "预订", "预约", "办理", "会员", "业务", "服务",
            "成功", "开通", "登录", "密码", "查询", "欢迎");

    private static final List<String> FRAUD_WORDS = List.of(
            "中奖", "获奖", "幸运观众", "领奖", "奖金", "兑奖", "抽中", "抽选", "账户异常", "冻结", "安全账户",
            "涉嫌", "洗钱", "法院", "传票", "公安", "通缉", "汇款", "转账", "打款", "汇到", "打到", "卡号", "户名",
            "收款人", "积分兑换", "兑换现金", "积分清零", "系统升级", "账户升级", "网银升级", "证书过期", "u盾",
            "补贴", "退税", "退款", "理赔", "刷单", "代开", "发票", "办证", "假证", "六合", "特码", "三肖", "心水",
            "博彩", "赌场", "娱乐城", "百家乐", "彩金", "首存", "上门服务", "一条龙", "包夜", "换号", "我是你领导",
            "荐股", "牛股", "涨停", "拉升", "建仓", "老鼠仓", " won ", "call 09", "winner", "prize", "claim", "award", "urgent", "selected", "you have been", "guaranteed");

    private CategoryRules() {
    }

    /** The category of a message of a spam/ham corpus; empty only for an empty text. */
    public static Optional<Category> derive(String text, boolean spam) {
        String folded = fold(text);
        if (folded.isBlank()) {
            return Optional.empty();
        }
        if (isVerificationCode(folded)) {
            return Optional.of(Category.VERIFICATION_CODE);
        }
        if (spam) {
            return Optional.of(containsAny(folded, FRAUD_WORDS) ? Category.FRAUD : Category.MARKETING);
        }
        if (isPromotion(folded)) {
            return Optional.of(Category.MARKETING);
        }
        return Optional.of(isNotification(folded) ? Category.NOTIFICATION : Category.PERSONAL);
    }

    static boolean isVerificationCode(String folded) {
        return OneTimeCode.in(folded);
    }

    /**
     * Advertising a subscriber agreed to receive is ham but still MARKETING: two promotion words, or an
     * opt-out instruction ({@link OptOutInstruction}, which Chinese rules require on marketing and bulk
     * platforms put on marketing templates) unless the text states a service fact and promotes nothing.
     */
    private static boolean isPromotion(String folded) {
        int words = PRICE_CUT.matcher(folded).find() ? 1 : 0;
        for (String word : PROMOTION_WORDS) {
            words += folded.contains(word) ? 1 : 0;
        }
        if (words >= 2) {
            return true;
        }
        return OptOutInstruction.in(folded) && (words == 1 || !containsAny(folded, SERVICE_FACTS));
    }

    private static boolean isNotification(String folded) {
        if (SIGNATURE.matcher(folded).find() || containsAny(folded, SERVICE_WORDS)) {
            return true;
        }
        int hints = 0;
        for (String hint : SERVICE_HINTS) {
            if (folded.contains(hint) && ++hints == 2) {
                return true;
            }
        }
        return false;
    }

    /** NFKC (full-width to ASCII), lower case, padded with spaces so that whole English words can match. */
    static String fold(String text) {
        return " " + Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT) + " ";
    }

    private static boolean containsAny(String folded, List<String> words) {
        for (String word : words) {
            if (folded.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
