package org.quietline.server.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.quietline.screening.Verdict;

/**
 * One screening as the audit log keeps it: the verdict whole, who asked, and the numbers only masked
 * and keyed. Never the message text.
 *
 * @param id              identifies the screening; answered to the client, so a complaint can cite it
 * @param screenedAt      when Quietline decided
 * @param receivedAt      when the message was submitted, as the client said (or when it arrived)
 * @param channel         how it came: {@code http}, {@code smpp}, {@code demo} …
 * @param clientId        the API key id (or SMPP system id) of whoever submitted it
 * @param sender          the sender, masked ({@code Sender.masked()}: service ports whole, numbers masked)
 * @param recipientMasked the recipient, masked ({@code 139****5678})
 * @param recipientKey    the recipient as a keyed hash, for joins
 * @param verdict         what was decided and why
 */
public record AuditedScreening(UUID id, Instant screenedAt, Instant receivedAt, String channel, String clientId,
                               String sender, String recipientMasked, RecipientKey recipientKey, Verdict verdict) {

    /** Rejects nulls. */
    public AuditedScreening {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(screenedAt, "screenedAt");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(recipientMasked, "recipientMasked");
        Objects.requireNonNull(recipientKey, "recipientKey");
        Objects.requireNonNull(verdict, "verdict");
    }
}
