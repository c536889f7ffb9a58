package org.quietline.call.screening;

import java.time.Duration;
import java.util.Set;
import org.quietline.call.behaviour.BehaviourBook;
import org.quietline.call.behaviour.CallerBehaviour;
import org.quietline.number.PhoneNumber;
import org.quietline.screening.Check;
import org.quietline.screening.Evidence;
import org.quietline.screening.Examination;
import org.quietline.screening.Settings;

/**
 * Judges how the calling number has been calling (from call records): {@code CALLER_ROBOCALL_PATTERN} for
 * many callees an hour with few answered or only short calls; {@code CALLER_HEALTHY_PATTERN} for a busy
 * caller whose calls are answered and long (a courier, a clinic), which lowers the score. Thread-safe.
 *
 * <p>Settings ({@code checks.caller-behaviour}, all optional): {@code min-calls} before judging (20);
 * {@code robocall-callees-per-hour} (10), {@code robocall-max-answer-rate} (0.3),
 * {@code robocall-min-short-share} (0.6); {@code healthy-min-answer-rate} (0.7), {@code healthy-min-talk} (30s).
 */
public final class CallerBehaviourCheck implements Check {

    /** The check's name and policy section. */
    public static final String NAME = "caller-behaviour";

    private final BehaviourBook book;
    private final int minCalls;
    private final double calleesPerHour;
    private final double maxAnswerRate;
    private final double minShortShare;
    private final double healthyAnswerRate;
    private final Duration healthyTalk;

    /** Reads the settings; asks {@code book}. */
    public CallerBehaviourCheck(Settings settings, BehaviourBook book) {
        this.book = book;
        this.minCalls = settings.has("min-calls") ? settings.integer("min-calls", 1) : 20;
        this.calleesPerHour = settings.has("robocall-callees-per-hour") ? settings.number("robocall-callees-per-hour") : 10;
        this.maxAnswerRate = settings.has("robocall-max-answer-rate") ? settings.fraction("robocall-max-answer-rate") : 0.3;
        this.minShortShare = settings.has("robocall-min-short-share") ? settings.fraction("robocall-min-short-share") : 0.6;
        this.healthyAnswerRate = settings.has("healthy-min-answer-rate") ? settings.fraction("healthy-min-answer-rate") : 0.7;
        this.healthyTalk = settings.has("healthy-min-talk") ? settings.duration("healthy-min-talk") : Duration.ofSeconds(30);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> signals() {
        return Set.of("CALLER_ROBOCALL_PATTERN", "CALLER_HEALTHY_PATTERN");
    }

    @Override
    public void inspect(Examination examination) {
        if (!(examination.subject().sender() instanceof PhoneNumber caller)) {
            return;
        }
        CallerBehaviour b = book.behaviour(caller, examination.subject().at());
        if (b.calls() < minCalls) {
            return;
        }
        double perHour = b.activeHours() == 0 ? 0 : (double) b.distinctCallees() / b.activeHours();
        String seen = b.calls() + " calls to " + b.distinctCallees() + " numbers, answered " + Evidence.fraction(b.answerRate())
                + ", short " + Evidence.fraction(b.shortCallShare()) + ", mean talk " + b.meanTalk().toSeconds() + " s";
        if (perHour >= calleesPerHour && (b.answerRate() <= maxAnswerRate || b.shortCallShare() >= minShortShare)) {
            examination.report("CALLER_ROBOCALL_PATTERN", Math.min(1, perHour / (2 * calleesPerHour) + 0.5), seen);
        } else if (b.answerRate() >= healthyAnswerRate && b.meanTalk().compareTo(healthyTalk) >= 0) {
            examination.report("CALLER_HEALTHY_PATTERN", seen);
        }
    }
}
