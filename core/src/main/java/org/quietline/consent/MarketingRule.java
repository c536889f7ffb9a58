package org.quietline.consent;

import org.quietline.screening.Action;
import org.quietline.screening.Forcing;
import org.quietline.screening.Policy;
import org.quietline.screening.Signal;

/**
 * Whether marketing needs a MARKETING consent, or only the absence of a refusal. The operator's policy
 * chooses; the shipped default is {@link #CONSENT_REQUIRED}, as Chinese and EU law require.
 */
public enum MarketingRule {
    /** Marketing needs a MARKETING consent that is in force (the default). */
    CONSENT_REQUIRED,
    /** Marketing may go to anyone who has not refused it (an opt-out regime). */
    UNLESS_REFUSED;

    /**
     * The rule {@code policy} sets: consent is required while {@value ConsentCheck#WITHOUT_CONSENT} forces a
     * BLOCK (the shipped default); an operator who removes that forcing runs an opt-out regime, and scrubbing
     * follows the same setting as screening.
     */
    public static MarketingRule of(Policy policy) {
        boolean blocks = policy.signal(ConsentCheck.WITHOUT_CONSENT).flatMap(Signal::forcing)
                .filter(f -> f.mode() == Forcing.Mode.EXACT && f.action() == Action.BLOCK).isPresent();
        return blocks ? CONSENT_REQUIRED : UNLESS_REFUSED;
    }
}
