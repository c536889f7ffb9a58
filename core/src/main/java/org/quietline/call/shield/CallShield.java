package org.quietline.call.shield;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quietline.call.CallRecord;
import org.quietline.call.Report;
import org.quietline.call.allow.AllowRegister;
import org.quietline.call.behaviour.BehaviourBook;
import org.quietline.call.campaign.CampaignDetector;
import org.quietline.call.campaign.CampaignSettings;
import org.quietline.call.guardian.CallJournal;
import org.quietline.call.policy.SubscriberPolicies;
import org.quietline.call.range.NumberPlan;
import org.quietline.call.range.RangeForecaster;
import org.quietline.call.range.RangeWatch;
import org.quietline.call.range.ReportTable;
import org.quietline.call.reputation.ReportLog;
import org.quietline.call.reputation.ReputationBook;
import org.quietline.call.screening.AllowRegisterCheck;
import org.quietline.call.screening.CallerBehaviourCheck;
import org.quietline.call.screening.CallerRangeCheck;
import org.quietline.call.screening.CallerReputationCheck;
import org.quietline.call.screening.CampaignCheck;
import org.quietline.call.screening.SubscriberPolicyCheck;
import org.quietline.number.NumberKey;
import org.quietline.screening.shipped.ShippedScreening;

/**
 * The call shield assembled: the books that reports and call records feed (reputation, behaviour,
 * campaigns, flagged ranges), the stores of subscribers' policies and of screened calls, and the checks
 * that put all of it before the screening engine. One per platform; the server, the demo and the
 * benchmarks build it the same way. Thread-safe.
 */
public final class CallShield {

    private final ReportLog reports;
    private final ReputationBook reputation = new ReputationBook();
    private final BehaviourBook behaviour = new BehaviourBook();
    private final CampaignDetector campaigns;
    private final RangeWatch ranges = new RangeWatch();
    private final AllowRegister allowRegister;
    private final SubscriberPolicies policies;
    private final CallJournal journal;

    /** A shield over the stores; the report log is replayed into the reputation book at once. */
    public CallShield(ReportLog reports, SubscriberPolicies policies, CallJournal journal, AllowRegister allowRegister,
                      CampaignSettings campaignSettings) {
        this.reports = Objects.requireNonNull(reports, "reports");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.allowRegister = Objects.requireNonNull(allowRegister, "allowRegister");
        this.campaigns = new CampaignDetector(campaignSettings, reputation::topLabel);
        reports.replay(reputation::add);
    }

    /** Keeps a batch of reports and takes them into the reputation at once. */
    public void report(List<Report> batch) {
        reports.append(batch);
        batch.forEach(reputation::add);
    }

    /**
     * Takes in one call record (behaviour and campaigns). A duplicate is not counted twice; a record older
     * than the behaviour window of its caller (stale) changes nothing current and is not counted either.
     */
    public BehaviourBook.Outcome record(CallRecord r) {
        long callerKey = NumberKey.of(r.caller());
        long calleeKey = NumberKey.of(r.callee());
        BehaviourBook.Outcome o = behaviour.record(r, callerKey, calleeKey);
        if (o == BehaviourBook.Outcome.COUNTED) {
            campaigns.observe(r, callerKey, calleeKey);
        }
        return o;
    }

    /**
     * Forecasts the ranges to flag from every kept report dated up to {@code asOf}, per numbering plan,
     * within {@code budget} numbers per plan, and installs them for screening.
     */
    public void refreshRanges(LocalDate asOf, long budget) {
        Map<NumberPlan, ReportTable.Builder> tables = new HashMap<>();
        Map<String, Integer> reporterIds = new HashMap<>();
        reports.replay(r -> {
            int length = r.number().nationalNumber().length();
            if (length >= 7 && length <= 12) {
                NumberPlan plan = new NumberPlan(r.number().countryCode(), length);
                int reporter = reporterIds.computeIfAbsent(r.reporter().id(), k -> reporterIds.size());
                if (r.label().unwanted()) {
                    tables.computeIfAbsent(plan, ReportTable::builder).add(Long.parseLong(r.number().nationalNumber()),
                            r.at().atZone(java.time.ZoneOffset.UTC).toLocalDate(), reporter);
                }
            }
        });
        RangeForecaster forecaster = new RangeForecaster();
        tables.forEach((plan, table) -> ranges.install(forecaster.flag(table.build(), asOf, budget)));
    }

    /** Adds every call check to {@code builder}. */
    public ShippedScreening install(ShippedScreening builder) {
        return builder
                .check(AllowRegisterCheck.NAME, s -> new AllowRegisterCheck(allowRegister))
                .check(CallerReputationCheck.NAME, s -> new CallerReputationCheck(s, reputation))
                .check(CallerRangeCheck.NAME, s -> new CallerRangeCheck(ranges))
                .check(CampaignCheck.NAME, s -> new CampaignCheck(campaigns))
                .check(CallerBehaviourCheck.NAME, s -> new CallerBehaviourCheck(s, behaviour))
                .check(SubscriberPolicyCheck.NAME, s -> new SubscriberPolicyCheck(policies, reputation, campaigns, ranges, journal));
    }

    /** Number reputation. */
    public ReputationBook reputation() {
        return reputation;
    }

    /** Caller behaviour. */
    public BehaviourBook behaviour() {
        return behaviour;
    }

    /** Campaigns. */
    public CampaignDetector campaigns() {
        return campaigns;
    }

    /** Flagged ranges. */
    public RangeWatch ranges() {
        return ranges;
    }

    /** The allow register. */
    public AllowRegister allowRegister() {
        return allowRegister;
    }

    /** Subscribers' policies. */
    public SubscriberPolicies policies() {
        return policies;
    }

    /** Screened calls. */
    public CallJournal journal() {
        return journal;
    }
}
