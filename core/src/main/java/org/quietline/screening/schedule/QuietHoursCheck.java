package org.quietline.screening.schedule;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.quietline.classify.Category;
import org.quietline.screening.Check;
import org.quietline.screening.Examination;
import org.quietline.screening.Settings;

/**
 * Reports {@code QUIET_HOURS_MARKETING} for marketing that would arrive during the recipient's quiet
 * hours, in the recipient's time zone (told by the region of the number: Asia/Shanghai for +86); the
 * shipped policy makes it at least DEFER. Quiet hours may wrap midnight (21:00–08:00). Time is the
 * subject's own ({@code Sms.at()}), so the check reads no clock. Thread-safe.
 *
 * <p>Settings ({@code checks.quiet-hours}): {@code from} and {@code to} (quoted {@code "HH:MM"}),
 * {@code categories} (what counts as marketing), {@code min-confidence}, {@code time-zones} (region →
 * zone) and {@code default-time-zone} for regions not listed.
 */
public final class QuietHoursCheck implements Check {

    /** The check's name and policy section. */
    public static final String NAME = "quiet-hours";
    static final String SIGNAL = "QUIET_HOURS_MARKETING";
    private static final int DAY = 86_400;
    /** "00:00" … "23:59": evidence is built for every marketing message in quiet hours, formatting is not. */
    private static final String[] MINUTES = new String[DAY / 60];

    static {
        for (int m = 0; m < MINUTES.length; m++) {
            MINUTES[m] = LocalTime.ofSecondOfDay(m * 60L).toString();
        }
    }

    private final int from;
    private final int to;
    private final boolean[] categories = new boolean[Category.values().length];
    private final double minConfidence;
    private final Map<String, Local> zones = new HashMap<>();
    private final Local defaultZone;
    private final String window;

    /** A recipient's zone and the end of the evidence for it: " in Asia/Shanghai, quiet 21:00–08:00". */
    private record Local(Zone zone, String shown) {
    }

    /** Reads the quiet hours, what counts as marketing, and the time zones. */
    public QuietHoursCheck(Settings settings) {
        LocalTime f = settings.timeOfDay("from");
        LocalTime t = settings.timeOfDay("to");
        if (f.equals(t)) {
            throw settings.problem("to", t, "equals from: quiet hours of no length");
        }
        this.from = f.toSecondOfDay();
        this.to = t.toSecondOfDay();
        this.window = f + "–" + t;
        for (Category c : settings.choices("categories", Category.class)) {
            categories[c.ordinal()] = true;
        }
        this.minConfidence = settings.fraction("min-confidence");
        settings.textMap("time-zones").forEach((region, zone) ->
                zones.put(region, local(settings, "time-zones." + region, zone)));
        this.defaultZone = local(settings, "default-time-zone", settings.text("default-time-zone"));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> signals() {
        return Set.of(SIGNAL);
    }

    @Override
    public void inspect(Examination examination) {
        var c = examination.classification();
        if (c.isEmpty() || !categories[c.get().category().ordinal()] || c.get().confidence() < minConfidence) {
            return;
        }
        var subject = examination.subject();
        Local zone = zones.getOrDefault(subject.recipient().regionCode(), defaultZone);
        long epoch = subject.at().getEpochSecond();
        int local = (int) Math.floorMod(epoch + zone.zone().offsetSeconds(subject.at()), (long) DAY);
        if (isQuiet(local)) {
            examination.report(SIGNAL, MINUTES[local / 60] + zone.shown());
        }
    }

    private boolean isQuiet(int secondOfDay) {
        return from < to ? secondOfDay >= from && secondOfDay < to : secondOfDay >= from || secondOfDay < to;
    }

    private Local local(Settings settings, String key, String name) {
        try {
            return new Local(Zone.of(name, ZoneId.of(name).getRules()), " in " + name + ", quiet " + window);
        } catch (DateTimeException e) {
            throw settings.problem(key, name, "is not a time zone such as Asia/Shanghai");
        }
    }
}
