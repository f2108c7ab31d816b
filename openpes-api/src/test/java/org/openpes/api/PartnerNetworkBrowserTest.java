package org.openpes.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The partner network in real Chromium, with the keyboard alone: a case manager of Milano reads the agreements due
 * for renewal, adds a training body and its agreement, refers a person to the demo social cooperative; the
 * cooperative's user finds her among its referrals, reads her record, closes the referral with its outcome, and
 * then can no longer open it. Every view is checked by axe-core.
 */
class PartnerNetworkBrowserTest extends BrowserPageTest {
    @ParameterizedTest
    @ValueSource(strings = {"it", "en"})
    void aCaseManagerRefersAPersonAndThePartnerFollowsAndClosesTheReferral(String lang) throws Exception {
        String person = ProfilingWorkflowTest.personOf("015");
        var manager = signIn(lang, "demo.case-manager");
        headingIs(manager.get("caseload.heading"));
        tabToText(manager.get("nav.partners"), false).sendKeys(Keys.ENTER);
        headingIs(manager.get("partners.heading"));
        assertThat(browser.findElement(By.id("renewal-alerts")).getText()).contains("Cooperativa sociale Il Ponte")
                .contains(manager.get("agreement.status.RENEWAL_DUE"));
        axeClean(lang + " partner network");

        String name = "Centro di formazione " + lang;
        type("partnerName", name);
        tabTo("partnerKind").sendKeys(manager.get("partnerKind.TRAINING_BODY"));
        type("partnerProvince", "015");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("partner-table")).getText().contains(name));
        tabTo("agPartner").sendKeys(name);
        tabTo("agKind").sendKeys(manager.get("agreement.CONVENZIONE"));
        type("agTitle", "Corsi GOL " + lang);
        tabTo("agFrom").sendKeys("01", "01", "2026");
        tabTo("agTo").sendKeys("12", "31", "2028");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("partner-table")).getText().contains("Corsi GOL " + lang));
        assertThat(browser.findElement(By.id("alert")).getText()).isEmpty();
        screenshot("partners-" + lang);

        String meetings = browser.findElements(By.cssSelector("#partner-table button")).stream()
                .filter(b -> b.getAttribute("aria-label").contains(name)).findFirst().orElseThrow().getAttribute("id");
        tabTo(meetings).sendKeys(Keys.ENTER);
        waiting().until(d -> d.switchTo().activeElement().getAttribute("id").equals("meetings-heading"));
        String today = java.time.LocalDate.now().toString();
        tabTo("meeting-held-on").sendKeys(today.substring(5, 7), today.substring(8, 10), today.substring(0, 4));
        type("meeting-attendees", name + ", direzione");
        type("meeting-minutes", "Programmazione dei corsi GOL");
        type("meeting-follow-ups", "Calendario dei corsi; " + name + "; " + today);
        tabTo("meeting-save").sendKeys(Keys.ENTER);
        waiting().until(d -> !d.findElements(By.cssSelector("#meetings > li")).isEmpty());
        assertThat(browser.findElement(By.id("meetings")).getText()).contains("Calendario dei corsi");
        axeClean(lang + " partner meetings");

        visit("/app/index.html#/person/" + person);
        headingIs(manager.get("person.heading"));
        waiting().until(d -> !d.findElements(By.id("refer-form")).isEmpty());
        tabTo("referPartner").sendKeys("Cooperativa sociale Il Ponte");
        type("referReason", "tirocinio di inclusione");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting().until(d -> d.findElements(By.cssSelector("#person-referrals li")).size() >= 1
                && d.findElement(By.id("person-referrals")).getText().contains(manager.get("referrals.state.OPEN")));
        axeClean(lang + " person referred");

        var messages = signIn(lang, "demo.partner");
        headingIs(messages.get("referrals.heading")); // a partner's home: the referrals to its organisation
        waiting().until(d -> !d.findElements(By.cssSelector("#referral-table tbody tr")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#referral-table tbody tr"))).hasSize(1);
        String who = browser.findElement(By.cssSelector("#referral-table tbody th a")).getText();
        axeClean(lang + " partner referrals");
        tabToText(who, true).sendKeys(Keys.ENTER);
        headingIs(messages.get("person.heading"));
        waiting().until(d -> !d.findElements(By.id("curriculum-heading")).isEmpty());
        assertThat(browser.getCurrentUrl()).endsWith("#/person/" + person);
        assertThat(who).isEqualTo(person); // a person loaded from the region's files has no name: the id stands in
        axeClean(lang + " person seen by a partner");

        tabToText(messages.get("nav.referrals"), false).sendKeys(Keys.ENTER);
        headingIs(messages.get("referrals.heading"));
        waiting().until(d -> !d.findElements(By.id("outcome-0")).isEmpty());
        type("outcome-0", "avviata al tirocinio");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting().until(d -> d.findElements(By.id("referral-table")).isEmpty());
        assertThat(browser.findElement(By.id("view")).getText()).contains(messages.get("referrals.none"));

        visit("/app/index.html#/person/" + person);
        waiting().until(d -> d.findElement(By.id("alert")).getText().contains("OPES-SRV-008"));
    }
}
