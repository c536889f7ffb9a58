package org.quietline.server.screening;

import java.util.List;
import org.quietline.classify.Classifier;
import org.quietline.merchant.MerchantRegistry;
import org.quietline.screening.Policy;
import org.quietline.screening.ScreeningEngine;
import org.quietline.screening.shipped.ShippedScreening;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The screening engine of the platform: the shipped checks under the shipped policy (with the operator's
 * overrides), the platform's merchant registry and classifier, and every {@link ScreeningExtension}.
 * One engine, built at start; REST and SMPP both use it.
 */
@Configuration(proxyBeanMethods = false)
class ScreeningConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(ScreeningConfiguration.class);

    @Bean
    Policy screeningPolicy(@Value("${quietline.policy.file:}") String overrides) {
        Policy policy = PolicyFiles.load(overrides);
        LOG.info("screening policy {} ({} signals)", policy.version(), policy.signals().size());
        return policy;
    }

    @Bean
    ScreeningEngine screener(Policy policy, Classifier classifier, MerchantRegistry merchants,
            List<ScreeningExtension> extensions) {
        ShippedScreening builder = ShippedScreening.builder(policy, classifier).merchants(merchants);
        extensions.forEach(e -> e.extend(builder));
        return builder.build();
    }
}
