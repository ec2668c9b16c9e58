package org.missionledger.mission.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.missionledger.exchange.command.Importer;
import org.missionledger.support.Browser;
import org.missionledger.support.Http;
import org.missionledger.support.IllustrativeLedger;
import org.missionledger.support.LedgerIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a journalist does on the pages, in real headless Chromium, with axe-core on every page: search from the header
 * box of any page, open a person's page from a mission, filter missions and changes by jurisdiction and level of
 * government, and read a revised target's progress against the target as first set.
 */
@LedgerIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JournalistPagesBrowserIT {

    static final String MISSION = "/missions/" + IllustrativeLedger.MISSION;

    @LocalServerPort
    int port;

    @Autowired
    Importer importer;

    Browser browser;
    WebDriver driver;

    @BeforeAll
    void start() {
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
    void searchesFromTheHeaderOfAnyPageAcrossMissionsTargetsPeopleAndChangeReasons() {
        browser.open("/audit");
        driver.findElement(By.id("site-search")).sendKeys("street trees", Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> browser.path().startsWith("/search"));
        assertThat(browser.path()).isEqualTo("/search?q=street+trees");
        assertThat(driver.getTitle()).isEqualTo("Search: street trees – Mission Ledger");
        assertThat(text("#search-count")).contains("1 target").contains("1 change");
        assertThat(text("#results-target + ul")).contains("Plant 10,000 street trees by the end of 2026");
        assertThat(text("#results-change + ul")).contains("dropped").contains("Dropped");
        browser.assertAccessible();

        // a word of a reason given for a change, in another case
        browser.open("/search?q=" + "BUDGET");
        assertThat(text("#search-count")).doesNotStartWith("Nothing");
        assertThat(text("#results-change + ul")).containsIgnoringCase("budget");

        browser.open("/search?q=shah");
        assertThat(text("#results-person + ul")).contains("Dr Priya Shah").contains("Director of Public Health");
        browser.follow(By.linkText("Dr Priya Shah"));
        assertThat(browser.path()).isEqualTo("/people/dr-priya-shah");

        browser.open("/search?q=nothing+like+this+zzz");
        assertThat(text("#search-count")).isEqualTo("Nothing matches “nothing like this zzz”.");
        browser.assertAccessible();
    }

    @Test
    void aPersonsPageListsEveryPostAndWhatTheyWereAccountableForFromTheRoster() {
        browser.open(MISSION + "/roster");
        browser.follow(By.linkText("Dr Priya Shah"));
        assertThat(browser.path()).isEqualTo("/people/dr-priya-shah");
        assertThat(text("h1")).isEqualTo("Dr Priya Shah");
        assertThat(text("main h2")).isEqualTo("Director of Public Health");
        assertThat(text("main table tbody"))
                .contains("Bring average roadside nitrogen dioxide down to 35")
                .contains(IllustrativeLedger.MISSION_TITLE)
                .contains("Senior responsible owner")
                .contains("16 January 2023")
                .contains("still in post");
        browser.assertAccessible();

        browser.open("/people");
        assertThat(text("#people")).contains("Dr Priya Shah — Director of Public Health");
        browser.assertAccessible();
    }

    @Test
    void filtersMissionsAndChangesByJurisdictionAndLevelOfGovernment() {
        browser.open("/");
        new Select(driver.findElement(By.id("jurisdiction"))).selectByVisibleText("United Kingdom");
        new Select(driver.findElement(By.id("level"))).selectByVisibleText("Local");
        browser.follow(By.cssSelector(".ledger-filters button[type=submit]"));
        assertThat(browser.path()).contains("jurisdiction=GB").contains("level=LOCAL");
        assertThat(text("#missions-count")).contains(" of ").contains("missions match the filters");
        // other tests of the same context may have recorded local British bodies too: every mission listed is one
        assertThat(driver.findElements(By.cssSelector(".ledger-mission")))
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.getText()).contains("· Local · United Kingdom"));
        assertThat(text("main")).contains(IllustrativeLedger.MISSION_TITLE);
        browser.assertAccessible();

        browser.open("/?level=INTERNATIONAL&jurisdiction=GB");
        assertThat(text("#missions-count")).startsWith("0 of ");

        browser.open("/changes");
        new Select(driver.findElement(By.id("jurisdiction"))).selectByValue("GB");
        browser.follow(By.cssSelector(".ledger-filters button[type=submit]"));
        assertThat(text("#changes-count")).contains("match the filters");
        assertThat(driver.findElements(By.cssSelector(".ledger-changes-list > li")))
                .isNotEmpty()
                .noneSatisfy(li -> assertThat(li.getText()).contains("United Nations"));
        assertThat(text(".ledger-changes-list")).contains("Exampleshire County Council");
        assertThat(driver.findElement(By.id("atom-feed")).getAttribute("href")).endsWith("jurisdiction=GB");
        browser.assertAccessible();
    }

    @Test
    void aRevisedTargetShowsItsProgressAgainstTheTargetAsFirstSetWithReadableValues() {
        browser.open(MISSION + "/targets/" + IllustrativeLedger.NO2);
        assertThat(text("#original-progress"))
                .contains("Against the target as first set")
                .contains("At most 30 µg/m³ by 31 December 2027")
                .contains("Deadline, Goal value");
        // numbers with their unit and rounded, periods in words
        assertThat(text("#progress ~ p"))
                .containsPattern(
                        "Latest reading, for [A-Z][a-z]+ \\d{4}: [\\d.]+ µg/m³ against [\\d]+(\\.\\d{1,2})? µg/m³");
        assertThat(text("#readings-table thead")).contains("Trajectory as first set");
        assertThat(text("#readings-table tbody tr:first-child th")).isEqualTo("January 2023");
        assertThat(text(".govuk-summary-list")).contains("Average roadside nitrogen dioxide concentration");
        String legend = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector("#readings-chart canvas")) == null
                        ? null
                        : d.findElement(By.id("readings-chart")).getText());
        assertThat(legend).contains("Trajectory to the goal as first set");
        browser.assertAccessible();
    }

    @Test
    void fictionalDataCarriesAVisibleTagOnEveryPageThatShowsIt() {
        browser.open("/");
        assertThat(driver.findElements(By.cssSelector(".ledger-fictional")))
                .as("the missions index tags the illustrative mission")
                .isNotEmpty();
        browser.open(MISSION);
        assertThat(text(".ledger-fictional")).isEqualTo("Fictional example");
        assertThat(text("main")).contains("made up");
        browser.open("/changes");
        assertThat(driver.findElements(By.cssSelector(".ledger-changes-list .ledger-fictional")))
                .as("every change of the fictional body is tagged")
                .isNotEmpty();
        browser.assertAccessible();
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }
}
