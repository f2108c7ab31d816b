package org.openpes.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The observatory page in real headless Chromium against the real server. */
class ObservatoryPageBrowserTest extends BrowserPageTest {
    @Test
    @SuppressWarnings("unchecked")
    void thePageLoadsAndTheChartsTheMapAndTheDownloadShowRealNumbers() {
        visit("/observatory.html?from=2024-01&to=2024-12");
        JavascriptExecutor js = browser;
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                js.executeScript("return window.openpes && window.openpes.rendered")));
        Map<String, Object> state = (Map<String, Object>) js.executeScript("return window.openpes");
        List<Map<String, Object>> series = (List<Map<String, Object>>) state.get("series");
        assertThat(series).extracting(c -> c.get("quarter")).containsExactly("2024-Q1", "2024-Q2", "2024-Q3",
                "2024-Q4");
        assertThat(series).allSatisfy(c -> assertThat(((Number) c.get("value")).longValue()).isPositive());
        List<Map<String, Object>> sectors = (List<Map<String, Object>>) state.get("sectors");
        assertThat(sectors.size()).isGreaterThan(10);
        List<Map<String, Object>> map = (List<Map<String, Object>>) state.get("map");
        assertThat(map).extracting(c -> c.get("name")).contains("015", "016", "017");
        assertThat(((Number) state.get("tableRows")).intValue()).isEqualTo(12);
        // ECharts drew the three charts (one canvas each), the table shows the provinces by name.
        assertThat(browser.findElements(By.cssSelector(".chart canvas"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(browser.findElement(By.id("table")).getText()).contains("Milano").contains("Bergamo");
        // The download link returns the CSV of the table.
        String href = browser.findElement(By.id("download")).getAttribute("href");
        String csv = (String) js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.text()).then(done);", href);
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("province,quarter,measure,value,suppressed");
        assertThat(csv.lines().count()).isEqualTo(1 + 12 * 4);
        // Changing the measure redraws with other numbers.
        js.executeScript("document.querySelector('select[name=measure]').value = 'stock';"
                + "window.openpes.rendered = false; document.querySelector('#filters button').click();");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                js.executeScript("return window.openpes.rendered && window.openpes.measure === 'stock'")));
        List<Map<String, Object>> stock = (List<Map<String, Object>>) js.executeScript("return window.openpes.series");
        assertThat(((Number) stock.get(3).get("value")).longValue())
                .isGreaterThan(((Number) series.get(3).get("value")).longValue());
        // A quarterly QWI measure: the sector bars and the map show the quarter of "To".
        js.executeScript("document.querySelector('select[name=measure]').value = 'job_creation';"
                + "window.openpes.rendered = false; document.querySelector('#filters button').click();");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(js.executeScript(
                "return window.openpes.rendered && window.openpes.measure === 'job_creation'")));
        Map<String, Object> qwi = (Map<String, Object>) js.executeScript("return window.openpes");
        assertThat((List<Map<String, Object>>) qwi.get("series")).hasSize(4)
                .allSatisfy(c -> assertThat(((Number) c.get("value")).longValue()).isPositive());
        assertThat((List<Map<String, Object>>) qwi.get("sectors")).hasSizeGreaterThan(10)
                .allSatisfy(c -> assertThat(c.get("quarter")).isEqualTo("2024-Q4"));
        assertThat((List<Map<String, Object>>) qwi.get("map")).extracting(c -> c.get("name")).contains("015");
        // A median (days to re-employment): quarters whose leavers reach it, in days; Milano on the map.
        js.executeScript("document.querySelector('select[name=measure]').value = 'reemployment_median_days';"
                + "window.openpes.rendered = false; document.querySelector('#filters button').click();");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(js.executeScript(
                "return window.openpes.rendered && window.openpes.measure === 'reemployment_median_days'")));
        Map<String, Object> median = (Map<String, Object>) js.executeScript("return window.openpes");
        assertThat((List<Map<String, Object>>) median.get("series")).isNotEmpty()
                .allSatisfy(c -> assertThat(((Number) c.get("value")).longValue()).isBetween(1L, 365L));
        assertThat((List<Map<String, Object>>) median.get("map")).extracting(c -> c.get("name")).contains("015");
        assertThat(browser.findElement(By.id("status")).getText()).doesNotContain("error");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"it", "en", "fr", "es", "sv", "fi"})
    void thePageSpeaksTheSixLanguagesOfItsReadersFromItsBundlesAndPassesAxe(String lang) {
        visit("/observatory.html?from=2024-01&to=2024-12&measure=reemployed_90&lang=" + lang);
        JavascriptExecutor js = browser;
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                js.executeScript("return window.openpes && window.openpes.rendered")));
        var messages = org.openpes.api.services.MessageBundles.observatory(lang);
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(messages.get("heading"));
        assertThat(new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("measure")))
                .getFirstSelectedOption().getText()).isEqualTo(messages.get("measure.reemployed_90"));
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("??");
        assertThat(messages.keySet()).isEqualTo(org.openpes.api.services.MessageBundles.observatory("en").keySet());
        Results axe = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser);
        assertThat(axe.getViolations()).as("axe-core, %s", lang).filteredOn(v -> "serious".equals(v.getImpact())
                || "critical".equals(v.getImpact())).extracting(Rule::getId).isEmpty();
    }
}
