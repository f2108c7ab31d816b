package org.openpes.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** An operator at the API, as a browser would be: the session cookie it was given, and the CSRF token. */
final class OperatorClient {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final int port;
    String cookie;
    String csrf;

    OperatorClient(int port) {
        this.port = port;
    }

    /** Logs in; the response (200 with the account, or a problem). */
    HttpResponse<String> login(String username, String password) throws Exception {
        HttpResponse<String> r = send("POST", "/api/session", JSON.createObjectNode().put("username", username)
                .put("password", password).toString(), false);
        if (r.statusCode() == 200) {
            cookie = r.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            csrf = JSON.readTree(r.body()).get("csrfToken").asText();
        }
        return r;
    }

    static OperatorClient signedIn(int port, String username, String password) throws Exception {
        OperatorClient c = new OperatorClient(port);
        HttpResponse<String> r = c.login(username, password);
        if (r.statusCode() != 200) {
            throw new IllegalStateException(username + " could not log in: " + r.body());
        }
        return c;
    }

    HttpResponse<String> send(String method, String path, String body) throws Exception {
        return send(method, path, body, true);
    }

    HttpResponse<String> send(String method, String path, String body, boolean withCsrf) throws Exception {
        return send(method, path, body, withCsrf, null);
    }

    HttpResponse<String> send(String method, String path, String body, boolean withCsrf, String idempotencyKey)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        if (withCsrf && csrf != null) {
            b.header("X-CSRF-Token", csrf);
        }
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode ok(String method, String path, String body) throws Exception {
        HttpResponse<String> r = send(method, path, body);
        if (r.statusCode() >= 300) {
            throw new AssertionError(method + " " + path + " -> " + r.statusCode() + " " + r.body());
        }
        return r.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(r.body());
    }

    /** The problem's code of a refused request. */
    static String code(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body()).path("code").asText();
    }
}
