package org.quietline.server.calls;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.quietline.screening.Call;
import org.quietline.screening.Reason;
import org.quietline.screening.Verdict;

/**
 * The JSON answer of {@code POST /api/v1/calls/screen}: the verdict with its reasons, numbers masked.
 *
 * @param action        ALLOW, LABEL, DEFER (do not ring now), HOLD or BLOCK
 * @param score         the sum of the contributions
 * @param reasons       every signal that fired, largest contribution first
 * @param forcedBy      the reason whose forced action decided, if one did
 * @param label         what the callee is shown with a LABEL (被 312 人标记为装修推销)
 * @param policyVersion the policy that weighed the findings
 * @param caller        the caller, masked (short codes whole)
 * @param callee        the callee, masked
 * @param at            when the call was placed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CallVerdictAnswer(String action, double score, List<ReasonAnswer> reasons, ReasonAnswer forcedBy, String label,
                         String policyVersion, String caller, String callee, Instant at) {

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

    static CallVerdictAnswer of(Call call, Verdict v) {
        return new CallVerdictAnswer(v.action().name(), v.score(), v.reasons().stream().map(ReasonAnswer::of).toList(),
                v.forcedBy().map(ReasonAnswer::of).orElse(null), v.label().orElse(null), v.policyVersion(),
                call.caller().masked(), call.callee().masked(), call.at());
    }
}
