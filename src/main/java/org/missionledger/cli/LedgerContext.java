package org.missionledger.cli;

import java.io.PrintWriter;
import java.util.List;
import org.missionledger.MissionLedgerApplication;
import org.missionledger.platform.store.StoreProperties;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The application, without its web server, for one command-line run: same configuration (application.yml, environment,
 * {@code --property=value} arguments), same store — guarded by {@link StoreGuard} — and no demo loading.
 */
final class LedgerContext implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private LedgerContext(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static LedgerContext start(List<String> args, PrintWriter notices) {
        SpringApplication application = new SpringApplication(MissionLedgerApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        application.setRegisterShutdownHook(false);
        application.addListeners(new GuardStore(notices));
        return new LedgerContext(application.run(args.toArray(String[]::new)));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }

    /** Applies the store guard once the configuration is known and before anything opens the store. */
    private static final class GuardStore implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

        private final PrintWriter notices;

        GuardStore(PrintWriter notices) {
            this.notices = notices;
        }

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            ConfigurableEnvironment environment = event.getEnvironment();
            StoreProperties store = Binder.get(environment)
                    .bind("missionledger.store", StoreProperties.class)
                    .orElseGet(() -> new StoreProperties(null, null, null));
            StoreGuard.Decision decision = StoreGuard.decide(store);
            if (!decision.overrides().isEmpty()) {
                environment
                        .getPropertySources()
                        .addFirst(new MapPropertySource("command-line-store", decision.overrides()));
            }
            if (decision.notice() != null) {
                notices.println(decision.notice());
                notices.flush();
            }
        }
    }
}
