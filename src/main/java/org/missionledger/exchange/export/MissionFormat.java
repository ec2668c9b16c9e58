package org.missionledger.exchange.export;

/** The syntaxes of a missions export (the import format). */
public enum MissionFormat {
    JSON,
    YAML
}
