package org.quietline.consent;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The merchant ids made lately, by the text they were made from (a signature's brand, a registry's id): the
 * consent check tells the merchant of every message, and a few merchants send most messages, so each id is
 * validated once and one instance is shared by all their messages, which makes comparing it with the ids held
 * in standings an identity check. Texts that make no id are remembered too.
 *
 * <p>Bounded: when it holds its most texts it forgets them all and starts again, so that a flood of made-up
 * brands costs a bounded amount of memory and the brands in use come straight back. Thread-safe.
 */
final class MerchantIds {

    /** How many texts a shipped {@link MerchantOf} remembers. */
    static final int SHIPPED = 16_384;

    private final int most;
    private final Map<String, Optional<MerchantId>> ids = new ConcurrentHashMap<>();

    /** Remembers at most about {@code most} texts (concurrent first uses may overshoot by the threads racing). */
    MerchantIds(int most) {
        if (most < 1) {
            throw new IllegalArgumentException("merchant ids remembered must be at least 1, was " + most);
        }
        this.most = most;
    }

    /** What {@link MerchantId#tryOf} makes of {@code text}, the same instance each time while remembered. */
    Optional<MerchantId> of(String text) {
        Optional<MerchantId> id = ids.get(text);
        if (id != null) {
            return id;
        }
        id = MerchantId.tryOf(text);
        if (ids.size() >= most) {
            ids.clear();
        }
        Optional<MerchantId> raced = ids.putIfAbsent(text, id);
        return raced != null ? raced : id;
    }

    /** How many texts are remembered now. */
    int size() {
        return ids.size();
    }
}
