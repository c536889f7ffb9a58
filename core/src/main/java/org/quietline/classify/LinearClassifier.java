package org.quietline.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The {@link Classifier} of Quietline: {@linkplain Features hashed character n-grams and words} of the
 * {@linkplain Normaliser normalised} text, scored by a {@link LinearModel}. The spam score is a logistic
 * output of its own; the category is the most likely of a softmax over the five categories.
 *
 * <p>Classifying allocates little more than the result, uses no regular expression and
 * does no I/O. A text of a template seen lately (equal symbols: another code, another order number) gets the
 * classification kept for it ({@link Templates}), which scoring would give again. Any string gets an answer: an
 * empty one scores the model's biases, a very long one is read up to {@link Features#MAX_CHARS} characters.
 * Thread-safe; the model is immutable.
 */
public final class LinearClassifier implements Classifier {

    /** Where the model that ships with Quietline lives on the class path. */
    public static final String SHIPPED_MODEL = "/org/quietline/classify/sms-linear.model";

    private static final Category[] CATEGORIES = Category.values();
    /** Each thread's buffer for a text's symbols, grown to the longest text it read (at most 16 KB). */
    private static final ThreadLocal<int[]> SYMBOLS = ThreadLocal.withInitial(() -> new int[256]);

    /** Read on first use, once; a failed read is retried by the next caller. */
    private static volatile LinearClassifier shipped;

    private final LinearModel model;
    private final Templates templates = new Templates();

    private LinearClassifier(LinearModel model) {
        this.model = model;
    }

    /** A classifier that scores with {@code model}. */
    public static LinearClassifier of(LinearModel model) {
        return new LinearClassifier(Objects.requireNonNull(model, "model"));
    }

    /**
     * The classifier with the model that ships with Quietline (trained on public corpora, provenance in
     * {@code docs/classifier.md}). Loaded once, on first use.
     *
     * @throws UncheckedIOException if the model is missing from the class path or damaged (a broken build)
     */
    public static LinearClassifier shipped() {
        LinearClassifier loaded = shipped;
        if (loaded == null) {
            synchronized (LinearClassifier.class) {
                loaded = shipped;
                if (loaded == null) {
                    loaded = loadShipped();
                    shipped = loaded;
                }
            }
        }
        return loaded;
    }

    /** Reads a model file (see {@link LinearModel#read}). */
    public static LinearClassifier read(InputStream in) throws IOException {
        return of(LinearModel.read(in));
    }

    /** The model this classifier scores with. */
    public LinearModel model() {
        return model;
    }

    @Override
    public Classification classify(String text) {
        String t = text == null ? "" : text;
        int chars = Math.min(t.length(), Features.MAX_CHARS);
        int[] symbols = SYMBOLS.get();
        if (symbols.length < chars) {
            symbols = new int[Math.min(Features.MAX_CHARS, Math.max(chars, 2 * symbols.length))];
            SYMBOLS.set(symbols);
        }
        int n = Features.symbols(t, symbols);
        int hash = Templates.hash(symbols, n);
        Classification known = templates.find(hash, symbols, n, chars);
        if (known != null) {
            return known;
        }
        float[] logits = new float[LinearModel.OUTPUTS];
        model.score(symbols, n, chars, logits);
        Classification classification = decide(logits);
        templates.missed(hash, symbols, n, chars, classification);
        return classification;
    }

    private static Classification decide(float[] logits) {
        int best = 1;
        for (int o = 2; o < logits.length; o++) {
            if (logits[o] > logits[best]) {
                best = o;
            }
        }
        double sum = 0;
        for (int o = 1; o < logits.length; o++) {
            sum += Math.exp(logits[o] - logits[best]);
        }
        double spam = 1 / (1 + Math.exp(-logits[0]));
        return new Classification(CATEGORIES[best - 1], 1 / sum, spam);
    }

    private static LinearClassifier loadShipped() {
        try (InputStream in = LinearClassifier.class.getResourceAsStream(SHIPPED_MODEL)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("the shipped model " + SHIPPED_MODEL
                        + " is not on the class path"));
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped model " + SHIPPED_MODEL + " cannot be read", e);
        }
    }
}
