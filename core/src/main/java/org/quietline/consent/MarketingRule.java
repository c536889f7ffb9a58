package org.quietline.consent;

/**
 * Whether marketing needs a MARKETING consent, or only the absence of a refusal. The operator's policy
 * chooses; the shipped default is {@link #CONSENT_REQUIRED}, as Chinese and EU law require.
 */
public enum MarketingRule {
    /** Marketing needs a MARKETING consent that is in force (the default). */
    CONSENT_REQUIRED,
    /** Marketing may go to anyone who has not refused it (an opt-out regime). */
    UNLESS_REFUSED
}
