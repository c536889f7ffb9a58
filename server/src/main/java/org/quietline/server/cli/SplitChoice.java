package org.quietline.server.cli;

import java.util.Locale;
import org.quietline.classify.training.Split;

/** Which parts of the data a command reads ({@code --split}): all of it, or one or two of the parts. */
enum SplitChoice {
    /** Every line. */
    ALL,
    /** What the shipped model trains on: fit and dev. */
    TRAIN,
    /** Training while settings are chosen: without dev. */
    FIT,
    /** The part held back while choosing settings. */
    DEV,
    /** The held-back 20% that the figures are measured on. */
    TEST;

    /** The choice written on the command line, or a {@link UsageException}. */
    static SplitChoice parse(String value) {
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--split is one of all, train, fit, dev, test; not '" + value + "'");
        }
    }

    /** Whether a line in {@code part} is read. */
    boolean includes(Split part) {
        return switch (this) {
            case ALL -> true;
            case TRAIN -> part.isTraining();
            case FIT -> part == Split.FIT;
            case DEV -> part == Split.DEV;
            case TEST -> part == Split.TEST;
        };
    }
}
