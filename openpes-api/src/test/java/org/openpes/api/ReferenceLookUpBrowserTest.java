package org.openpes.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The former look-up page, inside the operator application: an operator opens the region and reference data with
 * the keyboard, looks up Bergamo and an ESCO occupation; the old address {@code /} leads there.
 */
class ReferenceLookUpBrowserTest extends BrowserPageTest {
    @ParameterizedTest
    @ValueSource(strings = {"it", "en"})
    void anOperatorLooksUpTheRegionsReferenceDataWithTheKeyboardAlone(String lang) throws Exception {
        var messages = signIn(lang, "demo.operator");
        headingIs(messages.get("caseload.heading"));
        tabToText(messages.get("nav.reference"), false).sendKeys(Keys.ENTER);
        headingIs(messages.get("reference.heading"));
        waiting().until(d -> !d.findElements(By.id("lookup-record")).isEmpty()); // the region's summary
        axeClean(lang + " reference data");
        type("q-comune", "Bergamo");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting().until(d -> !d.findElements(By.cssSelector("#lookup-table tbody tr")).isEmpty());
        assertThat(browser.findElement(By.id("lookup-table")).getText()).contains("016024");
        type("q-occupation", "cuoco");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("lookup-table")).getText().toLowerCase(java.util.Locale.ROOT)
                .contains("cuoc"));
        assertThat(browser.findElement(By.id("alert")).getText()).isEmpty();
        axeClean(lang + " reference look-up");

        visit("/");
        waiting().until(d -> d.getCurrentUrl().endsWith("/app/#/reference"));
        headingIs(messages.get("reference.heading"));
    }
}
