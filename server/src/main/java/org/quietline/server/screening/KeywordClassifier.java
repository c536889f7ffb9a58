package org.quietline.server.screening;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.quietline.classify.Category;
import org.quietline.classify.Classification;
import org.quietline.classify.Classifier;

/**
 * A few hand-written rules that stand in for the trained classifier of core until it ships: they know
 * the obvious forms of the five categories (a code with digits, an order or delivery notice, an
 * account-freeze lure with a link, a sale with an opt-out line) and nothing else. Deliberately humble
 * confidences (0.6–0.8), so that the policy's content signals fire only on plain cases. Thread-safe.
 */
final class KeywordClassifier implements Classifier {

    private record Rule(Category category, double confidence, double spam, Pattern pattern) {
    }

    private static final List<Rule> RULES = List.of(
            rule(Category.FRAUD, 0.8, 0.9, "(冻结|异常|涉嫌|中奖|退款|安全账户).*(https?://|www\\.|登录|点击)"
                    + "|(https?://|www\\.).*(冻结|异常|验证身份|解除)"),
            rule(Category.VERIFICATION_CODE, 0.8, 0.05, "(验证码|校验码|动态码|verification code|code is)\\D{0,12}\\d{4,8}"),
            rule(Category.NOTIFICATION, 0.7, 0.1, "(订单|已发货|快递|取件|账单|还款日|航班|车次|预约)"),
            rule(Category.MARKETING, 0.75, 0.8, "(回t退订|退订回t|回td|优惠|促销|折|满\\d+减|抢购|大促|sale|% off)"));

    private static Rule rule(Category category, double confidence, double spam, String regex) {
        return new Rule(category, confidence, spam, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    @Override
    public Classification classify(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Rule r : RULES) {
            if (r.pattern().matcher(lower).find()) {
                return new Classification(r.category(), r.confidence(), r.spam());
            }
        }
        return new Classification(Category.PERSONAL, 0.5, 0.2);
    }
}
