package org.quietline.server.screening;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.quietline.screening.Reason;
import org.quietline.server.audit.AuditedScreening;

/**
 * The JSON answer of {@code POST /api/v1/screenings}: the verdict as decided, with numbers masked.
 * Members that have no value ({@code forcedBy}, {@code label}) are left out.
 *
 * @param id            the audit log id of this screening
 * @param action        ALLOW, LABEL, DEFER, HOLD or BLOCK
 * @param score         the sum of the contributions
 * @param reasons       every signal that fired, largest contribution first
 * @param forcedBy      the reason whose forced action decided, if one did
 * @param label         what the subscriber would be shown with a LABEL
 * @param policyVersion the policy that weighed the findings
 * @param sender        the sender as screened (service ports and short codes whole, numbers masked)
 * @param recipient     the recipient, masked
 * @param receivedAt    when the message was submitted
 * @param screenedAt    when Quietline decided
 * @param dryRun        true unless the client asked for {@code "dryRun": false} (it acts on the verdict)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ScreeningAnswer(String id, String action, double score, List<ReasonAnswer> reasons, ReasonAnswer forcedBy,
                       String label, String policyVersion, String sender, String recipient, Instant receivedAt,
                       Instant screenedAt, boolean dryRun) {

    /**
     * One reason.
     *
     * @param signal       the signal's stable name
     * @param group        its policy group
     * @param contribution what it added to the score
     * @param description  what it means
     * @param evidence     what was seen
     */
    record ReasonAnswer(String signal, String group, double contribution, String description, String evidence) {

        static ReasonAnswer of(Reason r) {
            return new ReasonAnswer(r.signal(), r.group(), r.contribution(), r.description(), r.evidence());
        }
    }

    static ScreeningAnswer of(AuditedScreening s) {
        return of(s, true);
    }

    static ScreeningAnswer of(AuditedScreening s, boolean dryRun) {
        var v = s.verdict();
        return new ScreeningAnswer(s.id().toString(), v.action().name(), v.score(),
                v.reasons().stream().map(ReasonAnswer::of).toList(), v.forcedBy().map(ReasonAnswer::of).orElse(null),
                v.label().orElse(null), v.policyVersion(), s.sender(), s.recipientMasked(), s.receivedAt(),
                s.screenedAt(), dryRun);
    }
}
