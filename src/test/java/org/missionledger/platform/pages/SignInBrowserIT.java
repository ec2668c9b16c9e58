package org.missionledger.platform.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.missionledger.support.Browser;
import org.missionledger.support.LedgerIntegrationTest;
import org.missionledger.support.TestUsers;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The sign-in page in real headless Chromium: accessible, an error summary on failure, a session on success. */
@LedgerIntegrationTest
class SignInBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void signsInAndOut() {
        try (Browser browser = new Browser(port)) {
            browser.open("/login");
            assertThat(browser.driver().getTitle()).isEqualTo("Sign in – Mission Ledger");
            assertThat(browser.driver().getPageSource())
                    .doesNotContain("GOV.UK")
                    .doesNotContain("crown");
            browser.assertAccessible();

            browser.driver().findElement(By.id("username")).sendKeys(TestUsers.UK_RECORDER.name());
            browser.driver().findElement(By.id("password")).sendKeys("wrong");
            browser.driver()
                    .findElement(By.cssSelector("main button[type=submit]"))
                    .click();
            assertThat(browser.path()).isEqualTo("/login?error");
            assertThat(browser.driver()
                            .findElement(By.className("govuk-error-summary"))
                            .getText())
                    .contains("There is a problem");
            browser.assertAccessible();

            browser.driver().findElement(By.id("username")).sendKeys(TestUsers.UK_RECORDER.name());
            browser.driver().findElement(By.id("password")).sendKeys(TestUsers.UK_RECORDER.password());
            browser.driver()
                    .findElement(By.cssSelector("main button[type=submit]"))
                    .click();
            browser.open("/login");
            assertThat(browser.driver()
                            .findElement(By.className("ledger-header"))
                            .getText())
                    .contains("Sign out " + TestUsers.UK_RECORDER.name());
            browser.driver()
                    .findElement(By.cssSelector(".ledger-header__signout button"))
                    .click();
            assertThat(browser.path()).isEqualTo("/login?logout");
        }
    }
}
