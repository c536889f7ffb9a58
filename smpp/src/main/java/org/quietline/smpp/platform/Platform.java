package org.quietline.smpp.platform;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.quietline.number.Sender;

/**
 * An SMS platform (ESME) allowed to bind to the firewall: how it authenticates, how fast it may submit,
 * and for which merchants and sender addresses it may send.
 *
 * @param systemId          the SMPP system_id it binds with (up to 15 characters)
 * @param password          its bind password, hashed
 * @param submitsPerSecond  its throughput limit over all its sessions; beyond it submits get ESME_RTHROTTLED
 * @param grants            the (merchant, sender) pairs it may send for
 * @param anySender         whether it may send for any merchant and any sender (a bootstrap or test ESME)
 */
public record Platform(String systemId, PasswordHash password, int submitsPerSecond, List<SenderGrant> grants,
                       boolean anySender) {

    /** Sentinel merchant of platforms that may send for anyone. */
    public static final String ANY_MERCHANT = "*";

    /** Validates the fields. */
    public Platform {
        Objects.requireNonNull(password, "password");
        if (systemId == null || systemId.isEmpty() || systemId.length() > 15) {
            throw new IllegalArgumentException("an SMPP system_id has 1–15 characters");
        }
        if (submitsPerSecond < 1) {
            throw new IllegalArgumentException("submitsPerSecond must be positive, was " + submitsPerSecond);
        }
        grants = List.copyOf(grants);
    }

    /** The longest password an ESME can bind with (SMPP 3.4 §5.2.4: 9 octets with the terminating NUL). */
    public static final int MAX_PASSWORD = 8;

    /**
     * A platform that may send as anyone, for bootstrapping and tests.
     *
     * @throws IllegalArgumentException when the password is longer than SMPP allows
     */
    public static Platform unrestricted(String systemId, String password, int submitsPerSecond) {
        if (password.length() > MAX_PASSWORD) {
            throw new IllegalArgumentException("an SMPP password has at most " + MAX_PASSWORD + " characters");
        }
        return new Platform(systemId, PasswordHash.of(password), submitsPerSecond, List.of(), true);
    }

    /** The merchant this platform sends for when it sends as {@code sender}; empty when it may not. */
    public Optional<String> merchantFor(Sender sender) {
        for (SenderGrant g : grants) {
            if (g.covers(sender)) {
                return Optional.of(g.merchant());
            }
        }
        return anySender ? Optional.of(ANY_MERCHANT) : Optional.empty();
    }
}
