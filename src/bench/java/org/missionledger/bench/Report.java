package org.missionledger.bench;

import java.util.List;
import java.util.Map;

/**
 * Everything one run measured, as written to the JSON results file.
 *
 * @param startedAt when the run started (UTC)
 * @param finishedAt when it ended
 * @param arguments the command's arguments
 * @param machine CPU, cores, memory, operating system, Java and JVM flags
 * @param store the server the run used
 * @param settings the run's settings
 * @param rows every measured row
 * @param targets the targets checked against the rows
 */
record Report(
        String startedAt,
        String finishedAt,
        List<String> arguments,
        Map<String, Object> machine,
        String store,
        Map<String, Object> settings,
        List<Row> rows,
        List<Target> targets) {}
