package org.quietline.classify;

/**
 * Classifies the text of a message. Implementations are thread-safe and do no I/O while classifying.
 */
@FunctionalInterface
public interface Classifier {

    /** Classifies {@code text}; any string, including empty or very long ones, gets an answer. */
    Classification classify(String text);
}
