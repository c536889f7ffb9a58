package org.quietline.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The SHA-256 digest of an API key's secret: what is stored instead of the key. A plain (unsalted,
 * fast) hash is enough because keys are generated with 256 bits of entropy and the bootstrap key must be
 * long (see ADR 0004); a password hash would cost a slow computation on every request for nothing.
 *
 * <p>{@link #lookup()} is a prefix used to find candidates by index; {@link #matches(KeyDigest)} then
 * compares the whole digest in constant time. Immutable and thread-safe.
 */
public final class KeyDigest {

    private static final int LOOKUP_LENGTH = 16;
    private static final HexFormat HEX = HexFormat.of();

    private final byte[] digest;

    private KeyDigest(byte[] digest) {
        this.digest = digest;
    }

    /** The digest of a presented or newly generated secret. */
    public static KeyDigest of(String secret) {
        Objects.requireNonNull(secret, "secret");
        try {
            return new KeyDigest(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** A digest as stored ({@link #hex()}). */
    public static KeyDigest fromHex(String hex) {
        byte[] bytes = HEX.parseHex(hex);
        if (bytes.length != 32) {
            throw new IllegalArgumentException("a SHA-256 digest has 32 bytes, this one " + bytes.length);
        }
        return new KeyDigest(bytes);
    }

    /** The whole digest, 64 lower-case hex digits. */
    public String hex() {
        return HEX.formatHex(digest);
    }

    /** The first 16 hex digits, to find a stored key by index. */
    public String lookup() {
        return hex().substring(0, LOOKUP_LENGTH);
    }

    /** Whether both are the digest of the same secret, compared in constant time. */
    public boolean matches(KeyDigest other) {
        return MessageDigest.isEqual(digest, other.digest);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyDigest other && matches(other);
    }

    @Override
    public int hashCode() {
        return lookup().hashCode();
    }

    /** Only the lookup prefix, so that a digest in a log does not help anyone. */
    @Override
    public String toString() {
        return "KeyDigest[" + lookup().substring(0, 6) + "…]";
    }
}
