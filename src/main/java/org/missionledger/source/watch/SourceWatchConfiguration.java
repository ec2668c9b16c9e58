package org.missionledger.source.watch;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The source watch's settings, and its scheduled mode: only in the server, only when switched on. */
@Configuration
@EnableConfigurationProperties(SourceWatchProperties.class)
class SourceWatchConfiguration {

    @Bean
    @ConditionalOnWebApplication
    @ConditionalOnProperty(name = "missionledger.sources.watch.scheduled", havingValue = "true")
    SourceWatchScheduler sourceWatchScheduler(SourceWatch watch, SourceWatchProperties properties) {
        return new SourceWatchScheduler(watch, properties);
    }
}
