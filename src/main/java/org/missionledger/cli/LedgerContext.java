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

    /**
     * Starts the application for this run, or — when a server holds the ledger and the command should work through it
     * — throws {@link ThroughServer} before anything opens the store.
     */
    static LedgerContext start(List<String> args, PrintWriter notices, StoreGuard.Access access, StoreOptions options) {
        SpringApplication application = new SpringApplication(MissionLedgerApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        application.setRegisterShutdownHook(false);
        GuardStore guard = new GuardStore(notices, access, options);
        application.addListeners(guard);
        try {
            return new LedgerContext(application.run(args.toArray(String[]::new)));
        } catch (ThroughServer through) {
            throw through;
        } catch (RuntimeException e) {
            if (guard.server != null) {
                throw new ThroughServer(guard.server);
            }
            throw e;
        }
    }

    /** The command should work through this server rather than on the store. */
    static final class ThroughServer extends RuntimeException {
        final transient ServerClient server;

        ThroughServer(ServerClient server) {
            super("through " + server.url(), null, false, false);
            this.server = server;
        }
    }

    /**
     * Waits (up to {@code timeout}) until this writer's sequencer and projections have processed every stored event,
     * and signs a checkpoint of what it appended, so that closing leaves the log signed and the views current.
     */
    void awaitWriterCaughtUp(java.time.Duration timeout) {
        var monitor = bean(org.missionledger.platform.projection.ProjectionMonitor.class);
        var tree = bean(org.missionledger.ledger.log.TreeStore.class);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            long head = monitor.head();
            boolean done = tree.state().lastGlobalIndex() >= head
                    && monitor.names().stream().allMatch(name -> monitor.position(name) >= head);
            if (done) {
                break;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        bean(org.missionledger.ledger.checkpoint.CheckpointScheduler.class).signNow();
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
        private final StoreGuard.Access access;
        private final StoreOptions options;
        ServerClient server;

        GuardStore(PrintWriter notices, StoreGuard.Access access, StoreOptions options) {
            this.notices = notices;
            this.access = access;
            this.options = options;
        }

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            ConfigurableEnvironment environment = event.getEnvironment();
            StoreProperties store = Binder.get(environment)
                    .bind("missionledger.store", StoreProperties.class)
                    .orElseGet(() -> new StoreProperties(null, null, null));
            StoreGuard.Decision decision = StoreGuard.decide(
                    store, access, options == null ? null : options.server, options == null ? null : options.user);
            if (!decision.overrides().isEmpty()) {
                environment
                        .getPropertySources()
                        .addFirst(new MapPropertySource("command-line-store", decision.overrides()));
            }
            if (decision.notice() != null) {
                notices.println(decision.notice());
                notices.flush();
            }
            if (decision.server() != null) {
                server = decision.server();
                throw new ThroughServer(server);
            }
        }
    }
}
