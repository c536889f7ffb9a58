package org.quietline.call.range;

import java.time.LocalDate;

/** Builds small report tables for tests: numbers as strings of the US plan. */
final class Reports {

    private final ReportTable.Builder builder = ReportTable.builder(NumberPlan.NANP);

    static Reports us() {
        return new Reports();
    }

    Reports add(String number, String day, int reporter) {
        builder.add(Long.parseLong(number), LocalDate.parse(day), reporter);
        return this;
    }

    /** {@code count} numbers from {@code first} on, one a day from {@code day}, each by its own reporter. */
    Reports spread(long first, int count, int step, String day, int firstReporter) {
        LocalDate d = LocalDate.parse(day);
        for (int i = 0; i < count; i++) {
            builder.add(first + (long) i * step, d.plusDays(i % 30), firstReporter + i);
        }
        return this;
    }

    ReportTable build() {
        return builder.build();
    }
}
