package org.missionledger.mission.command;

import org.missionledger.common.api.Source;

/** What an applied event was about and the source it cited, kept so that corrections can name it. */
record RecordedEvent(String subject, Source source) {

    RecordedEvent withSource(Source corrected) {
        return new RecordedEvent(subject, corrected);
    }
}
