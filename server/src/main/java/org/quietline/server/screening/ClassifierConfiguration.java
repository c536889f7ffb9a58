package org.quietline.server.screening;

import org.quietline.classify.Classifier;
import org.quietline.classify.LinearClassifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The text classifier the screening engine uses: the trained model core ships (docs/classifier.md). */
@Configuration(proxyBeanMethods = false)
class ClassifierConfiguration {

    /** The shipped linear model, loaded once; immutable and thread-safe, so one instance serves every request. */
    @Bean
    Classifier classifier() {
        return LinearClassifier.shipped();
    }
}
