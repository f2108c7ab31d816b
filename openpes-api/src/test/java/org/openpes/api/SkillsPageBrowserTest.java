package org.openpes.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The skills page in real headless Chromium: an operator normalises a title and reads a match's explanation. */
class SkillsPageBrowserTest extends BrowserPageTest {
    @Test
    @SuppressWarnings("unchecked")
    void anOperatorNormalisesATitleAndSeesAnExplainedMatch() {
        visit("/skills.html");
        // matching shows people: the operator signs in first (the page's calls then carry the session cookie)
        browser.executeScript("return fetch('/api/session', {method: 'POST', headers: {'Content-Type': "
                + "'application/json'}, body: JSON.stringify({username: 'demo.case-manager', password: '"
                + ServerFixture.DEMO_PASSWORD + "'})}).then(r => r.status)");
        visit("/skills.html");
        JavascriptExecutor js = browser;
        browser.findElement(By.name("title")).sendKeys("infermieri");
        browser.findElement(By.cssSelector("#normalise button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                js.executeScript("return window.openpes.normalised")));
        List<Map<String, Object>> occupations = (List<Map<String, Object>>) js.executeScript(
                "return window.openpes.occupations");
        assertThat(occupations).hasSize(10);
        assertThat(browser.findElement(By.id("occupations")).getText()).containsIgnoringCase("nurse");

        browser.findElement(By.name("vacancy")).sendKeys(ServerFixture.firstVacancy);
        browser.findElement(By.cssSelector("#match button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                js.executeScript("return window.openpes.matched")));
        List<Map<String, Object>> candidates = (List<Map<String, Object>>) js.executeScript(
                "return window.openpes.candidates");
        assertThat(candidates).isNotEmpty();
        String text = browser.findElement(By.id("candidates")).getText();
        assertThat(text).contains("missing essential skills").contains("skills ").contains("distance");

        browser.findElement(By.name("vacancy")).clear();
        browser.findElement(By.name("vacancy")).sendKeys("V-NOT-THERE");
        js.executeScript("window.openpes.matched = false");
        browser.findElement(By.cssSelector("#match button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                js.executeScript("return window.openpes.matched")));
        assertThat(browser.findElement(By.id("match-error")).getText()).contains("OPES-SKL-004")
                .contains("V-NOT-THERE");
    }
}
