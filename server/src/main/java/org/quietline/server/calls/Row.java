package org.quietline.server.calls;

import java.util.List;

/** One row of a batch, read: taken, or refused with its problems. */
sealed interface Row<T> permits Row.Good, Row.Bad {

    /** A row that reads as {@code value}. */
    record Good<T>(T value) implements Row<T> {
    }

    /** A row refused for {@code problems}. */
    record Bad<T>(List<org.quietline.server.api.FieldProblem> problems) implements Row<T> {
    }
}
