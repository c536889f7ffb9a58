package org.quietline.screening;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks that run for one kind of subject, with their budgets, failure modes and declared signals as
 * arrays, and the one place where a check's failure becomes a reason. Immutable, thread-safe.
 */
final class Plan {

    final Check[] checks;
    private final long[] budgetNanos;
    private final FailureMode[] onFailure;
    private final Declared[] declared;
    private final boolean[] settles;
    private final int failed;
    private final int failedClosed;

    private Plan(List<Check> checks, List<CheckRules> rules, Scoring scoring) {
        int n = checks.size();
        this.checks = checks.toArray(Check[]::new);
        budgetNanos = new long[n];
        onFailure = new FailureMode[n];
        declared = new Declared[n];
        settles = new boolean[n];
        for (int c = 0; c < n; c++) {
            budgetNanos[c] = rules.get(c).budget().toNanos();
            onFailure[c] = rules.get(c).onFailure();
            declared[c] = new Declared(this.checks[c].signals(), scoring.index, scoring.size());
            settles[c] = overridesSettled(this.checks[c]);
        }
        failed = scoring.index.get(ScreeningEngine.CHECK_FAILED);
        failedClosed = scoring.index.get(ScreeningEngine.CHECK_FAILED_CLOSED);
    }

    static Plan of(SubjectKind kind, List<Check> all, Policy policy, Scoring scoring) {
        List<Check> checks = new ArrayList<>();
        List<CheckRules> rules = new ArrayList<>();
        for (Check c : all) {
            boolean applies = false;
            for (String s : c.signals()) {
                applies |= scoring.applies(kind, scoring.index.get(s));
            }
            if (applies) {
                checks.add(c);
                rules.add(policy.rules(c.name()));
            }
        }
        return new Plan(checks, rules, scoring);
    }

    /**
     * Runs check {@code c}, which starts at {@code start} on the ticker, and returns the reading when it
     * returned: the start of the next check, so that the ticker is read once per check and once more, not
     * twice per check (a clock read costs 20–40 ns, as much as a cheap check). When the check failed, the
     * failure is already reported, and {@link Run#failed} says so.
     */
    long inspect(int c, Run run, Ticker ticker, long start) {
        Check check = checks[c];
        int mark = run.size;
        run.reportingFor(check.name(), declared[c]);
        String failure;
        long end;
        try {
            check.inspect(run);
            end = ticker.read();
            long took = end - start;
            if (took <= budgetNanos[c]) {
                return end;
            }
            // the answer is complete, only late (a GC pause, a slow store): it is kept, and the overrun
            // is reported under the check's failure mode (ADR 0022)
            failure = check.name() + ": overran its budget of " + micros(budgetNanos[c]) + " (took " + micros(took) + ")";
        } catch (RuntimeException | LinkageError | AssertionError e) {
            // what it reported before it threw may be half an answer: dropped. The exception's message may
            // quote the text or a number, so only its type goes into the evidence.
            run.truncate(mark);
            failure = check.name() + ": failed with " + e.getClass().getSimpleName();
            end = ticker.read();
        }
        run.add(onFailure[c] == FailureMode.CLOSED ? failedClosed : failed, 1.0, failure);
        run.failed |= 1L << c;
        return end;
    }

    /** Tells the checks that ran without failure and keep state what was decided. */
    void settle(Run run, Verdict verdict) {
        for (int c = 0; c < checks.length; c++) {
            if (settles[c] && (run.failed & (1L << c)) == 0) {
                try {
                    checks[c].settled(run, verdict);
                } catch (RuntimeException e) {
                    // the verdict stands; a check that cannot record loses one count (documented in docs/screening.md)
                }
            }
        }
    }

    private static boolean overridesSettled(Check check) {
        try {
            Method m = check.getClass().getMethod("settled", Examination.class, Verdict.class);
            return m.getDeclaringClass() != Check.class;
        } catch (NoSuchMethodException e) {
            return true;
        }
    }

    private static String micros(long nanos) {
        return nanos >= 10_000_000 || nanos % 1_000_000 == 0 ? nanos / 1_000_000 + "ms" : nanos / 1000 + "µs";
    }
}
