package org.quietline.smpp.platform;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A platform's bind password as stored: PBKDF2-HMAC-SHA256 with a per-platform salt. Only this form is
 * kept; the password itself never is. {@link #encoded()} is the storage form
 * ({@code pbkdf2-sha256$iterations$salt$hash}, Base64), which {@link #parse} reads back.
 *
 * <p>Immutable and thread-safe. Checking costs a few milliseconds on purpose; it runs once per bind.
 */
public final class PasswordHash {

    private static final String SCHEME = "pbkdf2-sha256";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int DEFAULT_ITERATIONS = 60_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom SALTS = new SecureRandom();

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private PasswordHash(int iterations, byte[] salt, byte[] hash) {
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
    }

    /** Hashes {@code password} with a fresh salt. */
    public static PasswordHash of(String password) {
        byte[] salt = new byte[SALT_BYTES];
        SALTS.nextBytes(salt);
        return new PasswordHash(DEFAULT_ITERATIONS, salt, derive(password, salt, DEFAULT_ITERATIONS));
    }

    /**
     * Reads the storage form.
     *
     * @throws IllegalArgumentException when {@code encoded} is not one, naming what is wrong
     */
    public static PasswordHash parse(String encoded) {
        String[] parts = encoded.split("\\$");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            throw new IllegalArgumentException("a password hash reads " + SCHEME + "$iterations$salt$hash");
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            if (iterations < 1) {
                throw new IllegalArgumentException("password hash iterations must be positive, was " + iterations);
            }
            Base64.Decoder b64 = Base64.getDecoder();
            return new PasswordHash(iterations, b64.decode(parts[2]), b64.decode(parts[3]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("password hash iterations are not a number: " + parts[1], e);
        }
    }

    /** Whether {@code password} is the one hashed, compared in constant time. */
    public boolean matches(String password) {
        Objects.requireNonNull(password, "password");
        return MessageDigest.isEqual(hash, derive(password, salt, iterations));
    }

    /** The storage form. */
    public String encoded() {
        Base64.Encoder b64 = Base64.getEncoder();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Never the hash itself. */
    @Override
    public String toString() {
        return "PasswordHash[" + SCHEME + "]";
    }
}
