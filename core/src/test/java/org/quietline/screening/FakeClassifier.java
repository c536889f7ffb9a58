package org.quietline.screening;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.quietline.classify.Category;
import org.quietline.classify.Classification;
import org.quietline.classify.Classifier;

/** A classifier that answers what a test told it for each text, and counts how often it was asked. */
public final class FakeClassifier implements Classifier {

    private final Map<String, Classification> answers = new HashMap<>();
    private final Classification otherwise;
    private final AtomicInteger calls = new AtomicInteger();

    /** Answers {@code otherwise} for every text not given. */
    public FakeClassifier(Classification otherwise) {
        this.otherwise = otherwise;
    }

    /** Answers PERSONAL with low confidence for texts not given. */
    public FakeClassifier() {
        this(new Classification(Category.PERSONAL, 0.3, 0.0));
    }

    /** Classifies {@code text} as {@code answer}. */
    public FakeClassifier answer(String text, Classification answer) {
        answers.put(text, answer);
        return this;
    }

    /** How often {@link #classify} was called. */
    public int calls() {
        return calls.get();
    }

    @Override
    public Classification classify(String text) {
        calls.incrementAndGet();
        return answers.getOrDefault(text, otherwise);
    }
}
