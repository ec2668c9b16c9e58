package org.missionledger.platform.pages;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionledger.exchange.command.Importer;
import org.missionledger.ledger.LogAwait;
import org.missionledger.ledger.log.TreeStore;
import org.missionledger.platform.eventstore.GlobalIndexEventStorageEngine;
import org.missionledger.support.Browser;
import org.missionledger.support.Http;
import org.missionledger.support.IllustrativeLedger;
import org.missionledger.support.LedgerIntegrationTest;
import org.missionledger.support.TestUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Writes the screenshots of every page type shown in the README and docs/pages.md — {@code docs/screenshots/<page>-
 * desktop.png} (1280 px wide) and {@code <page>-mobile.png} (375 px) — on the demo and illustrative ledgers. Not part
 * of {@code mvn verify} (it rewrites committed files); run it after changing a page:
 *
 * <pre>
 * mvn -B -q -o test -Dtest=PageScreenshots -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@LedgerIntegrationTest
class PageScreenshots {

    static final Path DIR = Path.of("docs/screenshots");
    static final String MISSION = "/missions/" + IllustrativeLedger.MISSION;

    /** A page to shoot: its file name, its address, and how tall the desktop and mobile windows are. */
    record Shot(String name, String path, int desktopHeight, int mobileHeight) {}

    @LocalServerPort
    int port;

    @Autowired
    Importer importer;

    @Autowired
    TreeStore tree;

    @Autowired
    GlobalIndexEventStorageEngine engine;

    @Test
    void shootsEveryPageType() {
        IllustrativeLedger.load(importer, new Http(port), true);
        LogAwait.caughtUp(tree, engine);
        new Http(port).post("/api/admin/ledger/checkpoint", "");
        try (Browser browser = new Browser(port)) {
            String weakened = firstChange(browser, "/changes?kind=WEAKENED&body=exampleshire");
            for (Shot shot : List.of(
                    new Shot("missions", "/", 1100, 1400),
                    new Shot("mission", MISSION, 1500, 1600),
                    new Shot("mission-as-it-stood", MISSION + "?asOf=2025-01-01", 1200, 1400),
                    new Shot("target", MISSION + "/targets/" + IllustrativeLedger.NO2, 1800, 1600),
                    new Shot("changes", "/changes?kind=DROPPED&kind=WEAKENED", 1100, 1500),
                    new Shot("change", weakened, 1200, 1500),
                    new Shot(
                            "accountability",
                            "/accountability?subject=" + IllustrativeLedger.MISSION + "/" + IllustrativeLedger.TREES
                                    + "&at=2025-01-01",
                            1300,
                            1500),
                    new Shot("roster", MISSION + "/roster", 1000, 1400),
                    new Shot("dossier", MISSION + "/dossier", 1300, 1400),
                    new Shot("audit", "/audit?from=60", 1200, 1400),
                    new Shot("indicator", "/indicators/" + IllustrativeLedger.INDICATOR, 1000, 1200),
                    new Shot("search", "/search?q=clean", 1300, 1800),
                    new Shot("person", "/people/dr-priya-shah", 800, 1000),
                    new Shot("missions-by-jurisdiction", "/?jurisdiction=GB&level=LOCAL", 1100, 1400),
                    new Shot("changes-by-level", "/changes?level=LOCAL", 1100, 1500))) {
                shoot(browser, shot);
            }
            browser.open("/audit?from=60");
            String proof = browser.driver()
                    .findElement(By.cssSelector("#position-60 a[href$='/proof']"))
                    .getAttribute("href");
            shoot(browser, new Shot("inclusion-proof", proof.substring(proof.indexOf("/audit/")), 1700, 2000));
            signIn(browser);
            browser.open("/record/missions/uk-levelling-up-1/targets/new");
            browser.driver().findElement(By.id("terms-goalValue")).sendKeys("lots");
            browser.follow(By.cssSelector("#record-form button[type=submit]"));
            take(browser, new Shot("record-form-errors", null, 1200, 1400));
        }
    }

    private static void shoot(Browser browser, Shot shot) {
        browser.open(shot.path());
        take(browser, shot);
    }

    private static void take(Browser browser, Shot shot) {
        browser.screenshot(DIR.resolve(shot.name() + "-desktop.png"), 1280, shot.desktopHeight());
        settle(browser);
        browser.screenshot(DIR.resolve(shot.name() + "-mobile.png"), 375, shot.mobileHeight());
    }

    /** Lets the chart redraw after a resize before the next shot. */
    private static void settle(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private static String firstChange(Browser browser, String list) {
        browser.open(list);
        String href = browser.driver()
                .findElement(By.cssSelector(".ledger-changes-list h2 a"))
                .getAttribute("href");
        return href.substring(href.indexOf("/changes/"));
    }

    private static void signIn(Browser browser) {
        browser.open("/login");
        browser.driver().findElement(By.id("username")).sendKeys(TestUsers.UK_RECORDER.name());
        browser.driver().findElement(By.id("password")).sendKeys(TestUsers.UK_RECORDER.password());
        browser.follow(By.cssSelector("main button[type=submit]"));
    }
}
