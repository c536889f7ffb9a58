package org.quietline.call.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.quietline.call.CallRecord;
import org.quietline.number.PhoneNumber;

class BehaviourBookTest {

    private static final PhoneNumber CALLER = PhoneNumber.parse("13800138000");

    private static CallRecord call(String callee, String at, long seconds, boolean answered) {
        return new CallRecord(CALLER, PhoneNumber.parse(callee), Instant.parse(at), Duration.ofSeconds(seconds), answered);
    }

    @Test
    void countsCallsAnswersShortCallsAndDistinctCallees() {
        BehaviourBook book = new BehaviourBook();
        book.record(call("13911110001", "2026-11-02T01:00:00Z", 3, true));
        book.record(call("13911110002", "2026-11-02T01:10:00Z", 0, false));
        book.record(call("13911110001", "2026-11-02T02:10:00Z", 90, true));

        CallerBehaviour b = book.behaviour(CALLER, Instant.parse("2026-11-02T03:00:00Z"));

        assertThat(b.calls()).isEqualTo(3);
        assertThat(b.distinctCallees()).isEqualTo(2);
        assertThat(b.answered()).isEqualTo(2);
        assertThat(b.shortCalls()).isEqualTo(1);
        assertThat(b.activeHours()).isEqualTo(2);
    }

    @Test
    void dropsADuplicateRecord() {
        BehaviourBook book = new BehaviourBook();
        book.record(call("13911110001", "2026-11-02T01:00:00Z", 3, true));

        assertThat(book.record(call("13911110001", "2026-11-02T01:00:00Z", 3, true))).isEqualTo(BehaviourBook.Outcome.DUPLICATE);
        assertThat(book.behaviour(CALLER, Instant.parse("2026-11-02T02:00:00Z")).calls()).isEqualTo(1);
    }

    @Test
    void countsARecordArrivingOutOfOrderInItsOwnHour() {
        BehaviourBook book = new BehaviourBook();
        book.record(call("13911110001", "2026-11-02T05:00:00Z", 3, true));

        assertThat(book.record(call("13911110002", "2026-11-02T01:00:00Z", 3, true))).isEqualTo(BehaviourBook.Outcome.COUNTED);
        assertThat(book.behaviour(CALLER, Instant.parse("2026-11-02T06:00:00Z")).activeHours()).isEqualTo(2);
    }

    @Test
    void refusesARecordOlderThanTheWindow() {
        BehaviourBook book = new BehaviourBook();
        book.record(call("13911110001", "2026-11-05T05:00:00Z", 3, true));

        assertThat(book.record(call("13911110002", "2026-11-02T01:00:00Z", 3, true))).isEqualTo(BehaviourBook.Outcome.STALE);
    }

    @Test
    void forgetsCallsThatLeftTheWindow() {
        BehaviourBook book = new BehaviourBook();
        book.record(call("13911110001", "2026-11-02T01:00:00Z", 3, true));

        assertThat(book.behaviour(CALLER, Instant.parse("2026-11-04T01:00:00Z"))).isEqualTo(new CallerBehaviour(0, 0, 0, 0, 0, 0));
    }
}
