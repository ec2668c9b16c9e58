package org.missionledger.platform.security;

/** The actor may not record this command (wrong role, or a body they are not granted). Nothing was recorded. */
public class RecordingNotPermitted extends RuntimeException {

    public RecordingNotPermitted(String detail) {
        super(detail, null, false, false);
    }
}
