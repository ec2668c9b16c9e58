package org.missionledger.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A small HTTP client for integration tests: real requests to the application on its random port, signed in as the
 * test administrator unless told otherwise ({@link #as}, {@link #anonymous}).
 */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;
    private final String base;
    private final String authorization;

    /** A client signed in as the test administrator. */
    public Http(int port) {
        this(port, TestUsers.ADMIN);
    }

    /** A client signed in as {@code user}, or anonymous when {@code user} is null. */
    public Http(int port, TestUsers.User user) {
        this.port = port;
        this.base = "http://127.0.0.1:" + port;
        this.authorization = user == null
                ? null
                : "Basic "
                        + Base64.getEncoder()
                                .encodeToString((user.name() + ":" + user.password()).getBytes(StandardCharsets.UTF_8));
    }

    public Http as(TestUsers.User user) {
        return new Http(port, user);
    }

    public Http anonymous() {
        return as(null);
    }

    public String base() {
        return base;
    }

    /** An answer, with its body parsed as JSON on demand. */
    public record Response(int status, Map<String, List<String>> headers, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (" + status + "): " + body, e);
            }
        }

        /** The {@code data} of a query envelope. */
        public JsonNode data() {
            return json().get("data");
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    public Response get(String path) {
        return get(path, "application/json");
    }

    public Response get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", accept)
                .GET());
    }

    public Response post(String path, String json, String... headers) {
        return postRaw(path, "application/json", json, headers);
    }

    public Response postRaw(String path, String contentType, String body, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        for (int i = 0; i < headers.length; i += 2) {
            builder.setHeader(headers[i], headers[i + 1]);
        }
        return send(builder);
    }

    /** POSTs a command and fails unless it was recorded (2xx). */
    public Response command(String path, String json) {
        Response response = post(path, json);
        if (response.status() / 100 != 2) {
            throw new AssertionError("POST " + path + " answered " + response.status() + ": " + response.body());
        }
        return response;
    }

    private Response send(HttpRequest.Builder builder) {
        if (authorization != null) {
            builder.setHeader("Authorization", authorization);
        }
        try {
            HttpResponse<String> response =
                    CLIENT.send(builder.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
