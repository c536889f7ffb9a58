package org.quietline.call.range;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * Reports about numbers of one {@link NumberPlan}, held as columns of primitives: the national number as a
 * {@code long}, the day of the report, and who reported it. A year of US complaints is 1.5 million rows;
 * as objects ({@code PhoneNumber}, {@code Instant}, a reporter record) they would take ten times the memory
 * and most of the time would go to pointer chasing, so the range index works on these columns and only
 * its answers ({@link NumberRange}, {@link FlaggedRanges#covering}) cross into the typed API (ADR 0040).
 *
 * <p>Rows are kept sorted by number, then reporter, then day, whatever order they were added in, so
 * out-of-order input needs no care from the caller and every prefix's rows are contiguous. Duplicate rows
 * are kept (two complaints are two complaints); the forecast counts a reporter once per number.
 * Immutable and thread-safe once built.
 */
public final class ReportTable {

    /** A reporter whose own area is not known. */
    public static final int NO_AREA = -1;

    private final NumberPlan plan;
    private final long[] numbers;
    private final int[] days;
    private final int[] reporters;
    private final int[] areas;

    private ReportTable(NumberPlan plan, long[] numbers, int[] days, int[] reporters, int[] areas) {
        this.plan = plan;
        this.numbers = numbers;
        this.days = days;
        this.reporters = reporters;
        this.areas = areas;
    }

    /** Starts an empty table for {@code plan}. */
    public static Builder builder(NumberPlan plan) {
        return new Builder(plan);
    }

    /** The plan every number belongs to. */
    public NumberPlan plan() {
        return plan;
    }

    /** How many rows. */
    public int size() {
        return numbers.length;
    }

    /** The national number of row {@code i}. */
    public long number(int i) {
        return numbers[i];
    }

    /** The epoch day of row {@code i}. */
    public int day(int i) {
        return days[i];
    }

    /** The reporter of row {@code i}. */
    public int reporter(int i) {
        return reporters[i];
    }

    /**
     * The area of the reporter of row {@code i} — the first {@link NumberPlan#AREA_DIGITS} digits of the
     * reporter's own number (the FTC files give the consumer's area code) — or {@link #NO_AREA}.
     */
    public int reporterArea(int i) {
        return areas[i];
    }

    /** The first day of any row; empty table: day 0. */
    public LocalDate firstDay() {
        return LocalDate.ofEpochDay(numbers.length == 0 ? 0 : Arrays.stream(days).min().orElse(0));
    }

    /** The last day of any row; empty table: day 0. */
    public LocalDate lastDay() {
        return LocalDate.ofEpochDay(numbers.length == 0 ? 0 : Arrays.stream(days).max().orElse(0));
    }

    /**
     * Collects rows in any order. Not thread-safe.
     */
    public static final class Builder {

        private final NumberPlan plan;
        private final long maxNumber;
        private long[] numbers = new long[1024];
        private int[] days = new int[1024];
        private int[] reporters = new int[1024];
        private int[] areas = new int[1024];
        private int size;

        private Builder(NumberPlan plan) {
            this.plan = Objects.requireNonNull(plan, "plan");
            this.maxNumber = NumberPlan.pow10(plan.nationalLength());
        }

        /**
         * Adds one report of the national number {@code national} on {@code day} by {@code reporter}
         * (an id that is the same for every report of one reporter).
         *
         * @throws IllegalArgumentException when the number has more digits than the plan's numbers
         */
        public Builder add(long national, LocalDate day, int reporter) {
            return add(national, (int) day.toEpochDay(), reporter);
        }

        /** As {@link #add(long, LocalDate, int)}, with the day as an epoch day. */
        public Builder add(long national, int epochDay, int reporter) {
            return add(national, epochDay, reporter, NO_AREA);
        }

        /**
         * As {@link #add(long, int, int)}, with the area of the reporter's own number ({@link #reporterArea}),
         * or {@link #NO_AREA}.
         */
        public Builder add(long national, int epochDay, int reporter, int reporterArea) {
            if (national < 0 || national >= maxNumber) {
                throw new IllegalArgumentException("a national number of this plan has at most "
                        + plan.nationalLength() + " digits");
            }
            if (size == numbers.length) {
                int grown = size * 2;
                numbers = Arrays.copyOf(numbers, grown);
                days = Arrays.copyOf(days, grown);
                reporters = Arrays.copyOf(reporters, grown);
                areas = Arrays.copyOf(areas, grown);
            }
            numbers[size] = national;
            days[size] = epochDay;
            reporters[size] = reporter;
            areas[size] = reporterArea < 0 ? NO_AREA : reporterArea;
            size++;
            return this;
        }

        /** How many rows were added. */
        public int size() {
            return size;
        }

        /** Sorts the rows and builds the table. */
        public ReportTable build() {
            int[] order = RowOrder.sort(numbers, reporters, days, size);
            long[] n = new long[size];
            int[] d = new int[size];
            int[] r = new int[size];
            int[] a = new int[size];
            for (int i = 0; i < size; i++) {
                n[i] = numbers[order[i]];
                d[i] = days[order[i]];
                r[i] = reporters[order[i]];
                a[i] = areas[order[i]];
            }
            return new ReportTable(plan, n, d, r, a);
        }
    }
}
