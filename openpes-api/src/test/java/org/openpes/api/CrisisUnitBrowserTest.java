package org.openpes.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The crisis unit in real Chromium, with the keyboard alone: it reads the watch list, opens a case on a firm with
 * its workers of the end of March 2024, and reads their re-employment curve. Every view is checked by axe-core.
 */
class CrisisUnitBrowserTest extends BrowserPageTest {
    @ParameterizedTest
    @ValueSource(strings = {"it", "en"})
    void theCrisisUnitOpensACaseAndReadsTheReemploymentCurveWithTheKeyboardAlone(String lang) throws Exception {
        String account = CrisisWorkflowTest.bigEmployer();
        var messages = signIn(lang, "demo.crisis-unit");
        headingIs(messages.get("crisis.heading")); // the crisis unit's home: the watch list
        axeClean(lang + " crisis watch list");

        type("crAccount", account);
        tabTo("crProcedure").sendKeys(messages.get("procedure.CLOSURE"));
        tabTo("crAt").sendKeys("03", "31", "2024");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(60)).until(d ->
                d.getCurrentUrl().contains("#/crisisCase/"));
        headingIs(messages.get("crisis.caseHeading"));
        waiting().until(d -> !d.findElements(By.cssSelector("#curve-table tbody tr")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#curve-table tbody tr th")).getText())
                .isEqualTo(messages.get("crisis.all"));
        assertThat(browser.findElement(By.id("alert")).getText()).isEmpty();
        axeClean(lang + " crisis case");
        screenshot("crisis-" + lang);
    }
}
