package org.missionledger.mission.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.missionledger.mission.query.ChangesCsv;
import org.missionledger.platform.web.QueryResults;

/** The CSV headers are part of the API: pinned here, and documented verbatim in docs/api.md. */
class CsvHeadersTest {

    static final String MISSIONS =
            "missionId,bodyId,bodyName,fictional,title,status,statusSince,declaredOn,horizon,policyArea,"
                    + "targets,activeTargets,accountable,version";
    static final String TIMELINE = "position,sequence,eventId,type,subject,effectiveDate,recordedAt,actor,summary,"
            + "kinds,reason,sourceTitle,sourceUrl,correctedEventId,correctedBy";
    static final String ACCOUNTABILITY = "state,scope,targetId,roleKind,roleTitle,holderName,holderPost,tenureId,"
            + "effectiveFrom,effectiveTo,gapFrom,gapTo";
    static final String ROSTER = "tenureId,scope,targetId,roleKind,roleTitle,holderName,holderPost,effectiveFrom,"
            + "effectiveTo,recordedAt,lastRecordedAt,versions";
    static final String CHANGES = "number,recordedAt,effectiveDate,scope,kinds,bodyId,bodyName,fictional,missionId,"
            + "missionTitle,"
            + "targetId,targetWording,indicatorId,metricChangedWithoutRewording,changes,reason,sourceTitle,"
            + "sourcePublisher,sourceUrl,sourcePublishedOn,actor,eventType,eventId,position,corrections";

    @Test
    void headersAreStableAndDocumented() throws Exception {
        String docs = Files.readString(Path.of("docs/api.md"));
        assertThat(QueryResults.csvHeader(MissionCsvRows.MissionRow.class)).isEqualTo(MISSIONS);
        assertThat(QueryResults.csvHeader(MissionCsvRows.TimelineRow.class)).isEqualTo(TIMELINE);
        assertThat(QueryResults.csvHeader(MissionCsvRows.AccountabilityRow.class))
                .isEqualTo(ACCOUNTABILITY);
        assertThat(QueryResults.csvHeader(MissionCsvRows.TenureRow.class)).isEqualTo(ROSTER);
        assertThat(QueryResults.csvHeader(ChangesCsv.Row.class)).isEqualTo(CHANGES);
        assertThat(docs)
                .contains(
                        "\n" + MISSIONS + "\n",
                        "\n" + TIMELINE + "\n",
                        "\n" + ACCOUNTABILITY + "\n",
                        "\n" + ROSTER + "\n",
                        "\n" + CHANGES + "\n");
    }
}
