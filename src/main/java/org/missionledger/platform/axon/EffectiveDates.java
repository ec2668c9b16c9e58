package org.missionledger.platform.axon;

import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;

/**
 * An effective date that is <em>unknown</em>: the body's change happened, the sources do not say when. Such an event
 * carries {@code effectiveDate: "unknown"} in its metadata (instead of a date), and every view shows "date unknown" —
 * never the day it was recorded. Only a command without a date of its own can be marked; a date the command states
 * wins over the mark.
 */
public final class EffectiveDates {

    /** The metadata value of {@link CommandMetadataInterceptor#EFFECTIVE_DATE} that means "date unknown". */
    public static final String UNKNOWN = "unknown";

    /** How pages, CSV files and feeds write an unknown date. */
    public static final String UNKNOWN_TEXT = "date unknown";

    private EffectiveDates() {}

    /** The command as a message whose effective date is unknown, for a command gateway. */
    public static CommandMessage<?> unknown(Object command) {
        return GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(CommandMetadataInterceptor.EFFECTIVE_DATE, UNKNOWN));
    }

    /** Whether a metadata value of {@link CommandMetadataInterceptor#EFFECTIVE_DATE} means "date unknown". */
    public static boolean isUnknown(Object metadataValue) {
        return metadataValue != null && UNKNOWN.equals(metadataValue.toString());
    }
}
