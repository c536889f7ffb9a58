package org.quietline.server.screening;

import org.quietline.classify.Classifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The text classifier the screening engine uses. */
@Configuration(proxyBeanMethods = false)
class ClassifierConfiguration {

    /** Hand-written rules until core ships its trained classifier (see {@link KeywordClassifier}). */
    @Bean
    Classifier classifier() {
        return new KeywordClassifier();
    }
}
