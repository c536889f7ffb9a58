package org.quietline.call.screening;

import java.util.Optional;
import java.util.Set;
import org.quietline.call.CallLabel;
import org.quietline.call.campaign.CampaignDetector;
import org.quietline.call.guardian.CallJournal;
import org.quietline.call.policy.QuietHours;
import org.quietline.call.policy.SubscriberPolicies;
import org.quietline.call.policy.SubscriberPolicy;
import org.quietline.call.range.RangeWatch;
import org.quietline.call.reputation.NumberReputation;
import org.quietline.call.reputation.ReputationBook;
import org.quietline.number.PhoneNumber;
import org.quietline.screening.Call;
import org.quietline.screening.Check;
import org.quietline.screening.Examination;
import org.quietline.screening.Verdict;

/**
 * Applies the callee's own policy ({@link SubscriberPolicy}), read on every call so that a change applies
 * to the next one: {@code SUBSCRIBER_ALLOW_LIST}, {@code SUBSCRIBER_BLOCKED_RANGE} (a number or a range
 * the subscriber named), {@code SUBSCRIBER_BLOCKED_CATEGORY} / {@code SUBSCRIBER_LABELLED_CATEGORY} (by
 * what reporters labelled the caller or its campaign), {@code SUBSCRIBER_QUIET_HOURS}, and in guardian
 * mode {@code GUARDIAN_STRICT} for an unknown caller with anything against it. Afterwards it journals the
 * verdict of every call to a subscriber with a policy, for the guardian's digest. Thread-safe.
 */
public final class SubscriberPolicyCheck implements Check {

    /** The check's name. */
    public static final String NAME = "subscriber-policy";

    private final SubscriberPolicies policies;
    private final ReputationBook reputation;
    private final CampaignDetector campaigns;
    private final RangeWatch ranges;
    private final CallJournal journal;

    /** Reads the subscriber's policy and what is known about the caller; journals into {@code journal}. */
    public SubscriberPolicyCheck(SubscriberPolicies policies, ReputationBook reputation, CampaignDetector campaigns,
                                 RangeWatch ranges, CallJournal journal) {
        this.policies = policies;
        this.reputation = reputation;
        this.campaigns = campaigns;
        this.ranges = ranges;
        this.journal = journal;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> signals() {
        return Set.of("SUBSCRIBER_ALLOW_LIST", "SUBSCRIBER_BLOCKED_RANGE", "SUBSCRIBER_BLOCKED_CATEGORY",
                "SUBSCRIBER_LABELLED_CATEGORY", "SUBSCRIBER_QUIET_HOURS", "GUARDIAN_STRICT");
    }

    @Override
    public void inspect(Examination examination) {
        if (!(examination.subject() instanceof Call call)) {
            return;
        }
        Optional<SubscriberPolicy> found = policies.policyOf(call.callee());
        if (found.isEmpty()) {
            return;
        }
        SubscriberPolicy p = found.get();
        var allowed = p.allowing(call.caller());
        if (allowed.isPresent()) {
            examination.report("SUBSCRIBER_ALLOW_LIST", "allowed by the subscriber: " + allowed.get());
            return;
        }
        p.blocking(call.caller()).ifPresent(b -> examination.report("SUBSCRIBER_BLOCKED_RANGE", "blocked by the subscriber: " + b));
        Suspicion s = suspicion(call);
        s.label().ifPresent(l -> {
            if (p.block().contains(l)) {
                examination.report("SUBSCRIBER_BLOCKED_CATEGORY", s.labelText() + " (the subscriber blocks " + l.chinese() + ")");
            } else if (p.label().contains(l)) {
                examination.report("SUBSCRIBER_LABELLED_CATEGORY", s.labelText());
            }
        });
        for (QuietHours q : p.quiet()) {
            if (q.contains(call.at())) {
                examination.report("SUBSCRIBER_QUIET_HOURS", "quiet hours " + q.from() + "–" + q.to());
                break;
            }
        }
        if (p.guarded() && s.any()) {
            examination.report("GUARDIAN_STRICT", "guarded number; unknown caller: " + s.why());
        }
    }

    @Override
    public void settled(Examination examination, Verdict verdict) {
        if (examination.subject() instanceof Call call && policies.policyOf(call.callee()).isPresent()) {
            journal.record(call, verdict);
        }
    }

    /** What is held against the caller, and the label to go by (reports first, then its campaign). */
    private Suspicion suspicion(Call call) {
        if (!(call.caller() instanceof PhoneNumber caller)) {
            return new Suspicion(Optional.empty(), "", "");
        }
        NumberReputation r = reputation.reputation(caller, call.at());
        var campaign = campaigns.campaignOf(caller, call.at());
        StringBuilder why = new StringBuilder();
        if (r.reporters() > 0) {
            why.append(r.reporters()).append(" reports; ");
        }
        campaign.ifPresent(m -> why.append(m.campaign().id()).append("; "));
        ranges.covering(caller).ifPresent(f -> why.append("range ").append(f.range()).append(" flagged; "));
        campaigns.targeting(call.callee(), call.at()).ifPresent(c -> why.append("callee targeted by ").append(c.id()).append("; "));
        Optional<CallLabel> label = r.topLabel();
        String text = r.callerLabel().orElse("");
        if (label.isEmpty() && campaign.isPresent() && campaign.get().campaign().label().isPresent()) {
            label = campaign.get().campaign().label();
            text = campaign.get().campaign().id() + " (" + label.get().phrase() + ")";
        }
        return new Suspicion(label, text, why.toString().strip());
    }

    private record Suspicion(Optional<CallLabel> label, String labelText, String why) {
        boolean any() {
            return !why.isEmpty();
        }
    }
}
