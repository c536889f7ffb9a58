package org.quietline.classify;

/**
 * Adds the weights of features as they come, lane-wise: each slot's eight byte lanes are spread into two
 * longs of four 16-bit lanes, which take {@link #CHUNK} features before they must be widened into
 * 32-bit lanes. One per scoring; not thread-safe.
 */
final class WeightSum implements FeatureSink {

    /** Weights are stored plus this, so that every byte lane holds an unsigned value. */
    static final int OFFSET = 128;

    private static final long LOW_BYTES = 0x00FF_00FF_00FF_00FFL;
    private static final long LOW_SHORTS = 0x0000_FFFF_0000_FFFFL;
    private static final int CHUNK = 256;

    private final long[] slots;
    private long even;
    private long odd;
    private int pending;
    private long lanes04;
    private long lanes26;
    private long lanes15;
    private long lanes37;

    /** A sum over the model's slots, one {@code long} of six byte lanes per bucket. */
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

    /** Writes the logits of a text with {@code count} features, scaled by {@code 1/sqrt(count)}. */
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
