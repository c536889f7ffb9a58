package org.quietline.classify;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The weights of the linear classifier: for every feature bucket, one weight for the spam output and one per
 * {@link Category}, plus a bias per output. Weights are 8-bit integers times one scale (measured on the
 * development split: no loss of accuracy against 16 bits), and a bucket's six weights share one {@code long},
 * so a feature costs one memory read and the model of {@code 2^18} buckets fits in 2 MB.
 *
 * <p>Scoring adds the weights of all features lane-wise inside {@code long}s (SWAR): each weight is stored
 * offset by 128 so that it is unsigned, and the features are summed as the extractor finds them, without a
 * buffer.
 *
 * <p>File format (gzip-compressed, big-endian): magic {@code QLCM}, format version, feature scheme, bits,
 * output count, the output names, the scale, the biases, then six signed weight bytes per bucket. Immutable
 * and thread-safe.
 */
public final class LinearModel {

    /** Outputs: the spam logit, then one logit per category in {@link Category} order. */
    public static final int OUTPUTS = 1 + Category.values().length;

    private static final int MAGIC = 0x514C434D;
    private static final int FORMAT = 2;
    private static final int OFFSET = 128;
    private static final long LOW_BYTES = 0x00FF_00FF_00FF_00FFL;
    private static final long LOW_SHORTS = 0x0000_FFFF_0000_FFFFL;
    private static final int CHUNK = 256;

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
     * Scores {@code text}: adds up the weights of its features into the outputs' logits, written to
     * {@code logits} ({@link #OUTPUTS} long). Features weigh {@code 1/sqrt(count)}, so that long and short
     * texts score on the same scale.
     */
    void score(String text, float[] logits) {
        WeightSum sum = new WeightSum(slots);
        int count = Features.scan(text, bits, sum);
        sum.logits(count, scale, bias, logits);
    }

    /** As {@link #score(String, float[])}, for features already extracted. */
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

    /** Writes the model in its file format. Equal models write equal bytes. */
    public void writeTo(OutputStream out) throws IOException {
        GZIPOutputStream zip = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream data = new DataOutputStream(zip);
        data.writeInt(MAGIC);
        data.writeInt(FORMAT);
        data.writeInt(Features.SCHEME);
        data.writeInt(bits);
        data.writeInt(OUTPUTS);
        data.writeUTF("SPAM");
        for (Category category : Category.values()) {
            data.writeUTF(category.name());
        }
        data.writeFloat(scale);
        for (float b : bias) {
            data.writeFloat(b);
        }
        byte[] raw = new byte[slots.length * OUTPUTS];
        for (int b = 0; b < slots.length; b++) {
            for (int o = 0; o < OUTPUTS; o++) {
                raw[b * OUTPUTS + o] = (byte) weight(b, o);
            }
        }
        data.write(raw);
        data.flush();
        zip.finish();
    }

    /** Reads a model written by {@link #writeTo}; the message of the exception says what does not fit. */
    public static LinearModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new GZIPInputStream(in, 1 << 16));
        if (data.readInt() != MAGIC) {
            throw new IOException("not a Quietline classifier model");
        }
        expect("format version", FORMAT, data.readInt());
        expect("feature scheme", Features.SCHEME, data.readInt());
        int bits = data.readInt();
        if (bits < 1 || bits > 24) {
            throw new IOException("model bits must lie in 1..24, not " + bits);
        }
        expect("output count", OUTPUTS, data.readInt());
        expectName("SPAM", data.readUTF());
        for (Category category : Category.values()) {
            expectName(category.name(), data.readUTF());
        }
        float scale = data.readFloat();
        float[] bias = new float[OUTPUTS];
        for (int o = 0; o < OUTPUTS; o++) {
            bias[o] = data.readFloat();
        }
        byte[] raw = new byte[(1 << bits) * OUTPUTS];
        data.readFully(raw);
        if (data.read() != -1) {
            throw new IOException("model file has trailing bytes");
        }
        return new LinearModel(bits, scale, bias, pack(bits, raw));
    }

    private static void expect(String what, int wanted, int found) throws IOException {
        if (wanted != found) {
            throw new IOException("model " + what + " is " + found + ", this build reads " + wanted);
        }
    }

    private static void expectName(String wanted, String found) throws IOException {
        if (!wanted.equals(found)) {
            throw new IOException("model output '" + found + "' where this build expects '" + wanted + "'");
        }
    }

    /**
     * Adds the weights of features as they come, lane-wise: each slot's eight byte lanes are spread into two
     * longs of four 16-bit lanes, which take {@link #CHUNK} features before they must be widened into
     * 32-bit lanes. One per scoring; not thread-safe.
     */
    private static final class WeightSum implements FeatureSink {
        private final long[] slots;
        private long even;
        private long odd;
        private int pending;
        private long lanes04;
        private long lanes26;
        private long lanes15;
        private long lanes37;

        WeightSum(long[] slots) {
            this.slots = slots;
        }

        @Override
        public void accept(int bucket) {
            long slot = slots[bucket];
            even += slot & LOW_BYTES;
            odd += (slot >>> 8) & LOW_BYTES;
            if (++pending == CHUNK) {
                widen();
            }
        }

        private void widen() {
            lanes04 += even & LOW_SHORTS;
            lanes26 += (even >>> 16) & LOW_SHORTS;
            lanes15 += odd & LOW_SHORTS;
            lanes37 += (odd >>> 16) & LOW_SHORTS;
            even = 0;
            odd = 0;
            pending = 0;
        }

        void logits(int count, float scale, float[] bias, float[] logits) {
            widen();
            long offset = (long) OFFSET * count;
            float unit = count == 0 ? 0 : scale / (float) Math.sqrt(count);
            logits[0] = bias[0] + ((int) lanes04 - offset) * unit;
            logits[1] = bias[1] + ((int) lanes15 - offset) * unit;
            logits[2] = bias[2] + ((int) lanes26 - offset) * unit;
            logits[3] = bias[3] + ((int) lanes37 - offset) * unit;
            logits[4] = bias[4] + ((int) (lanes04 >>> 32) - offset) * unit;
            logits[5] = bias[5] + ((int) (lanes15 >>> 32) - offset) * unit;
        }
    }
}
