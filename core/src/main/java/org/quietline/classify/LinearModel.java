package org.quietline.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The weights of the linear classifier: for every feature bucket, one weight for the spam output and one per
 * {@link Category}, plus a bias per output. Weights are 8-bit integers times one scale (measured on the
 * development split: no loss of accuracy against 16 bits), and a bucket's six weights share one {@code long},
 * so a feature costs one memory read and the model of {@code 2^18} buckets fits in 2 MB.
 *
 * <p>Scoring adds the weights of all features lane-wise inside {@code long}s ({@link WeightSum}), as the
 * extractor finds them, without a buffer. The file format is {@link ModelFile}'s. Immutable and thread-safe.
 */
public final class LinearModel {

    /** Outputs: the spam logit, then one logit per category in {@link Category} order. */
    public static final int OUTPUTS = 1 + Category.values().length;

    private static final int OFFSET = WeightSum.OFFSET;

    static {
        if (OUTPUTS > Long.BYTES) {
            throw new ExceptionInInitializerError("a bucket's weights must fit in one long");
        }
    }

    private final int bits;
    private final float scale;
    private final float[] bias;
    private final long[] slots;

    private LinearModel(int bits, float scale, float[] bias, long[] slots) {
        this.bits = bits;
        this.scale = scale;
        this.bias = bias;
        this.slots = slots;
    }

    /**
     * Rounds trained weights to 8 bits. {@code weights} holds {@link #OUTPUTS} floats per bucket, bucket by
     * bucket, for {@code 2^bits} buckets.
     */
    public static LinearModel quantise(int bits, float[] bias, float[] weights) {
        checkShape(bits, bias.length, weights.length);
        float max = 0;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = max == 0 ? 1 : max / Byte.MAX_VALUE;
        byte[] rounded = new byte[weights.length];
        for (int i = 0; i < weights.length; i++) {
            rounded[i] = (byte) Math.round(weights[i] / scale);
        }
        return new LinearModel(bits, scale, bias.clone(), pack(bits, rounded));
    }

    private static void checkShape(int bits, int biasLength, int weightsLength) {
        if (bits < 1 || bits > 24) {
            throw new IllegalArgumentException("bits must lie in 1..24, not " + bits);
        }
        if (biasLength != OUTPUTS || weightsLength != (1 << bits) * OUTPUTS) {
            throw new IllegalArgumentException("expected " + OUTPUTS + " biases and " + OUTPUTS + " weights per bucket");
        }
    }

    private static long[] pack(int bits, byte[] weights) {
        long[] slots = new long[1 << bits];
        for (int b = 0; b < slots.length; b++) {
            long slot = 0;
            for (int o = 0; o < OUTPUTS; o++) {
                slot |= (long) ((weights[b * OUTPUTS + o] + OFFSET) & 0xFF) << (8 * o);
            }
            slots[b] = slot;
        }
        return slots;
    }

    /** The number of hash bits: the model has {@code 2^bits} buckets. */
    public int bits() {
        return bits;
    }

    /**
     * Scores a text by its first {@code n} {@code symbols}, as {@link Features#symbols} read them from {@code chars}
     * characters: adds up the weights of its features into the outputs' logits, written to {@code logits}
     * ({@link #OUTPUTS} long). Features weigh {@code 1/sqrt(count)}, so that long and short texts score on the same
     * scale.
     */
    void score(int[] symbols, int n, int chars, float[] logits) {
        WeightSum sum = new WeightSum(slots);
        int count = Features.scan(symbols, n, chars, bits, sum);
        sum.logits(count, scale, bias, logits);
    }

    /** As {@link #score(int[], int, int, float[])}, for features already extracted. */
    void score(int[] features, int count, float[] logits) {
        WeightSum sum = new WeightSum(slots);
        for (int k = 0; k < count; k++) {
            sum.accept(features[k]);
        }
        sum.logits(count, scale, bias, logits);
    }

    /** The signed weight of {@code output} in {@code bucket}, in units of the scale. */
    int weight(int bucket, int output) {
        return (int) ((slots[bucket] >>> (8 * output)) & 0xFF) - OFFSET;
    }

    /** Writes the model in its file format ({@link ModelFile}). Equal models write equal bytes. */
    public void writeTo(OutputStream out) throws IOException {
        ModelFile.write(this, out);
    }

    /** Reads a model written by {@link #writeTo}; the message of the exception says what does not fit. */
    public static LinearModel read(InputStream in) throws IOException {
        return ModelFile.read(in);
    }

    /** A model from its parts, as {@link ModelFile} reads them: {@code weights} holds 6 signed bytes a bucket. */
    static LinearModel of(int bits, float scale, float[] bias, byte[] weights) {
        return new LinearModel(bits, scale, bias, pack(bits, weights));
    }

    float scale() {
        return scale;
    }

    float bias(int output) {
        return bias[output];
    }
}
