package org.openpes.api;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;

/** Shared setup of the page tests: the real server with its fixture store, and one headless Chromium per class. */
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
}
