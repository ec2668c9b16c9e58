package org.missionledger.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The running server's HTTP API, for commands that write through the ledger's one writer. */
final class ServerClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String url;
    private final String authorization;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ServerClient(String url, String user, String password) {
        this.url = url.replaceAll("/+$", "");
        this.authorization = user == null
                ? null
                : "Basic "
                        + Base64.getEncoder()
                                .encodeToString((user + ":" + (password == null ? "" : password))
                                        .getBytes(StandardCharsets.UTF_8));
    }

    String url() {
        return url;
    }

    /** A response: its status and its body as JSON (null when empty or not JSON). */
    record Answer(int status, JsonNode json, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The problem detail's words, or the status. */
        String problem() {
            if (json != null && json.hasNonNull("detail")) {
                return json.get("detail").asText() + " (HTTP " + status + ")";
            }
            return "HTTP " + status;
        }
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    Answer post(String path, HttpRequest.BodyPublisher body, String contentType)
            throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", contentType).POST(body));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(url + path)).header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.net.ConnectException e) {
            throw new StoreUnavailableException(
                    "The server at " + url + " does not answer; start it, or give" + " another one (--server URL).");
        }
        JsonNode json = null;
        try {
            json = response.body().isBlank() ? null : JSON.readTree(response.body());
        } catch (IOException notJson) {
            // a plain answer
        }
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new StoreUnavailableException("The server at " + url + " refused the credentials (HTTP "
                    + response.statusCode() + "); give --user NAME with MISSIONLEDGER_PASSWORD set, as an ADMIN.");
        }
        return new Answer(response.statusCode(), json, response.body());
    }
}
