package org.missionledger.exchange.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.Map;
import org.missionledger.common.query.ResourceNotFoundException;
import org.missionledger.exchange.datapackage.CsvTable;
import org.missionledger.exchange.datapackage.DataPackage;
import org.missionledger.exchange.datapackage.LedgerTables;
import org.missionledger.exchange.datapackage.OpenDataTables;
import org.missionledger.exchange.popolo.PopoloExporter;
import org.missionledger.exchange.sdg.SdgCsv;
import org.missionledger.indicator.query.IndicatorQueries;
import org.missionledger.indicator.query.IndicatorSeriesProjector;
import org.missionledger.platform.projection.ProjectionMonitor;
import org.missionledger.platform.projection.ReadModelStatus;
import org.missionledger.platform.web.Problems;
import org.missionledger.platform.web.QueryParams;
import org.missionledger.platform.web.QueryResults;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The ledger's open data: a Frictionless Data Package and the complete CSV tables it describes. */
@RestController
@Tag(name = "Open data", description = "Frictionless Data Package, Popolo and Open SDG exports")
class OpenDataController {

    private final OpenDataTables tables;
    private final PopoloExporter popolo;
    private final IndicatorQueries indicators;
    private final ProjectionMonitor monitor;
    private final DataPackage.Licence licence;
    private final Clock clock;

    OpenDataController(
            OpenDataTables tables,
            PopoloExporter popolo,
            IndicatorQueries indicators,
            ProjectionMonitor monitor,
            Clock clock,
            @Value("${missionledger.open-data.licence.name:ODC-BY-1.0}") String licenceName,
            @Value("${missionledger.open-data.licence.title:Open Data Commons Attribution License v1.0}")
                    String licenceTitle,
            @Value("${missionledger.open-data.licence.path:https://opendatacommons.org/licenses/by/1-0/}")
                    String licencePath) {
        this.tables = tables;
        this.popolo = popolo;
        this.indicators = indicators;
        this.monitor = monitor;
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

    @Operation(
            summary = "Who held which post, as Popolo: persons, organizations (bodies), posts (a role for a mission or "
                    + "target) and memberships (tenures), every tenure or those held on a day, as the record stood")
    @GetMapping(path = "/api/export/popolo.json", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> popolo(
            @Parameter(description = "only the tenures held on this day (default: every tenure)")
                    @RequestParam(required = false)
                    String at,
            @Parameter(description = "the record as it stood at this moment (default now); a date means its end (UTC)")
                    @RequestParam(required = false)
                    String asKnownAt) {
        String base =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return popolo.export(base, QueryParams.date("at", at), QueryParams.instant("asKnownAt", asKnownAt));
    }

    @Operation(
            summary =
                    "An annual indicator's headline series in the Open SDG data format (Year,Series,Units,Value): the "
                            + "latest value of every year, as published at asKnownAt")
    @GetMapping(path = "/api/indicators/{indicatorId}/readings.sdg.csv")
    ResponseEntity<String> sdg(
            @PathVariable String indicatorId,
            @Parameter(description = "the moment (default now); a date means the end of that day (UTC)")
                    @RequestParam(required = false)
                    String asKnownAt) {
        ReadModelStatus readModel = monitor.readModel(IndicatorSeriesProjector.NAME);
        String csv = SdgCsv.write(
                indicators.indicator(indicatorId),
                indicators.readings(indicatorId, QueryParams.instant("asKnownAt", asKnownAt)));
        return ResponseEntity.ok()
                .headers(QueryResults.headers(readModel))
                .contentType(QueryResults.TEXT_CSV)
                .body(csv);
    }

    @ExceptionHandler(SdgCsv.NotAnnual.class)
    ResponseEntity<ProblemDetail> notAnnual(SdgCsv.NotAnnual e) {
        ProblemDetail problem =
                Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "not-annual", "Not an annual series", e.getMessage());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
