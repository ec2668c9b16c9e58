package org.missionledger.exchange.format;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import org.missionledger.platform.axon.EffectiveDates;

/**
 * One entry of an import file, turned into the command it stands for.
 *
 * @param position the entry's position in its record: 0 for the declare/define entry, then 1, 2, … for the history
 * @param kind the entry's type
 * @param path where it is in the file
 * @param line the line it starts on
 * @param command the command, validated; a correction that names an earlier entry of this file carries the placeholder
 *     {@code entry:N} as its corrected event id until the importer knows that entry's event
 * @param correctsEntry for a correction naming an earlier entry, that entry's position
 * @param logKey what the import log keys this entry by: {@code <aggregate id>#<position>}
 * @param fingerprint a hash of the entry's content (its command, canonical JSON): an entry imported before must come
 *     back unchanged
 * @param dateUnknown the entry says its date is unknown ({@code dateUnknown: true}): its event records the effective
 *     date as unknown ("date unknown"), never the day of the import
 */
public record PlannedEntry(
        int position,
        EntryKind kind,
        String path,
        Integer line,
        Record command,
        Integer correctsEntry,
        String logKey,
        String fingerprint,
        boolean dateUnknown) {

    /** An entry with a known (or recording-day) date. */
    public PlannedEntry(
            int position,
            EntryKind kind,
            String path,
            Integer line,
            Record command,
            Integer correctsEntry,
            String logKey,
            String fingerprint) {
        this(position, kind, path, line, command, correctsEntry, logKey, fingerprint, false);
    }

    /** The message to dispatch for {@code command} (this entry's command, resolved): marked when the date is unknown. */
    public Object message(Object command) {
        return dateUnknown ? EffectiveDates.unknown(command) : command;
    }

    /** The aggregate this entry's command targets. */
    public String aggregateId() {
        return logKey.substring(0, logKey.indexOf('#'));
    }

    /** The command with its corrected event id resolved (only for corrections naming an entry). */
    public Record commandCorrecting(String eventId) {
        if (correctsEntry == null) {
            return command;
        }
        RecordComponent[] components = command.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals("correctedEventId")
                        ? eventId
                        : components[i].getAccessor().invoke(command);
            }
            Constructor<? extends Record> constructor = command.getClass().getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "Cannot rebuild " + command.getClass().getSimpleName(), e);
        }
    }
}
