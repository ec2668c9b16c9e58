package org.missionledger.platform.feature;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Collects the features' registrations (every {@link FeatureRegistration} bean) into the {@link FeatureRegistry}. */
@Configuration(proxyBeanMethods = false)
public class FeatureConfiguration {

    @Bean
    public FeatureRegistry featureRegistry(List<FeatureRegistration> features) {
        return new FeatureRegistry(features);
    }
}
