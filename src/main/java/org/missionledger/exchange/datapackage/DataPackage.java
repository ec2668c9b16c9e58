package org.missionledger.exchange.datapackage;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Frictionless Data Package (tabular-data-package profile) that describes every open-data CSV of the ledger: one
 * resource per {@link LedgerTables table}, its file relative to the descriptor, its Table Schema, licence and source.
 */
public final class DataPackage {

    private DataPackage() {}

    /**
     * Who may reuse the data and how.
     *
     * @param name an SPDX/Open Definition licence id, e.g. {@code ODC-BY-1.0}
     * @param title the licence's title
     * @param path where the licence can be read
     */
    public record Licence(String name, String title, String path) {}

    /**
     * The descriptor.
     *
     * @param baseUrl the server's base URL (no trailing slash), for the package's homepage and sources
     * @param created when it was made
     */
    public static Map<String, Object> descriptor(String baseUrl, Licence licence, Instant created) {
        Map<String, Object> licenceObject = new LinkedHashMap<>();
        licenceObject.put("name", licence.name());
        licenceObject.put("title", licence.title());
        licenceObject.put("path", licence.path());
        Map<String, Object> events = new LinkedHashMap<>();
        events.put(
                "title", "Mission Ledger: every event as stored, verifiable against the ledger's signed checkpoints");
        events.put("path", baseUrl + "/api/export/events.jsonl");

        Map<String, Object> descriptor = new LinkedHashMap<>();
        descriptor.put("profile", "tabular-data-package");
        descriptor.put("name", "mission-ledger");
        descriptor.put("title", "Mission Ledger: missions, targets, accountability, readings and changes");
        descriptor.put(
                "description",
                "What bodies committed to (missions and their measurable targets), who was accountable when, every "
                        + "statistic that measures progress with every vintage, and every change a body made to its "
                        + "commitments with its reason and public source. Each table is read from the ledger's "
                        + "projections of its tamper-evident event log.");
        descriptor.put("homepage", baseUrl + "/");
        descriptor.put("created", created.truncatedTo(ChronoUnit.SECONDS).toString());
        descriptor.put("licenses", List.of(licenceObject));
        descriptor.put("sources", List.of(events));
        List<Map<String, Object>> resources = new ArrayList<>();
        for (CsvTable<?> table : LedgerTables.ALL) {
            resources.add(resource(table, licenceObject, events));
        }
        descriptor.put("resources", resources);
        return descriptor;
    }

    private static Map<String, Object> resource(
            CsvTable<?> table, Map<String, Object> licence, Map<String, Object> source) {
        Map<String, Object> dialect = new LinkedHashMap<>();
        dialect.put("delimiter", ",");
        dialect.put("lineTerminator", "\n");
        dialect.put("quoteChar", "\"");
        dialect.put("doubleQuote", true);
        dialect.put("header", true);
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("profile", "tabular-data-resource");
        resource.put("name", table.name());
        resource.put("path", table.fileName());
        resource.put("title", table.title());
        resource.put("description", table.description());
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        resource.put("encoding", "utf-8");
        resource.put("dialect", dialect);
        resource.put("schema", table.schema());
        resource.put("licenses", List.of(licence));
        resource.put("sources", List.of(source));
        return resource;
    }
}
