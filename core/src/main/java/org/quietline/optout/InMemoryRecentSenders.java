package org.quietline.optout;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.quietline.consent.MerchantId;
import org.quietline.number.NumberKey;
import org.quietline.number.PhoneNumber;
import org.quietline.number.Sender;
import org.quietline.screening.Sms;
import org.quietline.table.AgedTable;

/**
 * {@link RecentSenders} in memory, keeping at most {@value #PER_SUBSCRIBER} (sender, merchant) pairs per
 * subscriber and at most {@code maxSubscribers} subscribers, with nothing for a collector to trace per
 * subscriber or per delivery: subscribers are keyed by their E.164 number in an {@link AgedTable} whose entry
 * holds the newest delivery, the older ones are one block of adjacent rows of a flat array ({@link Rows}), and what
 * a delivery came from (its sender, merchant and reply codes) is held once per distinct origin, counted by the
 * deliveries that refer to it and dropped with the last ({@link Origins}). A busy platform sends through few ports
 * for few merchants, so origins are few and stay put (ADR 0100).
 *
 * <p>Each stripe applies deliveries in batches ({@link Stripe}): what a delivery needs is copied from its message
 * when it is told, and a batch reads all its subscribers' entries and rows before it changes them, so that these
 * reads, cache misses most of them, overlap rather than follow one another (ADR 0112). A reader sees every
 * delivery told before it: reading applies the stripe's pending ones first.
 *
 * <p><b>Forgetting.</b> When the subscribers are full, those whose newest delivery is at or before
 * {@code horizon} before the delivery being remembered are forgotten first (a reply resolves only against
 * deliveries of the opt-out's recent window, 30 days by default), then those whose newest delivery is oldest,
 * until 90% of {@code maxSubscribers} remain. Forgetting is safe: a reply that nothing recent resolves refuses
 * everything from the port replied to.
 *
 * <p>Thread-safe: subscribers are split by hash among up to 16 stripes ({@link AgedTable#stripes}), each
 * guarded by its own lock and holding its share of {@code maxSubscribers}.
 */
public final class InMemoryRecentSenders implements RecentSenders {

    static final int PER_SUBSCRIBER = 16;

    private final Stripe[] stripes;

    /** Up to a million subscribers, forgetting first those with nothing in the last 30 days. */
    public InMemoryRecentSenders() {
        this(1_000_000, Duration.ofDays(30));
    }

    /**
     * @param maxSubscribers the most subscribers remembered (at most 2^24)
     * @param horizon        how long a delivery may matter to a reply (the opt-out's recent window)
     */
    public InMemoryRecentSenders(int maxSubscribers, Duration horizon) {
        if (maxSubscribers < 1 || maxSubscribers > 1 << 24 || horizon.getSeconds() < 1) {
            throw new IllegalArgumentException("remembers 1 to 2^24 subscribers over a horizon of at least a second");
        }
        stripes = new Stripe[AgedTable.stripes(maxSubscribers)];
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Stripe(maxSubscribers / stripes.length, horizon.getSeconds());
        }
    }

    /**
     * Remembers {@code sms} as {@link #remember} does, from its parts: no {@link Delivery} is made, and the codes are
     * copied only if they are not an immutable list already.
     *
     * @throws NullPointerException for a null code
     */
    @Override
    public void delivered(Sms sms, Optional<MerchantId> merchant, List<String> replyCodes) {
        remember(sms.recipient(), sms.sender(), merchant.orElse(null), List.copyOf(replyCodes), sms.at());
    }

    @Override
    public void remember(PhoneNumber subscriber, Delivery delivery) {
        remember(subscriber, delivery.sender(), delivery.merchant().orElse(null), List.copyOf(delivery.replyCodes()),
                delivery.at());
    }

    private void remember(PhoneNumber subscriber, Sender sender, MerchantId merchant, List<String> replyCodes, Instant at) {
        // read before the lock, which is a fence: the subscriber's number and the sender are apart in memory, and
        // their reads overlap only when nothing orders them
        long key = NumberKey.of(subscriber);
        long probe = Origins.probe(sender, merchant);
        stripes[AgedTable.stripe(key, 0, stripes.length)].remember(key, probe, sender, merchant, replyCodes, at);
    }

    @Override
    public List<Delivery> recent(PhoneNumber subscriber) {
        long key = NumberKey.of(subscriber);
        return stripes[AgedTable.stripe(key, 0, stripes.length)].recent(key);
    }
}
