package org.quietline.bench.screening;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.quietline.classify.Category;
import org.quietline.classify.Classification;

/**
 * The messages the screening benchmark replays: a built-in set written for Quietline (codes, notices,
 * marketing with and without signatures, opt-out instructions and links, fraud with lookalike links,
 * personal texts), or lines of the public corpora in {@code ../shared/data} when present. Each comes
 * with a sender and the classification a stand-in gives it, so the benchmark measures the engine and its
 * checks, not the classifier (measured on its own).
 */
final class Messages {

    record Message(String sender, String text, Classification classification) {
    }

    private Messages() {
    }

    /** Where the public corpora are: {@code -Dquietline.shared.dir}, by default {@code ../shared}. */
    static Path shared() {
        return Path.of(System.getProperty("quietline.shared.dir", "../shared"));
    }

    /**
     * The set a benchmark parameter names: {@code builtin}, or {@code corpus} (up to 3,000 lines of each
     * corpus file; the built-in set, said so, when the corpora are absent).
     */
    static List<Message> chosen(String messages) {
        if (!messages.equals("corpus")) {
            return builtIn();
        }
        List<Message> list = corpus(shared(), 3000);
        if (list.isEmpty()) {
            System.out.println("# no corpora under " + shared().toAbsolutePath() + "/data: using the built-in messages");
            return builtIn();
        }
        return list;
    }

    /**
     * {@code count} messages drawn from {@code list} with {@code random}: the sequence a benchmark replays,
     * the same for the screening and the classifier benchmarks.
     */
    static Message[] drawn(List<Message> list, int count, SplittableRandom random) {
        Message[] out = new Message[count];
        for (int i = 0; i < count; i++) {
            out[i] = list.get(random.nextInt(list.size()));
        }
        return out;
    }

    private static Message m(String sender, Category c, double confidence, double spam, String text) {
        return new Message(sender, text, new Classification(c, confidence, spam));
    }

    static List<Message> builtIn() {
        Category code = Category.VERIFICATION_CODE;
        Category notice = Category.NOTIFICATION;
        Category ad = Category.MARKETING;
        Category fraud = Category.FRAUD;
        Category personal = Category.PERSONAL;
        return List.of(
                m("106901234567", code, 0.98, 0.01, "【招商银行】您的验证码为482913，5分钟内有效，请勿泄露给他人。"),
                m("106901234501", code, 0.97, 0.02, "【招商银行】验证码：771204，您正在进行网银登录，如非本人操作请致电95555。"),
                m("1065502088", code, 0.95, 0.05, "【招商银行】您的验证码为 093311，5分钟内有效。"),
                m("10690777", code, 0.96, 0.02, "【某某商城】验证码 5521，用于登录，10分钟内有效。"),
                m("Quietline", code, 0.9, 0.05, "Your Quietline code is 449102. It expires in 10 minutes."),
                m("95588", notice, 0.93, 0.03, "【工商银行】您尾号1234的卡于11月11日10:05支出人民币258.00元，余额3,211.40元。"),
                m("95588", notice, 0.9, 0.05, "【工商银行】您的信用卡账单已出，详情见 https://www.icbc.com.cn/bill 。"),
                m("10690555123", notice, 0.92, 0.04, "【某某商城】您的订单已发货，顺丰单号SF1234567890，请注意查收。"),
                m("12306", notice, 0.95, 0.02, "【铁路客服】订单E123456789，张先生已购11月12日G101次3车7F号，北京南08:00开。"),
                m("10690123", notice, 0.85, 0.06, "您的快递已到达小区驿站，取件码 3-2-1108，请及时领取。"),
                m("1069055512", ad, 0.93, 0.81, "【某某商城】双11狂欢，全场5折起，点击领券 t.cn/A6xYz12 回T退订"),
                m("1069055512", ad, 0.91, 0.78, "【某某商城】会员日满199减100，回ＴＤ退订"),
                m("1069055512", ad, 0.92, 0.85, "【某某商城】夜场秒杀，全场3折，今晚12点开抢！"),
                m("10690999888", ad, 0.88, 0.9, "尊敬的客户，您的积分即将过期，立即兑换 http://jf-10086.top/x 拒收请回复R"),
                m("1069088800", ad, 0.9, 0.7, "【好物集市】新人专享礼包已到账，https://m.haowu.example.com/new 退订回N"),
                m("10658888", ad, 0.86, 0.75, "【易贷】您有一笔8万元额度待领取，最快3分钟到账，详询 dwz.cn/abc"),
                m("10690333", ad, 0.87, 0.6, "【XX装饰】年底装修大促，全包套餐低至9.9万，免费上门量房，回T退订"),
                m("+86 138 1234 5678", ad, 0.88, 0.7, "老板您好，本店新到一批装修材料，价格优惠，欢迎来电咨询。"),
                m("+86 137 0000 1234", ad, 0.8, 0.65, "美女你好，我们是XX健身，新店开业体验课免费，加微信 fit2026 了解"),
                m("1069000111", ad, 0.9, 0.8, "【某教育】小学奥数冬令营火热报名中，前50名立减2000元 url.cn/5abc"),
                m("10690999888", fraud, 0.9, 0.95, "【工商银行】您的账户存在异常，请登录icbc-cn.com.xx 核实身份，逾期冻结。"),
                m("+86 135 1234 9876", fraud, 0.92, 0.97, "您的银行卡涉嫌洗钱，请立即联系客服办理退款，否则将冻结账户。"),
                m("+86 136 8888 1234", fraud, 0.85, 0.93, "恭喜您被抽中为幸运用户，获得iPhone一部，点击 http://203.0.113.7/prize 领取"),
                m("+44 7911 123456", fraud, 0.6, 0.8, "Your Apple ID is locked. Unlock at http://аpple.com-id.top/unlock"),
                m("106901234567", code, 0.9, 0.2, "【PayPal】Your code is 482913. Verify at https://paypa1.com/verify"),
                m("10690999888", fraud, 0.88, 0.9, "【ETC服务】您的ETC已失效，请点击 etc-cx.xn--fiqs8s.com 重新认证"),
                m("+86 139 1111 2222", personal, 0.9, 0.02, "晚上一起吃饭吗？七点老地方见"),
                m("+86 139 3333 4444", personal, 0.88, 0.03, "妈，我到家了，别担心"),
                m("+1 202 555 0143", personal, 0.85, 0.05, "Running late, see you at 8"),
                m("+86 138 5555 6666", personal, 0.7, 0.1, "收到，明天把合同发你邮箱 zhang@example.com"),
                m("10086", notice, 0.9, 0.1, "【中国移动】尊敬的客户，您本月套餐流量已使用80%，详情登录中国移动APP查询。"),
                m("10010", ad, 0.7, 0.4, "【中国联通】5G畅享套餐限时优惠，回复KT办理，回复TD退订。"),
                m("95555", code, 0.97, 0.01, "【招商银行】您的动态密码为557120，请在页面中输入。"),
                m("10690555123", ad, 0.9, 0.7, "【某某商城】您关注的商品降价啦，快来看看吧 s.tb.cn/h.abc 回T退订"),
                m("1069022233", ad, 0.75, 0.55, "【健康体检】秋季体检套餐特惠368元，预约电话4008001234，回T退订"),
                m("106900000001", notice, 0.8, 0.1, "【某某物业】本周六上午9点至12点停水，请提前储水。"),
                m("10690999888", fraud, 0.8, 0.9, "【京东】您的白条额度异常，请访问 jd-baitiao.com.verify.top 解除限制"),
                m("1069055512", ad, 0.6, 0.5, ""),
                m("10690555", ad, 0.93, 0.8, "【某某商城】" + "年终大促，全场满减，".repeat(20) + "回T退订"),
                m("Promo", ad, 0.85, 0.7, "Flash sale! 50% off everything today only. Reply STOP to opt out."));
    }

    /**
     * Up to {@code perFile} lines of each public corpus file under {@code shared}, with senders spread
     * over the kinds and a keyword stand-in for the classifier; empty when the corpora are absent.
     */
    static List<Message> corpus(Path shared, int perFile) {
        List<Message> out = new ArrayList<>();
        String[] senders = {"10690555123", "1065502088", "95588", "10690999888", "+86 138 1234 5678", "106901234567", "Promo"};
        for (String file : List.of("data/cn-sms-mudou/train.tsv", "data/cn-sms-80w/sample.tsv", "data/uci-sms-spam/train.tsv")) {
            Path p = shared.resolve(file);
            if (!Files.isRegularFile(p)) {
                continue;
            }
            try {
                List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
                for (int i = 0; i < Math.min(perFile, lines.size()); i++) {
                    String line = lines.get(i);
                    int tab = line.indexOf('\t');
                    String label = tab < 0 ? "" : line.substring(0, tab);
                    String text = tab < 0 ? line : line.substring(tab + 1);
                    out.add(new Message(senders[Math.floorMod(text.hashCode(), senders.length)], text, standIn(label, text)));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return out;
    }

    /** A keyword stand-in for the classifier, so that each corpus line exercises the checks its category reaches. */
    private static Classification standIn(String label, String text) {
        double spam = label.equals("spam") || label.equals("1") ? 0.8 : 0.1;
        String t = text.toLowerCase(java.util.Locale.ROOT);
        Category c;
        if (t.contains("验证码") || t.contains("code")) {
            c = Category.VERIFICATION_CODE;
        } else if (t.contains("银行卡") || t.contains("中奖") || t.contains("冻结") || t.contains("won") || t.contains("prize")) {
            c = Category.FRAUD;
        } else if (t.contains("退订") || t.contains("优惠") || t.contains("折") || t.contains("free") || t.contains("offer") || spam > 0.5) {
            c = Category.MARKETING;
        } else if (t.contains("订单") || t.contains("快递") || t.contains("账单") || t.contains("尾号")) {
            c = Category.NOTIFICATION;
        } else {
            c = Category.PERSONAL;
        }
        return new Classification(c, 0.8, spam);
    }
}
