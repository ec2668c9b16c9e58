package org.missionledger.platform.projection;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;

/** Reads the global index out of the tokens the ledger's event store hands out (also when wrapped for a replay). */
public final class TrackingTokens {

    private TrackingTokens() {}

    /** The global index the token points at; 0 for no token. */
    public static long globalIndex(TrackingToken token) {
        if (token == null) {
            return 0;
        }
        TrackingToken unwrapped = WrappedToken.unwrapLowerBound(token);
        if (unwrapped instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex();
        }
        return token.position()
                .orElseThrow(() -> new IllegalArgumentException("Token " + token + " carries no global position"));
    }
}
