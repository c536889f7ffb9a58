package org.quietline.smpp.platform;

import java.util.Objects;
import org.quietline.number.Sender;
import org.quietline.number.SenderCode;

/**
 * That a platform may send as {@code sender} on behalf of {@code merchant}. A service port grant covers
 * its extensions ({@code 1069012} covers {@code 106901234567}), as carriers assign port ranges.
 *
 * @param merchant the legal entity behind the messages
 * @param sender   the sender address (a port or port range, a short code, an ID, a number)
 */
public record SenderGrant(String merchant, Sender sender) {

    /** Rejects nulls and blank merchants. */
    public SenderGrant {
        Objects.requireNonNull(sender, "sender");
        if (merchant == null || merchant.isBlank()) {
            throw new IllegalArgumentException("a sender grant names its merchant");
        }
    }

    /** Whether a message from {@code from} falls under this grant. */
    public boolean covers(Sender from) {
        if (sender instanceof SenderCode code && from instanceof SenderCode other) {
            // a port range is granted by its prefix, which may be short enough to read as a short code
            boolean numeric = code.kind() != SenderCode.Kind.ALPHANUMERIC && other.kind() != SenderCode.Kind.ALPHANUMERIC;
            return numeric ? other.value().startsWith(code.value()) : code.equals(other);
        }
        return sender.equals(from);
    }
}
