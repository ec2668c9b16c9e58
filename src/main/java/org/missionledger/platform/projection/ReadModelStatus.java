package org.missionledger.platform.projection;

import java.util.List;

/**
 * How far the views behind a response are behind the event store. Every query response carries one.
 *
 * @param views the projections the answer was read from ({@code event-store} when folded from the events themselves)
 * @param position the global index up to which those views have applied every event (the lowest among them)
 * @param head the last global index allocated in the event store
 * @param lag {@code head - position}: how many events the answer does not reflect yet
 * @param rebuilding whether any of the views is being rebuilt (its answers are then incomplete)
 */
public record ReadModelStatus(List<String> views, long position, long head, long lag, boolean rebuilding) {

    /** An answer folded from the event store itself, which is never behind. */
    public static ReadModelStatus fromEvents(long head) {
        return new ReadModelStatus(List.of("event-store"), head, head, 0, false);
    }
}
