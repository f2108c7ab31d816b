package org.openpes.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every script of the pages parses: a syntax error shows here by file and line, not as a browser test's time-out
 * (it did once, in crisis.js). Node.js, which these machines carry (docs: the machine's description), only parses.
 */
class PageScriptsTest {
    static final Path WEB = Path.of("src/main/resources/org/openpes/api/web");

    @Test
    void everyPageScriptParses() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/node")), "Node.js is not installed");
        List<Path> scripts;
        try (Stream<Path> files = Files.walk(WEB)) {
            scripts = files.filter(p -> p.toString().endsWith(".js")).sorted().toList();
        }
        assertThat(scripts).hasSizeGreaterThanOrEqualTo(5);
        for (Path script : scripts) {
            Process p = new ProcessBuilder("/usr/bin/node", "--check", script.toString()).redirectErrorStream(true)
                    .start();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as("%s: %s", script.getFileName(), out).isZero();
        }
    }
}
