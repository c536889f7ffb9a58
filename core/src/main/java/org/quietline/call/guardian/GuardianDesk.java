package org.quietline.call.guardian;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.quietline.call.NumberPattern;
import org.quietline.call.policy.SubscriberPolicies;
import org.quietline.call.policy.SubscriberPolicy;
import org.quietline.number.PhoneNumber;
import org.quietline.number.Sender;

/**
 * Guardian mode: a guardian enrols a ward's number (which gets the strict defaults), changes the ward's
 * policy, reads a digest of the calls that did not ring through, and lets a caller through in one step.
 * Every change is saved to the policy store that screening reads on every call, so it applies to the very
 * next call. Only the ward's guardian may act ({@link GuardianshipException} otherwise). Thread-safe.
 */
public final class GuardianDesk {

    private static final int DIGEST_SIZE = 20;
    private static final int RETRIES = 5;

    private final Guardianships guardianships;
    private final SubscriberPolicies policies;
    private final CallJournal journal;
    private final ZoneId zone;

    /** A desk over the stores; strict quiet hours are read in {@code zone}. */
    public GuardianDesk(Guardianships guardianships, SubscriberPolicies policies, CallJournal journal, ZoneId zone) {
        this.guardianships = Objects.requireNonNull(guardianships, "guardianships");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * Makes {@code guardian} the guardian of {@code ward} and puts the ward under the strict defaults (keeping
     * numbers the ward already allowed or blocked).
     */
    public SubscriberPolicy enroll(String guardian, PhoneNumber ward, Instant at) {
        guardianships.add(new Guardianship(guardian, ward, at));
        return change(guardian, ward, old -> {
            SubscriberPolicy strict = SubscriberPolicy.strict(ward, zone);
            return new SubscriberPolicy(ward, strict.block(), strict.label(), old.blocked(), old.allowed(),
                    strict.quiet(), true, old.version() + 1);
        });
    }

    /** The ward's current policy. */
    public SubscriberPolicy policy(String guardian, PhoneNumber ward) {
        require(guardian, ward);
        return policies.policyOf(ward).orElseGet(() -> SubscriberPolicy.none(ward));
    }

    /** Applies {@code change} to the ward's policy and saves it; retried when another change raced it. */
    public SubscriberPolicy change(String guardian, PhoneNumber ward, UnaryOperator<SubscriberPolicy> change) {
        require(guardian, ward);
        for (int attempt = 0; attempt < RETRIES; attempt++) {
            SubscriberPolicy old = policies.policyOf(ward).orElseGet(() -> SubscriberPolicy.none(ward));
            SubscriberPolicy next = change.apply(old);
            if (next.version() <= old.version()) {
                next = new SubscriberPolicy(next.subscriber(), next.block(), next.label(), next.blocked(), next.allowed(),
                        next.quiet(), next.guarded(), old.version() + 1);
            }
            if (policies.save(next)) {
                return next;
            }
        }
        throw new IllegalStateException("the ward's policy kept changing under this change; try again");
    }

    /** Lets the caller of journal entry {@code entry} through from the next call on (one step, from the digest). */
    public SubscriberPolicy allowCaller(String guardian, PhoneNumber ward, long entry) {
        require(guardian, ward);
        ScreenedCall call = journal.find(entry).filter(c -> c.callee().equals(ward))
                .orElseThrow(() -> new GuardianshipException("no call " + entry + " to this ward is in the journal"));
        return allow(guardian, ward, call.caller());
    }

    /** Lets {@code caller} through from the next call on. */
    public SubscriberPolicy allow(String guardian, PhoneNumber ward, Sender caller) {
        NumberPattern p = caller instanceof PhoneNumber n ? NumberPattern.of(n) : NumberPattern.parse(caller.value());
        return change(guardian, ward, old -> old.allow(p));
    }

    /** The calls to the ward since {@code since} that did not ring through. */
    public Digest digest(String guardian, PhoneNumber ward, Instant since) {
        require(guardian, ward);
        List<ScreenedCall> stopped = journal.stopped(ward, since, Integer.MAX_VALUE);
        Map<String, Integer> byWhy = new TreeMap<>();
        for (ScreenedCall c : stopped) {
            byWhy.merge(c.label().orElse(c.why()), 1, Integer::sum);
        }
        List<Digest.Entry> latest = stopped.stream().limit(DIGEST_SIZE)
                .map(c -> new Digest.Entry(c.id(), c.caller().masked(), c.at(), c.action(), c.label().orElse(c.why())))
                .toList();
        return new Digest(ward.masked(), since, stopped.size(), byWhy, latest);
    }

    /** The wards of {@code guardian}. */
    public List<Guardianship> wards(String guardian) {
        return guardianships.wardsOf(guardian);
    }

    private void require(String guardian, PhoneNumber ward) {
        if (guardianships.find(guardian, ward).isEmpty()) {
            throw new GuardianshipException("account " + guardian + " is not the guardian of " + ward.masked());
        }
    }
}
