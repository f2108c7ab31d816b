package org.openpes.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpes.api.services.ServiceRoutes;
import org.openpes.services.auth.OidcLogin;

/**
 * Sign-in through a real OpenID Connect provider that the test starts (NAV's mock-oauth2-server speaks the protocol:
 * discovery, authorization code, token endpoint, signed ID tokens, JWKS). The ID token's signature, issuer, audience,
 * expiry and nonce are checked by Nimbus; an identity without an OpenPES account gets no session.
 */
class OidcLoginTest {
    static MockOAuth2Server provider;
    static ApiServer server;
    static int port;
    static final HttpClient NO_REDIRECTS = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        ServerFixture.server();
        provider = new MockOAuth2Server();
        provider.start();
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        var services = ServerFixture.services;
        OidcLogin oidc = OidcLogin.discover(new OidcLogin.Settings(provider.issuerUrl("spid").uri(), "openpes",
                "openpes-secret", URI.create("http://localhost:" + port + "/auth/oidc/callback"), "preferred_username"),
                Clock.systemUTC());
        server = ApiServer.start(ServerFixture.REF, null, null, null, port,
                ApiSettings.DEFAULTS, new ServiceRoutes(services.authentication(), services.people(),
                        services.patti(), services.caseloads(), services.pool(), false).withOidc(oidc));
    }

    @AfterAll
    static void stop() {
        server.close();
        provider.shutdown();
    }

    private static HttpResponse<String> get(String url, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return NO_REDIRECTS.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The browser's trip: OpenPES → the provider (which signs the person in) → OpenPES's callback. */
    private static HttpResponse<String> signIn(String subject, String audience, long expirySeconds) throws Exception {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("spid", subject, "JWT", List.of(audience),
                Map.of("preferred_username", subject), expirySeconds));
        HttpResponse<String> toProvider = get("http://localhost:" + port + "/auth/oidc/login", null);
        assertThat(toProvider.statusCode()).isEqualTo(302);
        String authorize = toProvider.headers().firstValue("Location").orElseThrow();
        assertThat(authorize).contains("code_challenge=").contains("nonce=").contains("state=");
        HttpResponse<String> back = get(authorize, null);
        assertThat(back.statusCode()).isEqualTo(302);
        return get(back.headers().firstValue("Location").orElseThrow(), null);
    }

    @Test
    void idTokensSignedByTheProviderAreRefusedForAnotherAudienceAnotherNonceOrAnotherKey() throws Exception {
        OidcLogin oidc = OidcLogin.discover(new OidcLogin.Settings(provider.issuerUrl("spid").uri(), "openpes",
                "openpes-secret", URI.create("http://localhost:" + port + "/auth/oidc/callback"),
                "preferred_username"), Clock.systemUTC());
        com.nimbusds.openid.connect.sdk.Nonce nonce = new com.nimbusds.openid.connect.sdk.Nonce("n-0S6_WzA2Mj");
        java.util.function.BiFunction<String, String, com.nimbusds.jwt.SignedJWT> token = (audience, n) ->
                provider.issueToken("spid", "openpes", new DefaultOAuth2TokenCallback("spid", "demo.case-manager",
                        "JWT", List.of(audience), n == null ? Map.of("preferred_username", "demo.case-manager")
                                : Map.of("preferred_username", "demo.case-manager", "nonce", n), 3600));
        assertThat(oidc.usernameIn(token.apply("openpes", nonce.getValue()), nonce).orThrow())
                .isEqualTo("demo.case-manager");
        assertThat(oidc.usernameIn(token.apply("another-application", nonce.getValue()), nonce).toString())
                .contains("OPES-SRV-016").containsIgnoringCase("audience");
        assertThat(oidc.usernameIn(token.apply("openpes", "another-nonce"), nonce).toString())
                .contains("OPES-SRV-016").containsIgnoringCase("nonce");
        MockOAuth2Server other = new MockOAuth2Server();
        other.start();
        try {
            var foreign = other.issueToken("spid", "openpes", new DefaultOAuth2TokenCallback("spid",
                    "demo.case-manager", "JWT", List.of("openpes"), Map.of("preferred_username", "demo.case-manager",
                            "nonce", nonce.getValue()), 3600));
            assertThat(oidc.usernameIn(foreign, nonce).toString()).contains("OPES-SRV-016");
        } finally {
            other.shutdown();
        }
    }

    @Test
    void aCaseManagerSignsInThroughTheProviderAndGetsHerOwnRoleAndScope() throws Exception {
        HttpResponse<String> callback = signIn("demo.case-manager", "openpes", 3600);
        assertThat(callback.statusCode()).isEqualTo(302);
        String cookie = callback.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        HttpResponse<String> me = get("http://localhost:" + port + "/api/me", cookie);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"role\":\"CASE_MANAGER\"").contains("cpi:");
    }

    @Test
    void anExpiredTokenAStrangerAndAForgedStateAreRefused() throws Exception {
        HttpResponse<String> expired = signIn("demo.case-manager", "openpes", -3600);
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.body()).contains("OPES-SRV-016");

        HttpResponse<String> stranger = signIn("somebody.unknown", "openpes", 3600);
        assertThat(stranger.statusCode()).isEqualTo(401);
        assertThat(stranger.body()).contains("no active OpenPES account");

        HttpResponse<String> forged = get("http://localhost:" + port + "/auth/oidc/callback?code=abc&state=forged",
                null);
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.body()).contains("unknown or expired state");
    }
}
