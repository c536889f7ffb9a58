package org.quietline.screening;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one decision for one (message, recipient) or (call, callee): what happens, the score, and every
 * reason that produced it. SMPP responses, REST answers, the audit log and the console all show this
 * same verdict; none of them decides again.
 *
 * @param action        what happens
 * @param score         the sum of the contributions
 * @param reasons       every signal that fired, largest contribution first
 * @param forcedBy      the reason whose forced action decided, if one did
 * @param label         what the subscriber is shown with a LABEL (营销, 被 312 人标记为装修推销), if anything
 * @param policyVersion the version of the policy that weighed the findings
 */
public record Verdict(Action action, double score, List<Reason> reasons, Optional<Reason> forcedBy,
                      Optional<String> label, String policyVersion) {

    /** Copies the list; rejects nulls. */
    public Verdict {
        Objects.requireNonNull(action, "action");
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(forcedBy, "forcedBy");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(policyVersion, "policyVersion");
    }

    /** Whether {@code signal} is among the reasons. */
    public boolean has(String signal) {
        for (Reason r : reasons) {
            if (r.signal().equals(signal)) {
                return true;
            }
        }
        return false;
    }
}
