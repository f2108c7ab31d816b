package org.openpes.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openpes.core.identity.FiscalCode;
import org.openpes.core.identity.Sex;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The operator application in real Chromium, with the keyboard alone: a case manager picks the language, logs in,
 * registers a person, drafts her patto, completes it and signs it. Every view is checked by axe-core (no serious or
 * critical violation) and shows no missing message.
 */
class OperatorAppBrowserTest extends BrowserPageTest {
    @ParameterizedTest
    @ValueSource(strings = {"it", "en"})
    void aCaseManagerRegistersAPersonAndSignsHerPattoWithTheKeyboardAlone(String lang) throws Exception {
        ProfilingWorkflowTest.modelFitted();
        visit("/app/index.html");
        browser.manage().deleteAllCookies(); // a new operator at the desk
        browser.executeScript("localStorage.clear()");
        visit("/app/index.html#/login");
        browser.navigate().refresh(); // a fresh page, with nothing remembered
        Object browserLanguage = browser.executeScript("return navigator.language.slice(0, 2)");
        waiting().until(d -> browserLanguage.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        waiting().until(d -> !d.findElements(By.id("view-heading")).isEmpty());
        var messages = org.openpes.api.services.MessageBundles.bundle(lang);
        WebElement language = tabTo("language");
        language.sendKeys(lang.equals("it") ? "Italiano" : "English");
        waiting().until(d -> lang.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        headingIs(messages.get("login.heading"));
        axeClean(lang + " login");

        type("username", "demo.case-manager");
        type("password", ServerFixture.DEMO_PASSWORD);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        headingIs(messages.get("caseload.heading"));
        axeClean(lang + " caseload");

        tabToText(messages.get("nav.register"), false).sendKeys(Keys.ENTER);
        headingIs(messages.get("register.heading"));
        axeClean(lang + " register");
        String code = FiscalCode.compose(lang.equals("it") ? "CLMANN" : "CLMENN", LocalDate.of(1985, 7, 1), Sex.F,
                "F205").value();
        type("fiscal_code", code);
        type("given_name", "Anna");
        type("family_name", "Colombo");
        type("domicile_comune", "015146");
        type("education_isced", "6");
        WebElement did = tabTo("did_date");
        did.sendKeys("11", "15", "2026"); // the date input's own fields, month first in this locale
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        headingIs(messages.get("person.heading"));
        axeClean(lang + " person");
        assertThat(browser.findElement(By.id("view")).getText()).contains("Anna Colombo").contains(code);

        // her curriculum (Scheda Anagrafica, section 3): her degree, a course, work abroad, a skill, by label
        waiting().until(d -> !d.findElements(By.id("add-education")).isEmpty());
        type("add-education-isced", "6");
        type("add-education-title", "Laurea in economia");
        type("add-education-year", "2009");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting().until(d -> d.findElements(By.cssSelector("#education-table tbody tr")).size() == 1);
        type("add-training-title", "Excel avanzato");
        type("add-training-provider", "Ente Formativo Lombardo");
        type("add-training-year", "2025");
        type("add-training-hours", "40");
        tabTo("add-training-certified").sendKeys(Keys.SPACE);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting().until(d -> d.findElements(By.cssSelector("#training-table tbody tr")).size() == 1);
        type("add-experience-occupation", "commesso");
        type("add-experience-employer", "Negozio a Lugano");
        type("add-experience-from", "2019-03");
        type("add-experience-to", "2021-06");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting().until(d -> d.findElements(By.cssSelector("#experience-table tbody tr")).size() == 1);
        assertThat(browser.findElement(By.id("experience-table")).getText()).contains("Negozio a Lugano");
        type("add-skill-skill", "use spreadsheets software");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting().until(d -> d.findElements(By.cssSelector("#skill-list li")).size() == 1);
        assertThat(browser.findElement(By.id("skill-list")).getText()).contains("use spreadsheets software")
                .contains(messages.get("curriculum.source.DECLARED"));
        type("add-skill-skill", "use spreadsheets software"); // the same again: refused, nothing added
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("alert")).getText().contains("OPES-SRV-025"));
        assertThat(browser.findElements(By.cssSelector("#skill-list li"))).hasSize(1);
        assertThat(browser.findElement(By.id("curriculum")).getText()).doesNotContain("null").doesNotContain("??");
        axeClean(lang + " person curriculum");
        screenshot("curriculum-" + lang);

        // her profile: the model's estimate, then the questionnaire (two barriers: path 4 is proposed), recorded
        waiting().until(d -> !d.findElements(By.id("profile-form")).isEmpty());
        assertThat(browser.findElement(By.id("profile-status")).getText()).isEqualTo(messages.get("profile.estimate"));
        tabTo("q-caringResponsibilities").sendKeys(Keys.SPACE);
        tabTo("q-housingDifficulty").sendKeys(Keys.SPACE);
        tabTo("profileReason").sendKeys(Keys.ENTER);
        String recorded = messages.get("profile.recordedVersion").replace("{0}", "1");
        waiting().until(d -> d.findElement(By.id("profile-status")).getText().startsWith(
                recorded.substring(0, recorded.indexOf("{1}"))));
        assertThat(browser.findElement(By.id("profile-proposed")).getText())
                .isEqualTo(messages.get("gol.LAVORO_E_INCLUSIONE"));
        assertThat(browser.findElement(By.id("profile")).getText()).doesNotContain("null").doesNotContain("??");
        axeClean(lang + " person profiled");
        screenshot("profile-" + lang);
        waiting().until(d -> !d.findElements(By.id("work-record")).isEmpty());
        waiting().until(d -> messages.get("vacancies.unknown").equals(d.findElement(By.cssSelector("#vacancies p"))
                .getText())); // registered today: not in the region's files that the matcher reads

        tabToText(messages.get("person.draftPatto"), false).sendKeys(Keys.ENTER);
        headingIs(messages.get("patto.heading"));
        axeClean(lang + " patto draft");
        type("riskClass", "2");
        tabTo("golPath").sendKeys(messages.get("gol.AGGIORNAMENTO"));
        type("act", "4 candidature al mese");
        tabTo("actDeadline").sendKeys("01", "31", "2027");
        type("contactEveryDays", "30");
        type("proofOfSearch", "copie delle candidature");
        tabTo("availableForWorkshops").sendKeys(Keys.SPACE);
        tabTo("availableForTraining").sendKeys(Keys.SPACE);
        tabTo("acceptsSuitableOffers").sendKeys(Keys.SPACE);
        type("contentReason", "colloquio svolto");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("view")).getText().contains(messages.get("patto.complete")));
        assertThat(new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("golPath")))
                .getFirstSelectedOption().getText()).as("the saved GOL path is shown again")
                .isEqualTo(messages.get("gol.AGGIORNAMENTO"));

        tabTo("event").sendKeys(messages.get("event.SIGN"));
        type("eventReason", "firmato dalla persona e dal case manager");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting().until(d -> messages.get("state.SIGNED").equals(d.findElement(By.id("patto-state")).getText()));
        axeClean(lang + " patto signed");
        screenshot("patto-" + lang);

        // a person of the region's files: her CO history and the matcher's vacancies with their reasons
        visit("/app/index.html#/person/" + ProfilingWorkflowTest.personOf("015"));
        headingIs(messages.get("person.heading"));
        waiting().until(d -> !d.findElements(By.cssSelector("#vacancy-list li")).isEmpty());
        waiting().until(d -> !d.findElements(By.id("work-record")).isEmpty());
        waiting().until(d -> !d.findElements(By.cssSelector("#person-patti > *")).isEmpty());
        assertThat(browser.findElement(By.id("vacancies")).getText()).doesNotContain("??");
        axeClean(lang + " person with vacancies");

        // the former skills page, inside the application: a job title to ESCO, a vacancy's candidates in her scope
        tabToText(messages.get("nav.skills"), false).sendKeys(Keys.ENTER);
        headingIs(messages.get("skills.heading"));
        type("title", "cuoco");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting().until(d -> !d.findElements(By.cssSelector("#occupation-table tbody tr")).isEmpty());
        assertThat(browser.findElement(By.id("occupation-table")).getText().toLowerCase(java.util.Locale.ROOT))
                .contains("cuoc");
        type("vacancy", ServerFixture.firstVacancy);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting().until(d -> !d.findElements(By.cssSelector("#candidates > *")).isEmpty());
        assertThat(browser.findElement(By.id("alert")).getText()).isEmpty();
        axeClean(lang + " skills and matching");
        System.out.println("axe-core: " + String.join("; ", AXE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"it", "en"})
    void anAnalystMeasuresTheOutcomesOfThePattiAndReadsTheProfilingModelWithTheKeyboardAlone(String lang)
            throws Exception {
        ProfilingWorkflowTest.modelFitted();
        var messages = signIn(lang, "demo.analyst");
        headingIs(messages.get("outcomes.heading")); // the analyst's home
        assertThat(browser.findElements(By.cssSelector("#nav [data-needs='CASELOAD_READ']")).get(0).isDisplayed())
                .as("no caseload for an analyst").isFalse();
        tabTo("service").sendKeys(messages.get("outcomes.path") + " " + messages.get("gol.REINSERIMENTO"));
        browser.switchTo().activeElement().sendKeys(Keys.TAB, Keys.ENTER);
        waiting().until(d -> !d.findElements(By.id("outcomes-table")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#outcomes-table tbody tr"))).hasSize(5);
        assertThat(browser.findElement(By.id("outcomes-csv")).getAttribute("href"))
                .endsWith("/api/outcomes.csv?service=path%3AREINSERIMENTO");
        assertThat(browser.findElement(By.id("view")).getText()).doesNotContain("??").doesNotContain("null");
        axeClean(lang + " outcomes");
        screenshot("outcomes-" + lang);

        tabToText(messages.get("nav.model"), false).sendKeys(Keys.ENTER);
        headingIs(messages.get("model.heading"));
        waiting().until(d -> !d.findElements(By.id("model-table")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#model-table tbody tr")).size()).isGreaterThanOrEqualTo(6);
        axeClean(lang + " profiling model");
    }
}
