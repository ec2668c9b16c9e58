package org.missionledger.source.watch;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.missionledger.common.api.FeatureApi;
import org.missionledger.common.command.CommandRefused;
import org.missionledger.platform.axon.CurrentActor;
import org.missionledger.platform.projection.ProjectionMonitor;
import org.missionledger.source.api.RecordSourceObservation;
import org.missionledger.source.api.SourceIds;
import org.missionledger.source.api.SourceRefusal;
import org.missionledger.source.api.WatchReport;
import org.missionledger.source.api.WatchedSourceView;
import org.missionledger.source.query.SourceQueries;
import org.missionledger.source.query.SourceWatchProjector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * The source watch: fetches every cited URL, one at a time and politely (per host, at most one request every
 * {@code per-host-interval}; conditional requests), extracts the readable text and records a
 * {@link RecordSourceObservation} through the command bus when the page says something else than at the last
 * observation. Whether a change is an alert is decided by the source-watch projection. One run at a time: the command
 * line ({@code sources watch}), the scheduled mode and {@code POST /api/admin/sources/watch} all come here.
 */
@Service
@FeatureApi("one run of the source watch, for the command line")
public class SourceWatch implements DisposableBean {

    /** Who a scheduled or command-line watch records as. */
    public static final String SYSTEM_ACTOR = "system:source-watch";

    private static final Logger log = LoggerFactory.getLogger(SourceWatch.class);
    private static final Duration CATCH_UP = Duration.ofMinutes(2);

    private final SourceQueries sources;
    private final ProjectionMonitor monitor;
    private final CommandGateway gateway;
    private final Clock clock;
    private final SourceWatchProperties properties;
    private final PageFetcher fetcher;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "source-watch");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<WatchReport> current = new AtomicReference<>();
    private final Object running = new Object();

    public SourceWatch(
            SourceQueries sources,
            ProjectionMonitor monitor,
            CommandGateway gateway,
            Clock clock,
            SourceWatchProperties properties) {
        this.sources = sources;
        this.monitor = monitor;
        this.gateway = gateway;
        this.clock = clock;
        this.properties = properties;
        this.fetcher = new PageFetcher(properties.timeout(), properties.maxBytes(), properties.userAgent());
    }

    /** The run going on, or the last one; empty before the first. */
    public Optional<WatchReport> current() {
        return Optional.ofNullable(current.get());
    }

    /** Whether a run is going on. */
    public boolean isRunning() {
        WatchReport report = current.get();
        return report != null && report.state() == WatchReport.State.RUNNING;
    }

    /**
     * Starts a run in the background as {@code actor}; answers its first report. Refused with
     * {@link WatchAlreadyRunning} while another run is going on.
     */
    public WatchReport start(String actor) {
        synchronized (running) {
            if (isRunning()) {
                throw new WatchAlreadyRunning();
            }
            current.set(new WatchReport(
                    WatchReport.State.RUNNING, actor, clock.instant(), null, 0, Collections.emptyList()));
        }
        WatchReport started = current.get();
        background.submit(() -> {
            try {
                run(actor, started.startedAt());
            } catch (RuntimeException | InterruptedException e) {
                log.warn("The source watch stopped: {}", e.toString());
                finish(
                        actor,
                        started.startedAt(),
                        current.get().total(),
                        current.get().outcomes());
            }
        });
        return started;
    }

    /** Runs once, here, as {@code actor}, and answers what it did. Refused while another run is going on. */
    public WatchReport runNow(String actor) throws InterruptedException {
        Instant startedAt = clock.instant();
        synchronized (running) {
            if (isRunning()) {
                throw new WatchAlreadyRunning();
            }
            current.set(new WatchReport(WatchReport.State.RUNNING, actor, startedAt, null, 0, Collections.emptyList()));
        }
        try {
            return run(actor, startedAt);
        } catch (RuntimeException | InterruptedException e) {
            finish(actor, startedAt, current.get().total(), current.get().outcomes());
            throw e;
        }
    }

    private WatchReport run(String actor, Instant startedAt) throws InterruptedException {
        awaitProjection();
        List<WatchedSourceView> watched = sources.watched();
        HostRateLimiter limiter =
                new HostRateLimiter(properties.perHostInterval(), clock, d -> Thread.sleep(d.toMillis()));
        List<WatchReport.UrlOutcome> outcomes = new ArrayList<>();
        for (WatchedSourceView source : watched) {
            outcomes.add(check(source, actor, limiter));
            current.set(new WatchReport(
                    WatchReport.State.RUNNING, actor, startedAt, null, watched.size(), List.copyOf(outcomes)));
        }
        WatchReport done = finish(actor, startedAt, watched.size(), outcomes);
        log.info(
                "Source watch: {} URL(s) checked, {} changed, {} gone, {} failed",
                watched.size(),
                done.count(WatchReport.Outcome.CHANGED),
                done.count(WatchReport.Outcome.GONE),
                done.count(WatchReport.Outcome.FAILED));
        return done;
    }

    private WatchReport finish(String actor, Instant startedAt, int total, List<WatchReport.UrlOutcome> outcomes) {
        WatchReport done = new WatchReport(
                WatchReport.State.DONE, actor, startedAt, clock.instant(), total, List.copyOf(outcomes));
        current.set(done);
        return done;
    }

    /** Waits until the projection has seen every event, so that the URLs and last observations are complete. */
    private void awaitProjection() throws InterruptedException {
        long head = monitor.head();
        Instant until = clock.instant().plus(CATCH_UP);
        while (monitor.position(SourceWatchProjector.NAME) < head
                && clock.instant().isBefore(until)) {
            Thread.sleep(100);
        }
    }

    private WatchReport.UrlOutcome check(WatchedSourceView source, String actor, HostRateLimiter limiter)
            throws InterruptedException {
        URI uri;
        try {
            uri = new URI(source.url());
        } catch (URISyntaxException e) {
            return failed(source, 0, "not a valid URL: " + e.getMessage());
        }
        boolean wasGone = source.lastStatus() == 404 || source.lastStatus() == 410;
        PageFetcher.Fetched fetched;
        try {
            limiter.acquire(uri);
            fetched = fetcher.fetch(uri, wasGone ? null : source.etag(), wasGone ? null : source.lastModified());
        } catch (IOException | IllegalArgumentException e) {
            return failed(
                    source, 0, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        int status = fetched.status();
        if (status == 304) {
            return outcome(source, WatchReport.Outcome.NOT_MODIFIED, status, 0);
        }
        boolean gone = status == 404 || status == 410;
        if (!gone && (status < 200 || status > 299)) {
            return failed(source, status, "HTTP " + status + ": nothing recorded, tried again next time");
        }
        String text = null;
        boolean truncated = false;
        String contentSha256 = null;
        String textSha256 = null;
        if (!gone) {
            contentSha256 = SourceIds.sha256(fetched.body());
            text = ReadableText.of(fetched.body(), fetched.contentType(), source.url());
            if (text != null) {
                if (text.length() > RecordSourceObservation.MAX_TEXT) {
                    text = text.substring(0, RecordSourceObservation.MAX_TEXT);
                    truncated = true;
                }
                textSha256 = SourceIds.sha256(text);
            }
            truncated |= fetched.truncated();
        }
        RecordSourceObservation command = new RecordSourceObservation(
                source.sourceId(),
                source.url(),
                clock.instant(),
                status,
                contentSha256,
                textSha256,
                text,
                truncated,
                shorten(fetched.contentType(), 200),
                gone ? null : shorten(fetched.etag(), 500),
                gone ? null : shorten(fetched.lastModified(), 100));
        try {
            CurrentActor.runAs(actor, () -> gateway.sendAndWait(command));
        } catch (CommandRefused refused) {
            if (refused.code() == SourceRefusal.SOURCE_UNCHANGED) {
                return outcome(source, WatchReport.Outcome.UNCHANGED, status, 0);
            }
            return failed(source, status, refused.detail());
        }
        WatchReport.Outcome outcome = source.observations() == 0
                ? (gone ? WatchReport.Outcome.GONE : WatchReport.Outcome.BASELINE)
                : gone ? WatchReport.Outcome.GONE : wasGone ? WatchReport.Outcome.BACK : WatchReport.Outcome.CHANGED;
        return outcome(source, outcome, status, source.observations() + 1);
    }

    private static String shorten(String value, int max) {
        return value == null || value.length() <= max ? value : null;
    }

    private static WatchReport.UrlOutcome outcome(
            WatchedSourceView source, WatchReport.Outcome outcome, int status, int observation) {
        return new WatchReport.UrlOutcome(source.url(), source.sourceId(), outcome, status, observation, null);
    }

    private static WatchReport.UrlOutcome failed(WatchedSourceView source, int status, String detail) {
        return new WatchReport.UrlOutcome(
                source.url(), source.sourceId(), WatchReport.Outcome.FAILED, status, 0, detail);
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }

    /** A run was asked for while another is going on. */
    public static class WatchAlreadyRunning extends RuntimeException {
        WatchAlreadyRunning() {
            super("A source watch is already running.", null, false, false);
        }
    }
}
