package org.missionledger.exchange.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.Principal;
import org.missionledger.common.api.Text;
import org.missionledger.exchange.api.ImportProgress;
import org.missionledger.exchange.api.ImportReport;
import org.missionledger.exchange.command.Importer;
import org.missionledger.exchange.format.ImportInput;
import org.missionledger.exchange.format.InputFormat;
import org.missionledger.platform.security.LocalOperator;
import org.missionledger.platform.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Imports a file through the server (ADMIN): what {@code mission-ledger import} does when a server holds the ledger,
 * so that the one writer records it. The body is the file itself; the answer is the import report ({@code 200}
 * recorded, nothing new or valid; {@code 422} refused, with every problem; nothing recorded).
 */
@RestController
@RequestMapping("/api/admin/import")
class ImportAdminController {

    private final Importer importer;

    ImportAdminController(Importer importer) {
        this.importer = importer;
    }

    @PostMapping
    ResponseEntity<ImportReport> importFile(
            InputStream body,
            @RequestParam("format") InputFormat format,
            @RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "actor", required = false) String actor,
            @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun,
            Principal principal)
            throws IOException {
        if (actor != null) {
            if (principal == null || !LocalOperator.NAME.equals(principal.getName())) {
                throw InvalidRequestException.of(
                        "actor",
                        "only the local operator (the command line on the server's machine) may name the actor");
            }
            if (actor.isBlank() || actor.length() > 200 || !actor.matches(Text.NO_CONTROL_CHARACTERS)) {
                throw InvalidRequestException.of("actor", "must be 1-200 characters without control characters");
            }
        }
        Path spooled = Files.createTempFile(
                "mission-ledger-import-", "." + format.name().toLowerCase());
        try {
            Files.copy(body, spooled, StandardCopyOption.REPLACE_EXISTING);
            ImportInput temp = ImportInput.of(spooled, format);
            String shown = name == null || name.isBlank() ? "(uploaded file)" : name;
            ImportReport report = importer.importFile(
                    new ImportInput(shown, format, temp.size(), temp.opener()), actor, dryRun, ImportProgress.NONE);
            HttpStatus status =
                    report.outcome() == ImportReport.Outcome.REFUSED ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK;
            return ResponseEntity.status(status).body(report);
        } finally {
            Files.deleteIfExists(spooled);
        }
    }
}
