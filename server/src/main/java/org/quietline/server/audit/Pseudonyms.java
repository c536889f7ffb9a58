package org.quietline.server.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.quietline.number.PhoneNumber;

/**
 * Turns numbers into {@link RecipientKey}s with HMAC-SHA256 under the installation's secret key. A
 * plain hash would not do: there are few enough phone numbers to hash them all and read the table
 * back. Thread-safe (a fresh {@link Mac} per call; they are cheap to make and not thread-safe).
 */
public final class Pseudonyms {

    /** Shortest key accepted, in characters. */
    public static final int MIN_KEY_LENGTH = 32;

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    /**
     * Under {@code secret}.
     *
     * @throws IllegalArgumentException when it is shorter than {@link #MIN_KEY_LENGTH}
     */
    public Pseudonyms(String secret) {
        if (secret.length() < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException("the pseudonym key (QUIETLINE_PSEUDONYM_KEY) must have at least "
                    + MIN_KEY_LENGTH + " characters, it has " + secret.length());
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The key of {@code number} (of its E.164 form). */
    public RecipientKey of(PhoneNumber number) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return new RecipientKey(HexFormat.of().formatHex(mac.doFinal(number.e164().getBytes(StandardCharsets.UTF_8))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has " + ALGORITHM, e);
        }
    }
}
