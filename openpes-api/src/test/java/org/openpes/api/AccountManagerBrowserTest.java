package org.openpes.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The account manager's work in real Chromium, with the keyboard alone: she opens her portfolio, checks her
 * employers' hires against the CO, finds the employers
 * of her territory that hire and never had contact, opens one, takes the account, records a visit with its next step,
 * drafts a vacancy from its text, publishes it, shortlists three candidates and starts processing the first. Every
 * view is checked by axe-core and shows no missing message.
 */
class AccountManagerBrowserTest extends BrowserPageTest {
    @ParameterizedTest
    @ValueSource(strings = {"it", "en"})
    void anAccountManagerGoesFromAProspectToAShortlistWithTheKeyboardAlone(String lang) throws Exception {
        var messages = signIn(lang, "demo.account-manager");
        headingIs(messages.get("portfolio.heading")); // the account manager's home
        axeClean(lang + " portfolio");

        tabTo("check-hires").sendKeys(Keys.ENTER);
        waiting().until(d -> !d.findElements(By.id("placements")).isEmpty());
        assertThat(browser.findElement(By.id("placements")).getText()).doesNotContain("{").doesNotContain("??");
        tabTo("find-prospects").sendKeys(Keys.ENTER);
        waiting().until(d -> !d.findElements(By.cssSelector("#prospect-table tbody tr")).isEmpty());
        axeClean(lang + " prospects");
        String employer = browser.findElement(By.cssSelector("#prospect-table tbody tr a")).getText();
        tabToText(employer, true).sendKeys(Keys.ENTER);
        headingIs(messages.get("account.heading"));
        waiting().until(d -> !d.findElements(By.id("account-record")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#flows-table tbody tr"))).as("the employer's CO")
                .isNotEmpty();
        axeClean(lang + " account");
        screenshot("account-" + lang);

        tabTo("take-account").sendKeys(Keys.ENTER);
        waiting().until(d -> messages.get("common.saved").equals(d.findElement(By.id("status")).getText()));
        assertThat(browser.findElement(By.id("take-account")).isDisplayed()).isFalse();

        tabTo("kind").sendKeys(messages.get("kind.VISIT"));
        tabTo("on").sendKeys("11", "02", "2026");
        String note = lang.equals("it") ? "cercano due magazzinieri" : "they need two warehouse workers";
        type("note", note);
        type("nextStep", lang.equals("it") ? "inviare la rosa" : "send the shortlist");
        tabTo("nextStepDue").sendKeys("11", "09", "2026");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("interactions")).getText().contains(note));
        axeClean(lang + " account with a contact");

        type("add-contact-name", "Giulia D'Angelo");
        type("add-contact-role", lang.equals("it") ? "Responsabile del personale" : "HR manager");
        type("add-contact-email", "g.dangelo@example.it");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting().until(d -> !d.findElements(By.id("contacts-table")).isEmpty());
        type("add-need-occupation", lang.equals("it") ? "magazziniere" : "warehouse worker");
        type("add-need-headcount", "2");
        type("add-need-from", "2027-01");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting().until(d -> !d.findElements(By.id("needs-table")).isEmpty());
        assertThat(browser.findElement(By.id("alert")).getText()).isEmpty();
        axeClean(lang + " account with its contacts and needs");

        type("vTitle", "magazziniere");
        tabTo("vDescription").sendKeys("Gestione del magazzino, carico e scarico merci, uso del carrello elevatore.");
        tabToText(messages.get("account.newVacancySubmit"), true).sendKeys(Keys.ENTER);
        // the first vacancy read from a text loads the skills engine's extractor (several seconds, once)
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(90)).until(d ->
                d.getCurrentUrl().contains("#/vacancy/"));
        headingIs(messages.get("vacancy.heading"));
        waiting().until(d -> messages.get("vstate.DRAFT").equals(d.findElement(By.id("vacancy-state")).getText()));
        axeClean(lang + " vacancy draft");

        tabTo("vEvent").sendKeys(messages.get("vevent.PUBLISH"));
        tabToText(messages.get("vacancy.eventSubmit"), true).sendKeys(Keys.ENTER);
        waiting().until(d -> messages.get("vstate.PUBLISHED").equals(d.findElement(By.id("vacancy-state"))
                .getText()));
        type("k", "3");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting().until(d -> d.findElements(By.cssSelector("#application-table tbody tr")).size() == 3);
        assertThat(browser.findElement(By.cssSelector("#application-table tbody tr .application-state")).getText())
                .isEqualTo(messages.get("astate.NEW"));
        axeClean(lang + " shortlist");

        tabTo("aEvent-0").sendKeys(messages.get("aevent.PROCESS"));
        tabToText(messages.get("vacancy.move"), true).sendKeys(Keys.ENTER);
        waiting().until(d -> d.findElements(By.cssSelector("#application-table tbody tr .application-state"))
                .stream().anyMatch(e -> e.getText().equals(messages.get("astate.PROCESSING"))));
        assertThat(browser.findElement(By.id("alert")).getText()).isEmpty();
        axeClean(lang + " application processed");
        screenshot("vacancy-" + lang);
        System.out.println("axe-core: " + String.join("; ", AXE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"it", "en"})
    void anAccountManagerRunsARecruitingEventWithTheKeyboardAlone(String lang) throws Exception {
        // a published vacancy of Milano with three candidates, made over HTTP as the day before the event
        OperatorClient api = OperatorClient.signedIn(server.port(), "demo.account-manager",
                ServerFixture.DEMO_PASSWORD);
        String account = api.ok("GET", "/api/portfolio/prospects", null).get(0).get("account").get("id").asText();
        String vacancy = api.ok("POST", "/api/accounts/" + account + "/vacancies", "{\"title\":\"commesso\","
                + "\"occupationUri\":\"" + ServerFixture.firstVacancyOccupation + "\"}").get("id").asText();
        api.ok("POST", "/api/vacancies/" + vacancy + "/events", "{\"event\":\"PUBLISH\",\"version\":0}");
        api.ok("POST", "/api/vacancies/" + vacancy + "/shortlist", "{\"k\":3}");

        var messages = signIn(lang, "demo.account-manager");
        headingIs(messages.get("portfolio.heading"));
        tabToText(messages.get("nav.events"), false).sendKeys(Keys.ENTER);
        headingIs(messages.get("events.heading"));
        axeClean(lang + " events");

        type("evTitle", "IncontraLavoro " + lang);
        tabTo("evDay").sendKeys("12", "20", "2026");
        type("evVenue", "CPI di Milano");
        type("evCapacity", "10");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        headingIs(messages.get("events.eventHeading"));
        type("evVacancy", vacancy);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("view")).getText().contains("commesso"));
        tabTo("evChannel").sendKeys(messages.get("channel.SMS"));
        tabToText(messages.get("events.invite"), true).sendKeys(Keys.ENTER);
        waiting().until(d -> d.findElements(By.cssSelector("#invitation-table tbody tr")).size() == 3);
        axeClean(lang + " event with invitations");

        tabTo("inv-attendance-0").sendKeys(messages.get("attendance.SEEN"));
        tabToText(messages.get("events.record"), true).sendKeys(Keys.ENTER);
        waiting().until(d -> messages.get("common.saved").equals(d.findElement(By.id("status")).getText()));
        type("slotTimes", "09:00, 09:30");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting().until(d -> d.findElements(By.cssSelector("#slot-table tbody tr")).size() == 2);
        tabTo("book-who-0");
        tabToText(messages.get("events.book"), true).sendKeys(Keys.ENTER);
        waiting().until(d -> !d.findElements(By.id("interview-0")).isEmpty());
        tabTo("outcome-0").sendKeys(messages.get("outcome.HIRED"));
        tabToText(messages.get("events.record"), true);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting().until(d -> !d.findElements(By.cssSelector(".slot-outcome")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".funnel")).getText()).contains(messages.get("events.hired"));
        assertThat(browser.findElement(By.id("alert")).getText()).isEmpty();
        axeClean(lang + " event after an interview");
        screenshot("event-" + lang);
    }
}
