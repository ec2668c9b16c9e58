package org.missionledger.exchange.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.Map;
import org.missionledger.common.query.ResourceNotFoundException;
import org.missionledger.exchange.datapackage.CsvTable;
import org.missionledger.exchange.datapackage.DataPackage;
import org.missionledger.exchange.datapackage.LedgerTables;
import org.missionledger.exchange.datapackage.OpenDataTables;
import org.missionledger.platform.web.QueryResults;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The ledger's open data: a Frictionless Data Package and the complete CSV tables it describes. */
@RestController
@Tag(name = "Open data", description = "Frictionless Data Package, Popolo and Open SDG exports")
class OpenDataController {

    private final OpenDataTables tables;
    private final DataPackage.Licence licence;
    private final Clock clock;

    OpenDataController(
            OpenDataTables tables,
            Clock clock,
            @Value("${missionledger.open-data.licence.name:ODC-BY-1.0}") String licenceName,
            @Value("${missionledger.open-data.licence.title:Open Data Commons Attribution License v1.0}")
                    String licenceTitle,
            @Value("${missionledger.open-data.licence.path:https://opendatacommons.org/licenses/by/1-0/}")
                    String licencePath) {
        this.tables = tables;
        this.clock = clock;
        this.licence = new DataPackage.Licence(licenceName, licenceTitle, licencePath);
    }

    @Operation(
            summary = "The Frictionless Data Package describing every CSV table: fields, types, keys, licence, source")
    @GetMapping(path = "/api/export/datapackage.json", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> dataPackage() {
        String base =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return DataPackage.descriptor(base, licence, clock.instant());
    }

    @Operation(
            summary = "One complete table of the data package as CSV: missions, targets, accountability, indicators, "
                    + "readings, changes or audit")
    @GetMapping(path = "/api/export/{table:[a-z]+}.csv")
    ResponseEntity<String> table(@PathVariable String table) {
        CsvTable<?> definition = LedgerTables.named(table)
                .orElseThrow(() -> new ResourceNotFoundException("No table '" + table + "'; the tables are "
                        + String.join(
                                ", ",
                                LedgerTables.ALL.stream().map(CsvTable::name).toList())
                        + "."));
        OpenDataTables.Csv csv = tables.csv(definition);
        return ResponseEntity.ok()
                .headers(QueryResults.headers(csv.readModel()))
                .contentType(QueryResults.TEXT_CSV)
                .body(csv.text());
    }
}
