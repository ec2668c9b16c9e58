package org.missionledger.source.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;
import static org.missionledger.common.command.CommandRefused.unless;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.missionledger.common.command.CommandRefused;
import org.missionledger.source.api.DismissSourceChange;
import org.missionledger.source.api.LinkSourceChange;
import org.missionledger.source.api.RecordSourceObservation;
import org.missionledger.source.api.SourceChangeDismissed;
import org.missionledger.source.api.SourceChangeLinked;
import org.missionledger.source.api.SourceIds;
import org.missionledger.source.api.SourceObserved;
import org.missionledger.source.api.SourceRefusal;

/**
 * One cited URL as the source watch saw it over time, keyed by the SHA-256 of the URL. Its states, per observation:
 * the baseline (the first observation of a page that is there), a change (the text differs from the last observation,
 * or the page disappeared or came back), and for a change: open, linked to an alteration, or marked not material.
 *
 * <p>Rules: an observation is recorded only when it differs from the last one ({@link #differs}); only a change can be
 * resolved, and only once.
 */
@Aggregate(cache = "aggregateCache", commandTargetResolver = "commandTargetResolver")
public class SourceAggregate {

    @AggregateIdentifier
    private String sourceId;

    private String url;
    private int observations;
    private String lastTextSha256;
    private String lastContentSha256;
    private int lastStatus;
    /** For each observation that is a change: whether it has been resolved (linked or marked not material). */
    private Map<Integer, Boolean> changes = new HashMap<>();

    protected SourceAggregate() {}

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(RecordSourceObservation command) {
        unless(
                SourceIds.of(command.url()).equals(command.sourceId()),
                SourceRefusal.SOURCE_URL_MISMATCH,
                "Source '" + command.sourceId() + "' is not the SHA-256 of " + command.url() + ".");
        unless(
                observations == 0 || differs(command),
                SourceRefusal.SOURCE_UNCHANGED,
                "The page at " + command.url() + " says what it said at observation " + observations + ".");
        apply(new SourceObserved(
                command.sourceId(),
                observations + 1,
                SourceIds.watchedUrl(command.url()),
                command.retrievedAt(),
                command.httpStatus(),
                command.contentSha256(),
                command.textSha256(),
                command.text(),
                command.textTruncated(),
                command.contentType(),
                command.etag(),
                command.lastModified()));
        return getVersion();
    }

    /**
     * Whether an observation says something else than the last one: the page disappeared or came back, or its readable
     * text changed (for a document the watch cannot read as text, its bytes).
     */
    boolean differs(RecordSourceObservation command) {
        if (command.gone() != gone(lastStatus)) {
            return true;
        }
        if (command.gone()) {
            return false;
        }
        if (command.textSha256() != null || lastTextSha256 != null) {
            return !Objects.equals(command.textSha256(), lastTextSha256);
        }
        return !Objects.equals(command.contentSha256(), lastContentSha256);
    }

    @CommandHandler
    public long handle(LinkSourceChange command) {
        requireOpenChange(command.observation());
        apply(new SourceChangeLinked(
                sourceId,
                command.observation(),
                command.changeNumber(),
                command.alterationEventId(),
                command.missionId(),
                command.note()));
        return getVersion();
    }

    @CommandHandler
    public long handle(DismissSourceChange command) {
        requireOpenChange(command.observation());
        apply(new SourceChangeDismissed(sourceId, command.observation(), command.reason()));
        return getVersion();
    }

    private void requireOpenChange(int observation) {
        if (observation < 1 || observation > observations) {
            throw new CommandRefused(
                    SourceRefusal.UNKNOWN_OBSERVATION,
                    "Source '" + sourceId + "' has no observation " + observation + " (it has " + observations + ").");
        }
        Boolean resolved = changes.get(observation);
        unless(
                resolved != null,
                SourceRefusal.NOT_A_CHANGE,
                "Observation " + observation + " of " + url + " is the first sight of the page, not a change.");
        unless(
                !resolved,
                SourceRefusal.SOURCE_CHANGE_ALREADY_RESOLVED,
                "Observation " + observation + " of " + url + " is already linked or marked not material.");
    }

    private static boolean gone(int status) {
        return status == 404 || status == 410;
    }

    @EventSourcingHandler
    void on(SourceObserved event) {
        sourceId = event.sourceId();
        url = event.url();
        observations = event.observation();
        if (event.observation() > 1 || event.gone()) {
            changes.put(event.observation(), false);
        }
        lastStatus = event.httpStatus();
        if (!event.gone()) {
            lastTextSha256 = event.textSha256();
            lastContentSha256 = event.contentSha256();
        }
    }

    @EventSourcingHandler
    void on(SourceChangeLinked event) {
        changes.put(event.observation(), true);
    }

    @EventSourcingHandler
    void on(SourceChangeDismissed event) {
        changes.put(event.observation(), true);
    }
}
