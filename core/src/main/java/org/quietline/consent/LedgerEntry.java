package org.quietline.consent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.quietline.number.PhoneNumber;

/**
 * One event of a subscriber's consent ledger, linked to the one before it: {@code hash} is the SHA-256 of
 * the entry's canonical form, which includes {@code previousHash}, so that changing, removing or reordering
 * any stored entry breaks every link after it. Entries are numbered 1, 2, 3 … per subscriber.
 *
 * @param subscriber   whose ledger
 * @param seq          the entry's number in that ledger, from 1
 * @param at           when it happened, to the millisecond (what every database keeps exactly)
 * @param change       what happened
 * @param previousHash the hash of entry {@code seq - 1}; {@link #GENESIS} for the first
 * @param hash         this entry's hash, lower-case hex
 */
public record LedgerEntry(PhoneNumber subscriber, long seq, Instant at, Change change, String previousHash,
                          String hash) {

    /** The previous hash of a ledger's first entry. */
    public static final String GENESIS = "0".repeat(64);

    /** Rejects nulls and a non-positive sequence number; does not check the hash (see {@link ChainVerifier}). */
    public LedgerEntry {
        Objects.requireNonNull(subscriber, "subscriber");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
        if (seq < 1) {
            throw new IllegalArgumentException("ledger entries are numbered from 1, was " + seq);
        }
    }

    /** Links {@code change} after {@code previous} (empty for the subscriber's first entry). */
    public static LedgerEntry link(PhoneNumber subscriber, Optional<LedgerEntry> previous, Instant at, Change change) {
        return link(subscriber, previous.map(LedgerEntry::seq).orElse(0L),
                previous.map(LedgerEntry::hash).orElse(GENESIS), at, change);
    }

    /**
     * Links {@code change} after the entry numbered {@code previousSeq} whose hash is {@code previousHash}
     * (0 and {@link #GENESIS} for the subscriber's first entry): for stores that read only the head.
     */
    public static LedgerEntry link(PhoneNumber subscriber, long previousSeq, String previousHash, Instant at,
                                   Change change) {
        long seq = previousSeq + 1;
        Instant millis = at.truncatedTo(ChronoUnit.MILLIS);
        return new LedgerEntry(subscriber, seq, millis, change, previousHash,
                hashOf(subscriber, seq, millis, change, previousHash));
    }

    /** The hash this entry's fields give; equal to {@link #hash()} unless the entry was altered. */
    public String expectedHash() {
        return hashOf(subscriber, seq, at, change, previousHash);
    }

    /**
     * The canonical form, one field per line (no field can hold a line break: evidence and ids refuse control
     * characters), versioned so that a later format can coexist.
     */
    static String canonical(PhoneNumber subscriber, long seq, Instant at, Change c, String previousHash) {
        return canonical(subscriber.e164(), seq, at, c.kind().name(), c.party().canonical(), c.scope().name(),
                c.source().name(), c.evidence(), previousHash);
    }

    static String canonical(String subscriber, long seq, Instant at, String kind, String party, String scope,
                            String source, String evidence, String previousHash) {
        return String.join("\n", "quietline-ledger-v1", subscriber, Long.toString(seq), at.toString(), kind, party,
                scope, source, evidence, previousHash);
    }

    private static String hashOf(PhoneNumber subscriber, long seq, Instant at, Change c, String previousHash) {
        return sha256(canonical(subscriber, seq, at, c, previousHash));
    }

    static String sha256(String canonical) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Without the whole number. */
    @Override
    public String toString() {
        return "LedgerEntry[" + subscriber.masked() + " #" + seq + " " + at + " " + change.kind() + " "
                + change.party().describe() + " " + change.scope() + " " + change.source() + "]";
    }
}
