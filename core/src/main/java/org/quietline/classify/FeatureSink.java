package org.quietline.classify;

/**
 * Receives the bucket of each feature of a text, in order, as {@link Features#scan} finds them: the model
 * adds up weights as they come (no buffer on the hot path); training collects them into an array.
 */
interface FeatureSink {

    /** One feature, hashed to {@code bucket}. */
    void accept(int bucket);
}
