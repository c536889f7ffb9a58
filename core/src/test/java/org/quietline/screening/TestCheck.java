package org.quietline.screening;

import java.util.Set;
import java.util.function.Consumer;

/** A check for engine tests: declares the given signals and does what the test says on inspection. */
record TestCheck(String name, Set<String> signals, Consumer<Examination> body) implements Check {

    static TestCheck reporting(String name, String... signals) {
        return new TestCheck(name, Set.of(signals), e -> {
            for (String s : signals) {
                e.report(s, "seen by " + name);
            }
        });
    }

    @Override
    public void inspect(Examination examination) {
        body.accept(examination);
    }
}
