package org.openpes.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Shared setup of the page tests: the real server with its fixture store, and one headless Chromium per class; and
 * what an operator does with the keyboard (Tab to a field, type, Enter), with axe-core's check of each view.
 */
abstract class BrowserPageTest {
    static ApiServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void open() throws Exception {
        server = ServerFixture.server();
        browser = HeadlessChromium.open();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    /** Opens a page of the server, e.g. {@code /skills.html}. */
    static void visit(String pathAndQuery) {
        browser.get("http://localhost:" + server.port() + pathAndQuery);
    }

    /** Every view's axe results, for the closing figures. */
    static final List<String> AXE = new ArrayList<>();

    static WebDriverWait waiting() {
        return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /** Presses Tab until the element with {@code id} has the focus: it can be reached with the keyboard. */
    static WebElement tabTo(String id) {
        for (int i = 0; i < 120; i++) {
            try {
                WebElement active = browser.switchTo().activeElement();
                if (id.equals(active.getAttribute("id"))) {
                    return active;
                }
                active.sendKeys(Keys.TAB);
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                // the view was redrawn under the focus: ask for the focused element again
            }
        }
        throw new AssertionError("#" + id + " cannot be reached with the Tab key");
    }

    /**
     * Moves the focus to a link or button by its visible text, with Tab ({@code forward}) or Shift+Tab (back to the
     * navigation, which comes before the view).
     */
    static WebElement tabToText(String text, boolean forward) {
        for (int i = 0; i < 80; i++) {
            WebElement active = browser.switchTo().activeElement();
            if (text.equals(active.getText())) {
                return active;
            }
            active.sendKeys(forward ? Keys.TAB : Keys.chord(Keys.SHIFT, Keys.TAB));
        }
        throw new AssertionError("'" + text + "' cannot be reached with the keyboard");
    }

    static void type(String id, String text) {
        WebElement e = tabTo(id);
        e.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    static void headingIs(String text) {
        waiting().until(d -> text.equals(d.findElement(By.id("view-heading")).getText()));
    }

    static void axeClean(String view) {
        Results r = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
        List<String> serious = new ArrayList<>();
        for (Rule v : r.getViolations()) {
            if ("serious".equals(v.getImpact()) || "critical".equals(v.getImpact())) {
                serious.add(v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " " + v.getNodes().size());
            }
        }
        AXE.add(view + ": " + r.getPasses().size() + " rules passed, " + r.getViolations().size()
                + " violations, " + serious.size() + " serious or critical");
        assertThat(serious).as("axe-core on %s", view).isEmpty();
        assertThat(browser.findElement(By.tagName("body")).getText()).as("a missing message on %s", view)
                .doesNotContain("??");
    }

    /** The page as it stands, in target/screenshots (docs/services.md shows them, copied to docs/img). */
    static void screenshot(String name) throws java.io.IOException {
        java.nio.file.Path shots = java.nio.file.Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(shots);
        java.nio.file.Files.write(shots.resolve(name + ".png"),
                browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    /**
     * A new operator at the desk: no cookie, the language {@code lang} chosen before, the login page, the username
     * and the demo password typed and sent with Enter. Returns the bundle of that language.
     */
    static java.util.Map<String, String> signIn(String lang, String username) {
        visit("/app/index.html");
        browser.manage().deleteAllCookies();
        browser.executeScript("localStorage.setItem('openpes.lang', '" + lang + "')");
        visit("/app/index.html#/login");
        browser.navigate().refresh();
        waiting().until(d -> lang.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        var messages = org.openpes.api.services.MessageBundles.bundle(lang);
        headingIs(messages.get("login.heading"));
        type("username", username);
        type("password", ServerFixture.DEMO_PASSWORD);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        return messages;
    }
}
