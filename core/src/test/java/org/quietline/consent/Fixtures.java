package org.quietline.consent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quietline.classify.Category;
import org.quietline.classify.Classification;
import org.quietline.number.PhoneNumber;
import org.quietline.number.SenderCode;
import org.quietline.screening.Action;
import org.quietline.screening.Check;
import org.quietline.screening.Examination;
import org.quietline.screening.Reason;
import org.quietline.screening.Screener;
import org.quietline.screening.Sms;
import org.quietline.screening.Subject;
import org.quietline.screening.Verdict;

/**
 * Shared test material: numbers, ports, texts, a classifier by marker words and a minimal screener that
 * runs checks and forces BLOCK for the consent signals, as the shipped policy does. Test code only.
 */
public final class Fixtures {

    public static final PhoneNumber ALICE = PhoneNumber.parse("13912345678");
    public static final PhoneNumber BOB = PhoneNumber.parse("13812345678");
    public static final SenderCode SHARED_PORT = SenderCode.parse("1069012345");
    public static final SenderCode BANK_PORT = SenderCode.parse("1065501234");
    public static final MerchantId SHOP = new MerchantId("优选商城");
    public static final MerchantId MALL = new MerchantId("好物集市");
    public static final Instant T0 = Instant.parse("2026-11-11T00:00:00Z");

    private Fixtures() {
    }

    public static String marketing(MerchantId m) {
        return "【" + m.value() + "】双十一狂欢，全场5折，回T退订";
    }

    public static String orderNotice(MerchantId m) {
        return "【" + m.value() + "】您的订单已发货，运单号SF1234567";
    }

    public static String code(MerchantId m) {
        return "【" + m.value() + "】您的验证码是 482913，5分钟内有效";
    }

    /** Classifies by marker words, as a stand-in for the real classifier. */
    public static Classification classify(String text) {
        if (text.contains("验证码")) {
            return new Classification(Category.VERIFICATION_CODE, 0.99, 0.01);
        }
        if (text.contains("订单") || text.contains("您已退订") || text.contains("免打扰")) {
            return new Classification(Category.NOTIFICATION, 0.9, 0.05);
        }
        return new Classification(Category.MARKETING, 0.9, 0.7);
    }

    /** A screener running {@code checks}, blocking on the consent signals, allowing otherwise, then settling them. */
    public static Screener screener(Check... checks) {
        Set<String> forced = Set.of(ConsentCheck.OPTED_OUT, ConsentCheck.DO_NOT_DISTURB, ConsentCheck.WITHOUT_CONSENT);
        return subject -> {
            Exam exam = new Exam(subject);
            for (Check c : checks) {
                c.inspect(exam);
            }
            Optional<Reason> force = exam.reasons.stream().filter(r -> forced.contains(r.signal())).findFirst();
            Verdict v = new Verdict(force.isPresent() ? Action.BLOCK : Action.ALLOW, 0, exam.reasons, force,
                    Optional.empty(), "test");
            for (Check c : checks) {
                c.settled(exam, v);
            }
            return v;
        };
    }

    /** An examination that keeps what checks report. */
    public static final class Exam implements Examination {
        private final Subject subject;
        public final List<Reason> reasons = new ArrayList<>();

        public Exam(Subject subject) {
            this.subject = subject;
        }

        @Override
        public Subject subject() {
            return subject;
        }

        @Override
        public Optional<Classification> classification() {
            return subject instanceof Sms sms ? Optional.of(classify(sms.text())) : Optional.empty();
        }

        @Override
        public void report(String signal, double strength, String evidence) {
            reasons.add(new Reason(signal, "consent", 0, signal, evidence));
        }
    }
}
