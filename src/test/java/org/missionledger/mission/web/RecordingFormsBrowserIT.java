package org.missionledger.mission.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.missionledger.exchange.command.Importer;
import org.missionledger.support.Browser;
import org.missionledger.support.Http;
import org.missionledger.support.IllustrativeLedger;
import org.missionledger.support.LedgerIntegrationTest;
import org.missionledger.support.ReadModel;
import org.missionledger.support.Requests;
import org.missionledger.support.TestUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A recorder's forms in real headless Chromium: the API's validation messages next to their fields and in the GOV.UK
 * error summary, a refusal by the ledger as the form's error, and, once recorded, the page of what was recorded.
 */
@LedgerIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordingFormsBrowserIT {

    static final String UK_MISSION = "/missions/uk-levelling-up-1";
    static final String INDICATOR = "page-test-monthly";

    @LocalServerPort
    int port;

    @Autowired
    Importer importer;

    Browser browser;
    WebDriver driver;

    @BeforeAll
    void start() {
        Http http = new Http(port);
        Browser.requireOrSkip();
        IllustrativeLedger.load(importer, http, true);
        http.command(
                "/api/indicators",
                """
                {"indicatorId": "%s", "name": "Monthly test series", "unit": "%%", "publisher": "Test Statistics",
                 "frequency": "MONTHLY", "source": %s}"""
                        .formatted(INDICATOR, Requests.SOURCE));
        ReadModel.awaitCaughtUp(http);
        browser = new Browser(port);
        driver = browser.driver();
        browser.open("/login");
        driver.findElement(By.id("username")).sendKeys(TestUsers.UK_RECORDER.name());
        driver.findElement(By.id("password")).sendKeys(TestUsers.UK_RECORDER.password());
        browser.follow(By.cssSelector("main button[type=submit]"));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void setsATargetAfterFixingTheErrorsTheFormShowsThenDropsIt() {
        browser.open(UK_MISSION);
        browser.follow(By.linkText("Set a new target"));
        assertThat(browser.path()).isEqualTo("/record" + UK_MISSION + "/targets/new");
        assertThat(driver.getTitle()).isEqualTo("Set a target – Mission Ledger");
        browser.assertAccessible();

        type("terms-goalValue", "lots");
        type("terms-deadline", "2030-12-31");
        submit();
        assertThat(driver.getTitle()).isEqualTo("Error: Set a target – Mission Ledger");
        WebElement summary = driver.findElement(By.className("govuk-error-summary"));
        assertThat(summary.getText())
                .contains("There is a problem")
                .contains("Wording must not be blank")
                .contains("Goal value must be a number")
                .contains("Source title must not be blank")
                .contains("Source URL must not be null");
        assertThat(text("#terms-wording-error")).endsWith("Wording must not be blank");
        assertThat(driver.findElement(By.id("terms-wording")).getAttribute("aria-describedby"))
                .contains("terms-wording-error");
        assertThat(driver.findElement(By.id("terms-goalValue")).getAttribute("value"))
                .isEqualTo("lots");
        browser.assertAccessible();
        summary.findElement(By.linkText("Wording must not be blank")).click(); // same page: focus moves
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("terms-wording");

        type("terms-wording", "Pay rises in every area of the UK by 2030");
        type("terms-goalValue", "100");
        new Select(driver.findElement(By.id("terms-comparator"))).selectByValue("AT_LEAST");
        type("terms-unit", "% of areas");
        type("targetId", "pay-every-area");
        source("[Test] Levelling Up white paper", "HM Government", "https://example.org/levelling-up");
        submit();
        assertThat(browser.path()).isEqualTo(UK_MISSION + "/targets/pay-every-area");
        assertThat(text("#recorded")).contains("Target set.");
        assertThat(text("#wording")).isEqualTo("Pay rises in every area of the UK by 2030");
        browser.assertAccessible();

        browser.follow(By.linkText("Record that it was dropped"));
        type("reason", "Not carried into the new government's missions");
        source("[Test] Missions update", "HM Government", "https://example.org/missions-update");
        submit();
        assertThat(browser.path()).isEqualTo(UK_MISSION + "/targets/pay-every-area");
        assertThat(text("main")).contains("Dropped");

        // dropping it again is refused by the ledger itself: the refusal is the form's error
        browser.open("/record" + UK_MISSION + "/targets/pay-every-area/drop");
        type("reason", "Again");
        source("[Test] Missions update", "HM Government", "https://example.org/missions-update");
        submit();
        assertThat(driver.getTitle()).startsWith("Error: ");
        assertThat(text("#form-problem")).startsWith("Target already dropped");
        browser.assertAccessible();

        browser.open("/changes?kind=DROPPED&mission=uk-levelling-up-1");
        assertThat(text("#changes-count")).startsWith("1 change matches");
    }

    @Test
    void declaresAMissionMakesSomeoneAccountableAndRevisesATarget() {
        browser.open("/");
        browser.follow(By.linkText("Record a new mission"));
        assertThat(driver.getTitle()).isEqualTo("Declare a mission – Mission Ledger");
        browser.assertAccessible();
        type("title", "Faster trains");
        type("statement", "Every intercity journey is faster by 2030.");
        type("body-name", "UK Government");
        type("body-id", "uk-government");
        type("missionId", "faster-trains");
        type("declaredOn", "2025-01-31");
        source("[Test] Rail plan", "Department for Transport", "https://example.org/rail");
        submit();
        assertThat(browser.path()).isEqualTo("/missions/faster-trains");
        assertThat(text("#recorded")).contains("Mission declared.");
        assertThat(text("h1")).isEqualTo("Faster trains");

        browser.follow(By.linkText("Make someone accountable"));
        browser.assertAccessible();
        new Select(driver.findElement(By.id("role-kind"))).selectByValue("OTHER");
        type("holder-name", "Alex Example");
        type("holder-post", "Rail Minister");
        type("effectiveFrom", "2025-02-01");
        source("[Test] Appointments", "Cabinet Office", "https://example.org/appointments");
        submit();
        assertThat(text("#form-problem")).startsWith("Role title required");
        type("role-title", "Rail delivery lead");
        submit();
        assertThat(browser.path()).isEqualTo("/missions/faster-trains/roster");
        assertThat(text("#roster")).contains("Rail delivery lead").contains("Alex Example");

        browser.open("/record/missions/faster-trains/targets/new");
        type("terms-wording", "Cut the London to Edinburgh journey to 4 hours by 2030");
        new Select(driver.findElement(By.id("terms-comparator"))).selectByValue("AT_MOST");
        type("terms-goalValue", "240");
        type("terms-unit", "minutes");
        type("terms-deadline", "2030-12-31");
        type("targetId", "edinburgh");
        source("[Test] Rail plan", "Department for Transport", "https://example.org/rail");
        submit();
        browser.follow(By.linkText("Revise this target"));
        assertThat(driver.findElement(By.id("terms-goalValue")).getAttribute("value"))
                .isEqualTo("240");
        browser.assertAccessible();
        type("terms-wording", "Cut the London to Edinburgh journey to 4 hours 20 minutes by 2032");
        type("terms-goalValue", "260");
        type("terms-deadline", "2032-12-31");
        submit();
        assertThat(text("#reason-error")).endsWith("Reason must not be blank");
        type("reason", "The new timetable allows more stops");
        source("[Test] Timetable", "Network Rail", "https://example.org/timetable");
        submit();
        assertThat(browser.path()).isEqualTo("/missions/faster-trains/targets/edinburgh#revisions");
        assertThat(text("#recorded")).contains("Revision recorded.");
        assertThat(text("#original-wording")).contains("to 4 hours by 2030");
        assertThat(text(".ledger-revisions"))
                .contains("Weakened")
                .contains("Postponed")
                .contains("Reworded");
        browser.assertAccessible();
    }

    @Test
    void aRecorderCannotRecordForAnotherBody() {
        browser.open("/record/missions/camden-estates/targets/new");
        type("terms-wording", "Every estate has a community garden by 2030");
        type("terms-deadline", "2030-12-31");
        source("[Test] Camden", "Camden Council", "https://example.org/camden");
        submit();
        assertThat(text("#form-problem")).startsWith("Not permitted");
        browser.assertAccessible();
    }

    @Test
    void recordsAReadingAfterTheLedgerRefusesAPeriodOfTheWrongShape() {
        browser.open("/indicators/" + INDICATOR);
        browser.follow(By.linkText("Record a reading"));
        browser.assertAccessible();
        type("period", "2026");
        type("value", "36.1");
        type("publishedOn", "2026-11-20");
        submit();
        assertThat(text("#form-problem")).startsWith("Period does not match the indicator's frequency");

        type("period", "2026-10");
        submit();
        assertThat(browser.path()).isEqualTo("/indicators/" + INDICATOR);
        assertThat(text("#recorded")).contains("Reading for 2026-10 recorded.");
        assertThat(text("#readings-table")).contains("2026-10");
    }

    private void source(String title, String publisher, String url) {
        type("source-title", title);
        type("source-publisher", publisher);
        type("source-url", url);
    }

    private void submit() {
        browser.follow(By.cssSelector("#record-form button[type=submit]"));
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
