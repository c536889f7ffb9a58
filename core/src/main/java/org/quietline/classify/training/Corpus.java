package org.quietline.classify.training;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.quietline.classify.Category;

/**
 * Reads one line of a corpus ({@code label<TAB>text}) into an {@link Example}. Three kinds of label are
 * understood: {@code spam}/{@code ham} (categories then come from {@link CategoryRules}); the six kinds of
 * {@code cn-sms-80w/spam-6class.tsv}; and the fourteen of {@code cn-sms-fbs/spam-14cat.tsv}, whose
 * word-segmented text is joined back and whose placeholders are replaced by a sample of what they stand for,
 * so that it looks like raw SMS to the feature extractor. Stateless and thread-safe.
 */
public final class Corpus {

    /**
     * The six kinds of the 80w spam set. Loan offers count as {@link Category#MARKETING}, which is what
     * {@link Category} says of offered loans, although the set calls them loan fraud.
     */
    private static final Map<String, Category> SIX_KINDS = Map.of(
            "贷款诈骗", Category.MARKETING,
            "冒充银行扣款类、提供姓名及卡号转账诈骗", Category.FRAUD,
            "服务业广告推送信息", Category.MARKETING,
            "房地产推销信息", Category.MARKETING,
            "招聘信息", Category.MARKETING,
            "二手车推销信息", Category.MARKETING);

    /** Placeholders of the FBS set and what stands in for them; names and places are dropped. */
    private static final Map<String, String> PLACEHOLDERS = Map.of(
            "CELLPHONE", "13800000000", "PHONE", "010-12345678", "URL", "http://example.cn/a",
            "QQ", "QQ12345678", "WECHAT", "微信", "DIGIT", "8", "NAME", "", "PLACE", "", "BANK", "银行");

    private Corpus() {
    }

    /** The example on {@code line}, or empty for a line without a tab or with a label of no known kind. */
    public static Optional<Example> parse(String line) {
        int tab = line.indexOf('\t');
        if (tab < 0) {
            return Optional.empty();
        }
        String label = line.substring(0, tab).strip();
        String text = line.substring(tab + 1);
        String lower = label.toLowerCase(Locale.ROOT);
        if (lower.equals("spam") || lower.equals("ham")) {
            boolean spam = lower.equals("spam");
            return Optional.of(new Example(text, spam, CategoryRules.derive(text, spam)));
        }
        if (SIX_KINDS.containsKey(label)) {
            return Optional.of(new Example(text, true, Optional.of(SIX_KINDS.get(label))));
        }
        if (label.startsWith("AD:") || label.startsWith("FR:") || label.startsWith("IL:") || label.equals("Other")) {
            return Optional.of(new Example(joinSegmented(text), true, fbsCategory(label)));
        }
        return Optional.empty();
    }

    /** Advertising is marketing; fraud and the illegal offers (gambling, fake papers, escorts) are stopped as fraud. */
    private static Optional<Category> fbsCategory(String label) {
        if (label.startsWith("AD:")) {
            return Optional.of(Category.MARKETING);
        }
        if (label.startsWith("FR:") || label.equals("IL:Gambling") || label.equals("IL:Fake_ID_and_invoice")
                || label.equals("IL:Escort_service")) {
            return Optional.of(Category.FRAUD);
        }
        return Optional.empty();
    }

    /** Joins word-segmented text: a space survives only between two Latin words or numbers. */
    static String joinSegmented(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String token : text.strip().split(" +")) {
            String word = token.startsWith("URL") ? PLACEHOLDERS.get("URL") : PLACEHOLDERS.getOrDefault(token, token);
            if (word.isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && isLatin(out.charAt(out.length() - 1)) && isLatin(word.charAt(0))) {
                out.append(' ');
            }
            out.append(word);
        }
        return out.toString();
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
