package org.openpes.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The administrator in real Chromium, with the keyboard alone: creates the account of a social cooperative's user and
 * makes it a member of the cooperative; linking an operator's account instead is refused, naming the field. Every view
 * is checked by axe-core.
 */
class AdministratorBrowserTest extends BrowserPageTest {
    @ParameterizedTest
    @ValueSource(strings = {"it", "en"})
    void theAdministratorCreatesAPartnersUserAndLinksItToTheCooperative(String lang) throws Exception {
        var messages = signIn(lang, "demo.administrator");
        headingIs(messages.get("admin.heading")); // the administrator's home
        axeClean(lang + " accounts");

        String username = "ponte.operatrice." + lang;
        type("newUsername", username);
        tabTo("newRole").sendKeys(messages.get("role.PARTNER"));
        String milano = ServerFixture.REF.territories().cpiOf("015146").orElseThrow().code();
        type("newCapture", "cpi:" + milano);
        type("newSearch", "province:015");
        type("newPassword", "Cooperativa-Ponte-2026!" + lang);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("status")).getText().contains(username)
                || !d.findElement(By.id("alert")).getText().isEmpty());
        assertThat(browser.findElement(By.id("alert")).getText()).isEmpty();

        type("linkUsername", username);
        tabTo("linkPartner").sendKeys("Cooperativa sociale Il Ponte");
        tabTo("link-user").sendKeys(Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("status")).getText().equals(messages.get("admin.linked")
                .replace("{0}", username)));
        axeClean(lang + " partner user linked");

        type("linkUsername", "demo.operator");
        tabTo("link-user").sendKeys(Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("alert")).getText().contains("OPES-SRV-004"));
        assertThat(browser.findElement(By.id("alert")).getText()).contains("'username'");
    }
}
