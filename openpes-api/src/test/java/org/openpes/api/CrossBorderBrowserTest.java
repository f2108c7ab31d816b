package org.openpes.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Cross-border mobility (MA.R.E.) in real Chromium, with the keyboard alone: a case manager of Milano records that a
 * person speaks French and would work in France; imports a France Travail feed with a row at fault and reads why it
 * was refused; imports it corrected; opens the vacancy's candidates and finds the person there, scored by the matcher.
 * Every view is checked by axe-core.
 */
class CrossBorderBrowserTest extends BrowserPageTest {
    @ParameterizedTest
    @ValueSource(strings = {"it", "en"})
    void aCaseManagerImportsAFrenchFeedAndFindsThePeopleWhoWouldWorkInFrance(String lang) throws Exception {
        String[] person = personWithoutFrench();
        var messages = signIn(lang, "demo.case-manager");
        headingIs(messages.get("caseload.heading"));
        visit("/app/index.html#/person/" + person[0]);
        headingIs(messages.get("person.heading"));
        waiting().until(d -> !d.findElements(By.id("add-mobility")).isEmpty());
        type("add-language-language", "fr");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("status")).getText().equals(messages.get("common.saved"))
                || !d.findElement(By.id("alert")).getText().isEmpty());
        assertThat(browser.findElement(By.id("alert")).getText()).isEmpty();
        type("add-mobility-country", "FR");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("mobility")).getText().equals("FR"));
        assertThat(browser.findElement(By.id("view")).getText()).contains("fr");
        axeClean(lang + " person with mobility");

        tabToText(messages.get("nav.crossBorder"), false).sendKeys(Keys.ENTER);
        headingIs(messages.get("crossBorder.heading"));
        axeClean(lang + " cross-border vacancies");

        String source = "France Travail Savoie (" + lang + ")";
        String title = "Agent de service " + lang;
        Path bad = feed(source, title, person[1], "ITC4C");
        choose(bad);
        waiting().until(d -> !d.findElements(By.id("feed-errors")).isEmpty());
        assertThat(browser.findElement(By.id("feed-errors")).getText()).contains("nuts3").contains("BR-" + lang);
        assertThat(browser.findElement(By.id("alert")).getText()).contains("OPES-SRV-028");
        axeClean(lang + " feed refused");

        Path good = feed(source, title, person[1], "FRK27");
        choose(good);
        waiting().until(d -> d.findElement(By.id("cross-border-table")).getText().contains(title));
        assertThat(browser.findElement(By.id("status")).getText()).contains("1");
        assertThat(browser.findElement(By.id("feed-table")).getText()).contains(source);
        String button = browser.findElements(By.cssSelector("#cross-border-table button")).stream()
                .filter(b -> b.getAttribute("aria-label").contains(title)).findFirst().orElseThrow().getAttribute("id");
        pressTabTo(button);
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.ENTER).perform();
        waiting().until(d -> !d.findElements(By.id("cross-border-candidates")).isEmpty());
        String candidates = browser.findElement(By.id("cross-border-candidates")).getText();
        assertThat(candidates).contains(person[0]);
        assertThat(candidates).doesNotContain(messages.get("crossBorder.notScored"));
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("candidates-heading");
        axeClean(lang + " cross-border candidates");
        screenshot("cross-border-" + lang);

        tabToText(person[0], true).sendKeys(Keys.ENTER); // a person loaded from the region's files: named by the id
        headingIs(messages.get("person.heading"));
        waiting().until(d -> !d.findElements(By.id("person-cross-border")).isEmpty());
        assertThat(browser.findElement(By.id("person-cross-border")).getText()).contains(title);
        axeClean(lang + " person's cross-border vacancies");
    }

    /**
     * Chooses the file in the feed's file input (as the file dialog would), then presses Tab to the import button and
     * Enter. Keys sent to a file input are taken as a path, so the keys go to the page.
     */
    private static void choose(Path file) {
        pressTabTo("feed-file");
        browser.switchTo().activeElement().sendKeys(file.toAbsolutePath().toString());
        pressTabTo("feed-import");
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.ENTER).perform();
    }

    /** Presses Tab on the page (not into a file input, which would take the keys as a path) until {@code id}. */
    private static void pressTabTo(String id) {
        var keys = new org.openqa.selenium.interactions.Actions(browser);
        for (int i = 0; i < 120 && !id.equals(browser.switchTo().activeElement().getAttribute("id")); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.switchTo().activeElement().getAttribute("id")).as("#%s reached with Tab", id)
                .isEqualTo(id);
    }

    /** A person of Milano's CPI, loaded from the region's files, who speaks no French yet: id and occupation. */
    private static String[] personWithoutFrench() throws Exception {
        String cpi = ServerFixture.REF.territories().cpiOf("015146").orElseThrow().code();
        try (var c = ServerFixture.services.pool().getConnection(); var st = c.createStatement();
                var rs = st.executeQuery("select seeker_id, owner_cpi, esco_occupation from job_seeker "
                        + "where seeker_id like 'S%' and esco_occupation is not null "
                        + "and not ('fr' = any(string_to_array(languages, ';'))) "
                        + "and seeker_id not in (select seeker_id from person_mobility) order by seeker_id")) {
            while (rs.next()) {
                if (cpi.equals(rs.getString(2))) {
                    return new String[] {rs.getString(1), rs.getString(3)};
                }
            }
        }
        throw new AssertionError("no person of Milano's CPI without French");
    }

    /** A one-vacancy feed for the person's occupation, asking French A2, in NUTS 3 {@code nuts3}. */
    private static Path feed(String source, String title, String occupation, String nuts3) throws Exception {
        String lang = title.substring(title.length() - 2);
        String json = "{\"format\": \"openpes-mare-vacancies/1\", \"source\": \"" + source + "\", \"country\": \"FR\", "
                + "\"extracted_on\": \"" + java.time.LocalDate.now() + "\", \"vacancies\": [{\"id\": \"BR-" + lang
                + "\", \"title\": \"" + title + "\", \"description\": \"Poste à Chambéry, saison d'hiver.\", "
                + "\"esco_occupation\": \"" + occupation + "\", \"nuts3\": \"" + nuts3 + "\", \"place\": \"Chambéry\", "
                + "\"languages\": [{\"code\": \"fr\", \"level\": \"A2\"}], \"contract\": \"CDD\", "
                + "\"hours_per_week\": 35, \"published_on\": \"" + java.time.LocalDate.now() + "\", \"closes_on\": \""
                + java.time.LocalDate.now().plusMonths(2) + "\"}]}";
        Path f = Files.createTempFile("mare-feed-", ".json");
        Files.writeString(f, json, StandardCharsets.UTF_8);
        return f;
    }
}
