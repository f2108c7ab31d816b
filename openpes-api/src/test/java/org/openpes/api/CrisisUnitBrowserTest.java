package org.openpes.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The crisis unit in real Chromium, with the keyboard alone: it reads the watch list, opens a case on a firm with
 * its workers of the end of March 2024, reads their re-employment curve and a worker's nearby occupations, records the
 * round table with a follow-up and marks it done. Every view is checked by axe-core.
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

        var nearby = browser.findElements(By.cssSelector("#crisis-people button"));
        if (!nearby.isEmpty()) { // a firm with registered workers: the first one's nearby occupations
            String id = nearby.get(0).getAttribute("id");
            tabTo(id).sendKeys(Keys.ENTER);
            String person = id.substring("nearby-button-".length());
            waiting().until(d -> !d.findElement(By.id("nearby-" + person)).getText().isEmpty()
                    || !d.findElement(By.id("alert")).getText().isEmpty());
            assertThat(browser.findElement(By.id("alert")).getText()).isEmpty();
        }
        tabTo("assess-group").sendKeys(Keys.ENTER);
        String assessed = messages.get("crisis.assessed").substring(0, 12);
        waiting().until(d -> d.findElement(By.id("status")).getText().startsWith(assessed));
        String today = java.time.LocalDate.now().toString();
        tabTo("meeting-held-on").sendKeys(today.substring(5, 7), today.substring(8, 10), today.substring(0, 4));
        type("meeting-attendees", "Regione Lombardia, DG Lavoro");
        tabTo("meeting-attendees").sendKeys(Keys.ENTER, "FIOM-CGIL, segreteria provinciale");
        type("meeting-minutes", "Esame congiunto della procedura (" + lang + ")");
        type("meeting-decisions", "Ricollocazione GOL percorso 5");
        type("meeting-follow-ups", "Elenco dei lavoratori; azienda; " + today);
        tabTo("meeting-save").sendKeys(Keys.ENTER);
        waiting().until(d -> !d.findElements(By.cssSelector("#meetings > li")).isEmpty()
                && d.findElement(By.id("meetings")).getText().contains("(" + lang + ")"));
        assertThat(browser.findElement(By.id("meetings")).getText()).contains("FIOM-CGIL");
        String done = browser.findElements(By.cssSelector("#meetings button")).get(0).getAttribute("id");
        tabTo(done).sendKeys(Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("meetings")).getText().contains(messages.get("meetings.doneOn")
                .replace("{0}", today)));
        axeClean(lang + " crisis round table");
    }
}
