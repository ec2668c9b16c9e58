package org.missionledger.platform.projection;

/**
 * The state of one projection, as the admin endpoint and the command line report it.
 *
 * @param name the projection (= processing group = processor)
 * @param state {@code RUNNING}, {@code REBUILDING}, {@code STOPPED} or {@code ERROR}
 * @param position the global index the projection has processed up to
 * @param head the last global index of the event store
 * @param lag {@code head - position}
 * @param segments the token segments this instance has claimed
 * @param error the last processing error, when {@code state} is {@code ERROR}
 * @param rebuild progress of the current (or last) rebuild, if any
 */
public record ProjectionStatus(
        String name,
        State state,
        long position,
        long head,
        long lag,
        int segments,
        String error,
        RebuildProgress rebuild) {

    public enum State {
        RUNNING,
        REBUILDING,
        STOPPED,
        ERROR
    }
}
