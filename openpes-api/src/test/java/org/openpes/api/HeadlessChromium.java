package org.openpes.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.openpes.core.io.TempDirectories;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium for the page tests, installed when missing so that `mvn verify` needs nothing else. */
final class HeadlessChromium {
    private HeadlessChromium() {
    }

    static ChromeDriver open() throws Exception {
        installIfMissing();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1800,1200", "--user-data-dir=" + TempDirectories.create("openpes-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        return new ChromeDriver(service, options);
    }

    private static void installIfMissing() throws Exception {
        if (Files.isExecutable(Path.of("/usr/bin/chromium")) && Files.isExecutable(Path.of("/usr/bin/chromedriver"))) {
            return;
        }
        Process p = new ProcessBuilder("sh", "-c", "apt-get install -y -q chromium chromium-driver "
                + "|| (apt-get update -q && apt-get install -y -q chromium chromium-driver)").inheritIO().start();
        assertThat(p.waitFor()).as("installing Debian chromium and chromium-driver (needs root and Debian mirrors)")
                .isZero();
    }
}
