package org.openpes.services.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openpes.core.error.ErrorCode;
import org.openpes.services.workflow.Outcome;
import org.openpes.services.workflow.Refusal;

/**
 * Sign-in through an OpenID Connect provider (a Keycloak realm, or the SPID/CIE gateway a region already uses): the
 * authorization-code flow with PKCE, a state and a nonce. The ID token's signature (the provider's published keys),
 * issuer, audience, expiry and nonce are checked by Nimbus's {@link IDTokenValidator}, not by hand. The provider
 * proves who the person is; what they may do stays in OpenPES: the claim {@code usernameClaim} must name an active
 * account that an administrator created, with its role and scopes.
 */
public final class OidcLogin {
    /** How long a sign-in started here may take at the provider. */
    static final Duration PENDING = Duration.ofMinutes(10);

    /** Where the provider is and who this application is to it. */
    public record Settings(URI issuer, String clientId, String clientSecret, URI redirectUri, String usernameClaim) {
    }

    private record Pending(Nonce nonce, CodeVerifier verifier, Instant started) {
    }

    private final Settings settings;
    private final OIDCProviderMetadata provider;
    private final IDTokenValidator validator;
    private final Clock clock;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    private OidcLogin(Settings settings, OIDCProviderMetadata provider, IDTokenValidator validator, Clock clock) {
        this.settings = settings;
        this.provider = provider;
        this.validator = validator;
        this.clock = clock;
    }

    /** Reads the provider's discovery document ({@code /.well-known/openid-configuration}) once. */
    public static OidcLogin discover(Settings settings, Clock clock) throws IOException {
        try {
            OIDCProviderMetadata meta = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()));
            IDTokenValidator validator = new IDTokenValidator(meta.getIssuer(), new ClientID(settings.clientId()),
                    JWSAlgorithm.RS256, meta.getJWKSetURI().toURL());
            return new OidcLogin(settings, meta, validator, clock);
        } catch (com.nimbusds.oauth2.sdk.GeneralException e) {
            throw new IOException("the OpenID provider at " + settings.issuer() + " cannot be used: " + e.getMessage(),
                    e);
        }
    }

    /** Where to send the browser to sign in: the provider's authorization endpoint, with state, nonce and PKCE. */
    public URI start() {
        Instant now = clock.instant();
        pending.values().removeIf(p -> p.started().isBefore(now.minus(PENDING)));
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        pending.put(state.getValue(), new Pending(nonce, verifier, now));
        return new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid", "profile"),
                new ClientID(settings.clientId()), settings.redirectUri())
                .endpointURI(provider.getAuthorizationEndpointURI()).state(state).nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256).build().toURI();
    }

    /**
     * Completes a sign-in the provider redirected back with {@code code} and {@code state}: the username the checked
     * ID token names, or why the sign-in is refused (OPES-SRV-016).
     */
    public Outcome<String> finish(String code, String state) {
        Pending p = state == null ? null : pending.remove(state);
        if (p == null || p.started().isBefore(clock.instant().minus(PENDING))) {
            return refused("unknown or expired state");
        }
        if (code == null || code.isBlank()) {
            return refused("no authorization code");
        }
        try {
            TokenResponse response = OIDCTokenResponseParser.parse(new TokenRequest(provider.getTokenEndpointURI(),
                    new ClientSecretBasic(new ClientID(settings.clientId()), new Secret(settings.clientSecret())),
                    new AuthorizationCodeGrant(new AuthorizationCode(code), settings.redirectUri(), p.verifier()))
                    .toHTTPRequest().send());
            if (!response.indicatesSuccess()) {
                return refused("the token endpoint answered " + response.toErrorResponse().getErrorObject().getCode());
            }
            return usernameIn(((OIDCTokenResponse) response).getOIDCTokens().getIDToken(), p.nonce());
        } catch (ParseException | IOException e) {
            return refused("the provider's answer cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * The username an ID token names, once its signature, issuer, audience, expiry and nonce are checked (what
     * {@link #finish} does with the token it receives), or why it is refused.
     */
    public Outcome<String> usernameIn(com.nimbusds.jwt.JWT idToken, Nonce expectedNonce) {
        try {
            IDTokenClaimsSet claims = validator.validate(idToken, expectedNonce);
            Object username = claims.getClaim(settings.usernameClaim());
            if (!(username instanceof String name) || name.isBlank()) {
                return refused("the ID token has no claim " + settings.usernameClaim());
            }
            return Outcome.done(name);
        } catch (com.nimbusds.jose.proc.BadJOSEException | com.nimbusds.jose.JOSEException e) {
            return refused("the ID token is not valid (" + e.getMessage() + ")");
        }
    }

    private static Outcome<String> refused(String why) {
        return Outcome.refused(new Refusal(ErrorCode.SRV_016, why));
    }
}
