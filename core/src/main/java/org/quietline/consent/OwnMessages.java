package org.quietline.consent;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.quietline.screening.Sms;

/**
 * The messages Quietline itself sends a subscriber about their consents (opt-out confirmations, help
 * answers) while they are on their way through screening. They travel the same path as any service
 * message, but {@link ConsentCheck} must not hold one against the refusal it confirms; a sender cannot
 * forge an entry, because only the opt-out desk adds them. Entries are consumed once screened (by the
 * consent check's settling of the verdict) and expire after {@link #TTL}.
 *
 * <p>Thread-safe.
 */
public final class OwnMessages {

    /** How long an issued message waits to be screened before it is forgotten. */
    public static final Duration TTL = Duration.ofHours(1);

    private record Key(String recipient, String sender, String text) {
    }

    private final Map<Key, Instant> pending = new ConcurrentHashMap<>();

    /** Notes that Quietline is about to send {@code sms}. */
    public void issue(Sms sms) {
        Objects.requireNonNull(sms, "sms");
        expire(sms.at());
        pending.put(keyOf(sms), sms.at());
    }

    /** Whether {@code sms} is one that Quietline issued and that is still on its way. */
    public boolean isOwn(Sms sms) {
        return !pending.isEmpty() && pending.containsKey(keyOf(sms));
    }

    /** Whether {@code sms} is one that Quietline issued; forgets it (it has been screened). */
    public boolean consume(Sms sms) {
        return !pending.isEmpty() && pending.remove(keyOf(sms)) != null;
    }

    private void expire(Instant now) {
        Instant limit = now.minus(TTL);
        for (Iterator<Instant> it = pending.values().iterator(); it.hasNext(); ) {
            if (it.next().isBefore(limit)) {
                it.remove();
            }
        }
    }

    private static Key keyOf(Sms sms) {
        return new Key(sms.recipient().e164(), sms.sender().value(), sms.text());
    }
}
