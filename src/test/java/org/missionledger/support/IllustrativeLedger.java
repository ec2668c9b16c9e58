package org.missionledger.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.missionledger.exchange.api.ImportProgress;
import org.missionledger.exchange.api.ImportReport;
import org.missionledger.exchange.command.Importer;
import org.missionledger.exchange.demo.DemoLedger;
import org.missionledger.exchange.format.ImportInput;
import org.missionledger.exchange.format.InputFormat;

/**
 * The illustrative (fictional) ledger of {@code docs/examples/illustrative-ledger.yaml}, which the page tests, the
 * screenshots and the page benchmark share: a mission with a weakened and postponed target, a dropped target, monthly
 * readings with revised vintages and accountability handed over with a gap. Loaded through the importer, as a newcomer
 * would load it with {@code mission-ledger import}.
 */
public final class IllustrativeLedger {

    public static final Path FILE = Path.of("docs/examples/illustrative-ledger.yaml");
    public static final String MISSION = "exampleshire-clean-air";
    public static final String MISSION_TITLE = "Clean air for Exampleshire";
    public static final String NO2 = "roadside-no2";
    public static final String TREES = "street-trees";
    public static final String INDICATOR = "exampleshire-roadside-no2";
    public static final String ACTOR = "test:illustrative";

    private IllustrativeLedger() {}

    /**
     * Loads the illustrative ledger (and, with {@code withDemo}, the demo ledger first) and waits for the views. Test
     * classes share application contexts, so a second load finds everything imported already and records nothing.
     */
    public static void load(Importer importer, Http http, boolean withDemo) {
        if (withDemo) {
            expectRecorded(importer.importFile(DemoLedger.input(), DemoLedger.ACTOR, false, ImportProgress.NONE));
        }
        expectRecorded(importer.importFile(ImportInput.of(FILE, InputFormat.YAML), ACTOR, false, ImportProgress.NONE));
        ReadModel.awaitCaughtUp(http);
    }

    private static void expectRecorded(ImportReport report) {
        assertThat(report.problems()).as("import problems").isEmpty();
        assertThat(report.recorded() + report.alreadyImported()).isPositive();
    }
}
