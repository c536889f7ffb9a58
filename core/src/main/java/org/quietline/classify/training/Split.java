package org.quietline.classify.training;

/**
 * Which part of the data a message belongs to: a deterministic function of its text and a seed, so that
 * every run, every command and the scikit-learn comparison ({@code bench/sklearn_peer.py}, which computes the
 * same hash) agree on it, and so that a text that occurs twice in a corpus (a third of {@code cn-sms-mudou}
 * are repeats) never sits on both sides. 20% is {@link #TEST}; of the 80% used for training, one in eight
 * (10% of all) is {@link #DEV}, held back while choosing training settings.
 *
 * <p>The hash is 64-bit FNV-1a over the text's UTF-16 code units (low byte first), started from the FNV
 * offset basis XOR the seed, finished with the SplitMix64 finaliser; the part is the hash modulo 10:
 * 0–1 test, 2 dev, 3–9 fit.
 */
public enum Split {
    /** Trained on in every setting. */
    FIT,
    /** Trained on by the shipped model; held back while tuning training settings. */
    DEV,
    /** Never trained on: the figures are measured here. */
    TEST;

    private static final long FNV_OFFSET = 0xCBF29CE484222325L;
    private static final long FNV_PRIME = 0x100000001B3L;

    /** The part of {@code text} under {@code seed}. Stateless and thread-safe. */
    public static Split of(String text, long seed) {
        long h = FNV_OFFSET ^ seed;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            h = (h ^ (c & 0xFF)) * FNV_PRIME;
            h = (h ^ (c >>> 8)) * FNV_PRIME;
        }
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        h ^= h >>> 31;
        int bucket = (int) Long.remainderUnsigned(h, 10);
        return bucket < 2 ? TEST : bucket == 2 ? DEV : FIT;
    }

    /** Whether the shipped model trains on this part ({@link #FIT} and {@link #DEV}). */
    public boolean isTraining() {
        return this != TEST;
    }
}
