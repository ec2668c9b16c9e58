package org.missionledger.support;

import java.util.Map;
import org.missionledger.MissionLedgerApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Extra application contexts for tests that need more than one (a second store, a restart). */
public final class TestContexts {

    private TestContexts() {}

    /** Starts the application without its web server on the store the properties describe (see {@link TestStore}). */
    public static ConfigurableApplicationContext start(Map<String, Object> properties) {
        return new SpringApplicationBuilder(MissionLedgerApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(TestStore.arguments(properties).toArray(String[]::new));
    }
}
