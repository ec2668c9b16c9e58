package org.missionledger.mission.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.missionledger.exchange.command.Importer;
import org.missionledger.ledger.LogAwait;
import org.missionledger.ledger.log.TreeStore;
import org.missionledger.platform.eventstore.GlobalIndexEventStorageEngine;
import org.missionledger.support.Browser;
import org.missionledger.support.Http;
import org.missionledger.support.IllustrativeLedger;
import org.missionledger.support.LedgerIntegrationTest;
import org.missionledger.support.LedgerVerification;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The reader's pages in real headless Chromium, on the demo and illustrative ledgers: each page type opened and
 * checked with axe-core (no serious or critical WCAG 2.2 A/AA violation), a change followed from the changes list to its
 * diff, the accountability form, the time-travel control, the readings chart.
 */
@LedgerIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MissionPagesBrowserIT {

    static final String MISSION = "/missions/" + IllustrativeLedger.MISSION;

    @LocalServerPort
    int port;

    @Autowired
    Importer importer;

    @Autowired
    TreeStore tree;

    @Autowired
    GlobalIndexEventStorageEngine engine;

    Browser browser;
    WebDriver driver;

    @BeforeAll
    void start() {
        Browser.requireOrSkip();
        IllustrativeLedger.load(importer, new Http(port), true);
        browser = new Browser(port);
        driver = browser.driver();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void fromTheMissionsIndexToAMissionAndATargetWithItsChart() {
        browser.open("/");
        assertThat(driver.getTitle()).isEqualTo("Missions – Mission Ledger");
        assertThat(text("#missions-count")).contains("missions, the most recently changed first");
        assertThat(driver.findElement(By.id("data-status")).getText()).startsWith("Data as of global position");
        browser.assertAccessible();

        new Select(driver.findElement(By.id("body"))).selectByVisibleText("Exampleshire County Council");
        browser.follow(By.cssSelector(".ledger-filters button[type=submit]"));
        assertThat(browser.path()).contains("body=exampleshire");
        assertThat(text("#missions-count")).startsWith("1 of ").contains("missions match the filters");
        assertThat(driver.findElements(By.cssSelector(".ledger-mission"))).hasSize(1);
        assertThat(text(".ledger-mission")).contains("1 On track").contains("Weakened");

        browser.follow(By.linkText(IllustrativeLedger.MISSION_TITLE));
        assertThat(browser.path()).isEqualTo(MISSION);
        assertThat(text("h1")).isEqualTo(IllustrativeLedger.MISSION_TITLE);
        assertThat(text("#original-statement")).contains("breathes air that meets the World Health Organization's");
        assertThat(driver.findElements(By.cssSelector(".ledger-target"))).hasSize(3);
        assertThat(driver.findElements(By.cssSelector(".ledger-timeline tbody tr")))
                .hasSize(12);
        browser.assertAccessible();

        browser.follow(By.partialLinkText("Bring average roadside nitrogen dioxide down to 35"));
        assertThat(browser.path()).isEqualTo(MISSION + "/targets/" + IllustrativeLedger.NO2);
        assertThat(text("#original-wording")).contains("30 µg/m³ by the end of 2027");
        assertThat(driver.findElements(By.cssSelector("#readings-table tbody tr")))
                .hasSize(45);
        // the chart is drawn from the table by the enhancement script, with its text alternative
        WebElement chart = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector("#readings-chart canvas")) == null
                        ? null
                        : d.findElement(By.id("readings-chart")));
        assertThat(chart.getAttribute("role")).isEqualTo("img");
        assertThat(chart.getAttribute("aria-label"))
                .contains("A chart of 45 readings")
                .contains("2 periods were revised");
        assertThat(text("#readings-chart"))
                .contains("First published")
                .contains("Revision 1")
                .contains("Revision 2");
        assertThat(text(".ledger-revisions")).contains("Weakened").contains("Postponed");
        browser.assertAccessible();
    }

    @Test
    void followsAChangeFromTheChangesListToItsDiffAndSource() {
        browser.open("/changes");
        assertThat(driver.getTitle()).isEqualTo("Changes – Mission Ledger");
        browser.assertAccessible();

        driver.findElement(By.cssSelector("label[for=kind-weakened]")).click();
        new Select(driver.findElement(By.id("body"))).selectByValue("exampleshire");
        browser.follow(By.cssSelector(".ledger-filters button[type=submit]"));
        assertThat(browser.path()).contains("kind=WEAKENED").contains("body=exampleshire");
        assertThat(text("#changes-count")).startsWith("1 change matches");
        assertThat(driver.findElement(By.id("atom-feed")).getAttribute("href"))
                .endsWith("/api/changes.atom?kind=WEAKENED&body=exampleshire");
        browser.assertAccessible();

        browser.follow(By.cssSelector(".ledger-changes-list h2 a"));
        assertThat(browser.path()).matches("/changes/\\d+");
        assertThat(driver.getTitle()).contains("weakened");
        WebElement diff = driver.findElement(By.id("diff"));
        assertThat(diff.findElements(By.tagName("del")))
                .extracting(e -> e.getAttribute("textContent"))
                .contains("removed: 30 ", "removed: 2027");
        assertThat(diff.findElements(By.tagName("ins")))
                .extracting(e -> e.getAttribute("textContent"))
                .contains("added: 35 ", "added: 2028");
        assertThat(text("#diff")).contains("Goal value").contains("Deadline").contains("31 December 2028");
        assertThat(driver.findElement(By.cssSelector("#evidence a")).getAttribute("href"))
                .isEqualTo("https://example.org/exampleshire/clean-air-strategy-refresh-2025");
        browser.assertAccessible();

        // the dropped target, and on to its mission's dossier
        browser.open("/changes?kind=DROPPED&body=exampleshire");
        browser.follow(By.partialLinkText("Plant 10,000 street trees"));
        assertThat(text("#diff")).contains("Active").contains("Dropped");
        browser.follow(By.linkText(IllustrativeLedger.MISSION_TITLE));
        String checkpoint = LedgerVerification.awaitCaughtUpAndSign(new Http(port));
        browser.follow(By.linkText("Dossier for printing"));
        assertThat(browser.path()).isEqualTo(MISSION + "/dossier");
        assertThat(text("#checkpoint"))
                .startsWith("Latest signed checkpoint (" + checkpoint.split("\n")[1] + " events");
        assertThat(driver.findElement(By.cssSelector("[data-print]")).isDisplayed())
                .isTrue();
        assertThat(driver.findElement(By.id("dossier-pdf")).getAttribute("href"))
                .endsWith("/dossier.pdf");
        browser.assertAccessible();
    }

    @Test
    void answersWhoWasAccountableWithNamesPostsTenuresAndGaps() {
        browser.open("/accountability");
        assertThat(driver.getTitle()).isEqualTo("Who was accountable – Mission Ledger");
        browser.assertAccessible();

        ask(IllustrativeLedger.MISSION, "2025-01-01", "");
        assertThat(text("#answer"))
                .contains("Cllr Alex Morgan")
                .contains("Cabinet Member for Environment and Transport")
                .contains("Dr Priya Shah")
                .contains("from 10 May 2022 to 20 May 2025");
        browser.assertAccessible();

        ask(IllustrativeLedger.MISSION, "2025-06-01", "");
        assertThat(text("#answer")).contains("Cllr Sam Patel").doesNotContain("Cllr Alex Morgan");

        ask(IllustrativeLedger.MISSION + "/" + IllustrativeLedger.TREES, "2025-01-01", "");
        assertThat(text("#nobody")).contains("Nobody is recorded as accountable for this target");
        assertThat(text("#gaps"))
                .contains("Nobody held the role of Task force lead")
                .contains("from 30 September 2024");
        assertThat(text("#answer"))
                .contains("Accountable for the mission as a whole")
                .contains("Cllr Alex Morgan");

        ask(IllustrativeLedger.MISSION, "2025-01-01", "2020-01-01");
        assertThat(driver.getTitle()).startsWith("Error: ");
        assertThat(text(".govuk-error-summary")).contains("is before the mission was recorded in the ledger");
        browser.assertAccessible();

        browser.open(MISSION + "/roster");
        assertThat(driver.findElements(By.cssSelector("#roster tbody tr"))).hasSize(4);
        assertThat(driver.findElements(By.cssSelector("#roster svg rect"))).hasSize(4);
        browser.assertAccessible();
    }

    @Test
    void theTimeTravelControlShowsTheMissionAsItStood() {
        browser.open(MISSION);
        type("asOf", "2025-01-01");
        browser.follow(By.cssSelector("#time-travel button[type=submit]"));
        assertThat(browser.path()).contains("asOf=2025-01-01");
        assertThat(text("#time-travel-summary")).isEqualTo("This is the mission as it stood on 1 January 2025.");
        assertThat(text("#statement")).contains("breathes air that meets");
        assertThat(text("#targets ~ .ledger-target")).contains("30 µg/m³ by the end of 2027");
        assertThat(text("#accountable ~ table")).contains("Cllr Alex Morgan");
        browser.assertAccessible();

        type("asOf", "2025-13-01");
        browser.follow(By.cssSelector("#time-travel button[type=submit]"));
        assertThat(driver.getTitle()).startsWith("Error: ");
        assertThat(text(".govuk-error-summary")).contains("As it stood on must be a date like 2025-03-01");
        assertThat(text("#asOf-error")).contains("must be a date like 2025-03-01");
        browser.assertAccessible();
    }

    @Test
    void theAuditTrailIndicatorAndErrorPagesAreAccessible() {
        LogAwait.caughtUp(tree, engine);
        assertThat(new Http(port).post("/api/admin/ledger/checkpoint", "").status())
                .isIn(200, 201);
        browser.open("/audit");
        assertThat(text("#latest-checkpoint")).startsWith("Latest checkpoint: ");
        assertThat(text(".ledger-note")).startsWith("missionledger.local/log");
        assertThat(driver.findElement(By.id("checkpoint-link")).getAttribute("href"))
                .endsWith("/api/ledger/checkpoint");
        assertThat(driver.findElement(By.id("key-link")).getAttribute("href")).endsWith("/api/ledger/key");
        assertThat(text("#position-1")).contains("Leaf 0, hash ");
        List<WebElement> proofs = driver.findElements(By.partialLinkText("inclusion proof"));
        assertThat(proofs).hasSize(50);
        assertThat(proofs.get(0).getAttribute("href")).matches(".*/audit/events/[^/]+/proof");
        browser.assertAccessible();

        browser.follow(By.cssSelector("#position-2 a[href$='/proof']"));
        assertThat(driver.getTitle()).isEqualTo("Inclusion proof of event 2 – Mission Ledger");
        assertThat(text("#proof-result")).contains("The proof checks out");
        assertThat(text("#proof-leaf-index")).isEqualTo("1");
        assertThat(driver.findElements(By.cssSelector("#proof-steps tbody tr"))).isNotEmpty();
        assertThat(text("#proof-checkpoint")).startsWith("missionledger.local/log");
        browser.assertAccessible();

        browser.open("/audit");
        browser.follow(By.linkText("Later events"));
        assertThat(browser.path()).isEqualTo("/audit?from=51");
        assertThat(driver.findElement(By.id("position-51")).getText()).contains("51");

        browser.open("/indicators/" + IllustrativeLedger.INDICATOR);
        assertThat(driver.findElements(By.cssSelector("#readings-table tbody tr")))
                .hasSize(45);
        browser.assertAccessible();

        browser.open("/missions/no-such-mission");
        assertThat(driver.getTitle()).isEqualTo("Page not found – Mission Ledger");
        browser.assertAccessible();
    }

    private void ask(String subject, String at, String asKnownAt) {
        browser.open("/accountability");
        new Select(driver.findElement(By.id("subject"))).selectByValue(subject);
        type("at", at);
        type("asKnownAt", asKnownAt);
        browser.follow(By.cssSelector("#accountability-form button[type=submit]"));
    }

    private void type(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }
}
