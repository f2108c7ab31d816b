package org.openpes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The configuration is read once and checked as a whole: a wrong value names its variable before any work. */
class ConfigurationTest {
    @Test
    void defaultsForAFreshMachine() {
        Configuration c = Configuration.from(Map.of());
        assertThat(c.home().toString()).endsWith(".openpes");
        assertThat(c.database().isEmbedded()).isTrue();
        assertThat(c.database().dataDir()).isEqualTo(c.home().resolve("pgdata"));
        assertThat(c.api().host()).isEqualTo("localhost");
        assertThat(c.api().disclosureK()).isEqualTo(3);
        assertThat(c.secureCookies()).isFalse();
        assertThat(c.oidc()).isEmpty();
        assertThat(c.pseudonymKey()).isEmpty();
    }

    @Test
    void aWrongValueNamesItsVariable() {
        assertThatThrownBy(() -> Configuration.from(Map.of("OPENPES_DISCLOSURE_K", "1")))
                .hasMessageContaining("OPENPES_DISCLOSURE_K");
        assertThatThrownBy(() -> Configuration.from(Map.of("OPENPES_SECURE_COOKIES", "yes")))
                .hasMessageContaining("OPENPES_SECURE_COOKIES");
        assertThatThrownBy(() -> Configuration.from(Map.of("OPENPES_OIDC_ISSUER", "https://idp.example/realm")))
                .hasMessageContaining("OPENPES_OIDC_CLIENT_ID");
        assertThatThrownBy(() -> Configuration.from(Map.of("OPENPES_OIDC_ISSUER", "https://idp.example/realm",
                "OPENPES_OIDC_CLIENT_ID", "openpes", "OPENPES_OIDC_CLIENT_SECRET", "s",
                "OPENPES_OIDC_REDIRECT_URI", "not a url"))).hasMessageContaining("OPENPES_OIDC_REDIRECT_URI");
        assertThatThrownBy(() -> Configuration.from(Map.of("OPENPES_DB_URL", "mysql://x")))
                .hasMessageContaining("OPENPES_DB_URL");
    }

    @Test
    void everyVariableIsInTheReadmesTable() throws Exception {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("../README.md"));
        for (String v : Configuration.VARIABLES) {
            String shortForm = v.startsWith("OPENPES_OIDC_") && !v.equals("OPENPES_OIDC_ISSUER")
                    ? "`_" + v.substring("OPENPES_OIDC_".length()) + "`" : "`" + v + "`";
            assertThat(readme).as(v).contains(shortForm);
        }
    }
}
