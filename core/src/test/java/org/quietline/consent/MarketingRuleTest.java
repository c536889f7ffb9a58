package org.quietline.consent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quietline.screening.Yaml;

class MarketingRuleTest {

    @Test
    void theShippedPolicyRequiresConsent() {
        assertThat(MarketingRule.of(Yaml.shipped())).isEqualTo(MarketingRule.CONSENT_REQUIRED);
    }

    @Test
    void removingTheForcingMakesAnOptOutRegime() {
        assertThat(MarketingRule.of(Yaml.shippedWith("""
                version: op-1
                signals:
                  MARKETING_WITHOUT_CONSENT: {force: ~, priority: ~, weight: 1}
                """))).isEqualTo(MarketingRule.UNLESS_REFUSED);
    }
}
