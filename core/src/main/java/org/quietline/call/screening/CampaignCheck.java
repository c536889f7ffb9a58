package org.quietline.call.screening;

import java.util.Set;
import org.quietline.call.campaign.CampaignDetector;
import org.quietline.number.PhoneNumber;
import org.quietline.screening.Check;
import org.quietline.screening.Examination;

/**
 * Reports campaigns: {@code CALLER_CAMPAIGN_MEMBER} for a number that already called as part of an active
 * campaign, {@code CALLER_RANGE_CAMPAIGN} for a number of a campaign's range on its first call (rotation),
 * and {@code CALLEE_CAMPAIGN_TARGET} when the callee is among an active campaign's victims. Thread-safe.
 */
public final class CampaignCheck implements Check {

    /** The check's name. */
    public static final String NAME = "campaign";

    private final CampaignDetector campaigns;

    /** Asks {@code campaigns}. */
    public CampaignCheck(CampaignDetector campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> signals() {
        return Set.of("CALLER_CAMPAIGN_MEMBER", "CALLER_RANGE_CAMPAIGN", "CALLEE_CAMPAIGN_TARGET");
    }

    @Override
    public void inspect(Examination examination) {
        var subject = examination.subject();
        if (subject.sender() instanceof PhoneNumber caller) {
            campaigns.campaignOf(caller, subject.at()).ifPresent(m -> examination.report(
                    m.seenBefore() ? "CALLER_CAMPAIGN_MEMBER" : "CALLER_RANGE_CAMPAIGN", m.campaign().evidence()));
        }
        campaigns.targeting(subject.recipient(), subject.at()).ifPresent(c ->
                examination.report("CALLEE_CAMPAIGN_TARGET", subject.recipient().masked() + " is a victim of " + c.id()));
    }
}
