package org.missionledger.exchange.export;

import org.missionledger.common.api.FeatureApi;

/** The syntaxes of a missions export (the import format). */
@FeatureApi("a parameter of MissionExporter")
public enum MissionFormat {
    JSON,
    YAML
}
