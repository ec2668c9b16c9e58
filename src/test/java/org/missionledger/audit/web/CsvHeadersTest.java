package org.missionledger.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.missionledger.platform.web.QueryResults;

/** The CSV header is part of the API: pinned here, and documented verbatim in docs/api.md. */
class CsvHeadersTest {

    static final String AUDIT = "position,eventId,type,aggregateType,aggregateId,sequence,actor,recordedAt,"
            + "effectiveDate,summary,sourceTitle,sourceUrl,correctedEventId,correctedPosition,correctedBy";

    @Test
    void headerIsStableAndDocumented() throws Exception {
        assertThat(QueryResults.csvHeader(AuditController.AuditRow.class)).isEqualTo(AUDIT);
        assertThat(Files.readString(Path.of("docs/api.md"))).contains("\n" + AUDIT + "\n");
    }
}
