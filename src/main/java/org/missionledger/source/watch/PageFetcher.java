package org.missionledger.source.watch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Fetches one cited page with {@link HttpClient}: a conditional GET (the {@code ETag} and {@code Last-Modified} of the
 * last observation as {@code If-None-Match} and {@code If-Modified-Since}), redirects followed, at most
 * {@code maxBytes} of the body read.
 */
final class PageFetcher {

    /**
     * What the server answered.
     *
     * @param status the HTTP status (304: not modified since the last observation)
     * @param body the body (empty for 304), cut at {@code maxBytes}
     * @param truncated whether the body was cut
     * @param contentType the {@code Content-Type}
     * @param etag the {@code ETag}
     * @param lastModified the {@code Last-Modified}
     */
    record Fetched(int status, byte[] body, boolean truncated, String contentType, String etag, String lastModified) {}

    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;
    private final String userAgent;

    PageFetcher(Duration timeout, long maxBytes, String userAgent) {
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(timeout)
                .build();
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.userAgent = userAgent;
    }

    Fetched fetch(URI uri, String etag, String lastModified) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("User-Agent", userAgent)
                .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.8")
                .GET();
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            boolean truncated = body.length > maxBytes;
            if (truncated) {
                body = java.util.Arrays.copyOf(body, (int) maxBytes);
            }
            return new Fetched(
                    response.statusCode(),
                    body,
                    truncated,
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null));
        }
    }
}
