package org.quietline.call.guardian;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quietline.number.PhoneNumber;
import org.quietline.number.Sender;
import org.quietline.screening.Action;
import org.quietline.screening.Call;
import org.quietline.screening.Reason;
import org.quietline.screening.Verdict;

/** What every {@link CallJournal} does; run by the in-memory and the JDBC journal. */
public interface CallJournalContract {

    /** A fresh, empty journal. */
    CallJournal journal();

    PhoneNumber MOTHER = PhoneNumber.parse("13912345678");

    private static Verdict verdict(Action action, String signal) {
        Reason r = new Reason(signal, "caller", 14, "what it means", "evidence");
        return new Verdict(action, 14, List.of(r), action == Action.BLOCK ? Optional.of(r) : Optional.empty(),
                action == Action.LABEL ? Optional.of("被 3 人标记为推销") : Optional.empty(), "test");
    }

    private static Call call(String caller, String at) {
        return new Call(Sender.parse(caller), MOTHER, Instant.parse(at));
    }

    @Test
    default void listsTheStoppedCallsNewestFirst() {
        CallJournal j = journal();
        ScreenedCall first = j.record(call("13800131234", "2026-11-02T01:00:00Z"), verdict(Action.BLOCK, "CALLER_RANGE_CAMPAIGN"));
        j.record(call("13511112222", "2026-11-02T02:00:00Z"), verdict(Action.ALLOW, "CALLER_ALLOW_REGISTER"));
        ScreenedCall second = j.record(call("95555", "2026-11-02T03:00:00Z"), verdict(Action.DEFER, "SUBSCRIBER_QUIET_HOURS"));

        List<ScreenedCall> stopped = j.stopped(MOTHER, Instant.parse("2026-11-01T00:00:00Z"), 10);

        assertThat(stopped).containsExactly(second, first);
        assertThat(stopped.getFirst().caller()).isEqualTo(Sender.parse("95555"));
        assertThat(first.why()).isEqualTo("CALLER_RANGE_CAMPAIGN");
    }

    @Test
    default void findsAnEntryById() {
        CallJournal j = journal();
        ScreenedCall e = j.record(call("13800131234", "2026-11-02T01:00:00Z"), verdict(Action.LABEL, "CALLER_REPORTED"));

        assertThat(j.find(e.id())).contains(e);
        assertThat(e.label()).contains("被 3 人标记为推销");
        assertThat(j.find(e.id() + 1000)).isEmpty();
    }

    @Test
    default void leavesOutCallsBeforeTheStart() {
        CallJournal j = journal();
        j.record(call("13800131234", "2026-11-02T01:00:00Z"), verdict(Action.BLOCK, "CALLER_RANGE_CAMPAIGN"));

        assertThat(j.stopped(MOTHER, Instant.parse("2026-11-03T00:00:00Z"), 10)).isEmpty();
        assertThat(j.stopped(PhoneNumber.parse("13700137000"), Instant.EPOCH, 10)).isEmpty();
    }
}
