package org.missionledger.ledger.witness;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The witness over HTTP (the JDK's own server, no framework):
 *
 * <ul>
 *   <li>{@code POST <prefix>/add-checkpoint} — C2SP {@code tlog-witness};
 *   <li>{@code GET <prefix>/<origin hash>/checkpoint} — the monitoring API: the latest cosigned checkpoint;
 *   <li>{@code GET <prefix>/conflicts} — split-view evidence, JSON, both signed notes of each conflict;
 *   <li>{@code GET <prefix>/} — what this witness is: its key and the logs it witnesses (JSON).
 * </ul>
 */
public final class WitnessServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WitnessServer.class);
    static final int MAX_REQUEST_BYTES = 1 << 20;

    private final Witness witness;
    private final String prefix;
    private final HttpServer server;
    private final ExecutorService executor;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private WitnessServer(Witness witness, InetSocketAddress address, String prefix) throws IOException {
        this.witness = Objects.requireNonNull(witness, "witness");
        this.prefix = normalisePrefix(prefix);
        this.server = HttpServer.create(address, 64);
        this.executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "witness-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext(this.prefix.isEmpty() ? "/" : this.prefix + "/", this::handle);
    }

    /** Starts a witness server; port 0 picks a free port ({@link #port()}). */
    public static WitnessServer start(Witness witness, InetSocketAddress address, String prefix) throws IOException {
        WitnessServer started = new WitnessServer(witness, address, prefix);
        started.server.start();
        return started;
    }

    static String normalisePrefix(String prefix) {
        String p = prefix == null ? "" : prefix.strip();
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (!p.isEmpty() && !p.startsWith("/")) {
            p = "/" + p;
        }
        return p;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** The submission (and monitoring) prefix as a URL, e.g. {@code http://127.0.0.1:7380/witness}. */
    public String url() {
        String host = server.getAddress().getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + port() + prefix;
    }

    public Witness witness() {
        return witness;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String local = path.length() >= prefix.length() ? path.substring(prefix.length()) : path;
            String method = exchange.getRequestMethod();
            if (local.equals("/add-checkpoint")) {
                if (!method.equals("POST")) {
                    send(exchange, Witness.Response.text(405, "add-checkpoint takes POST"), "POST");
                    return;
                }
                byte[] body = readBody(exchange);
                if (body == null) {
                    send(exchange, Witness.Response.text(413, "request larger than " + MAX_REQUEST_BYTES + " bytes"));
                    return;
                }
                Witness.Response response = witness.addCheckpoint(body);
                if (response.status() != 200) {
                    log.info(
                            "add-checkpoint from {}: {} {}",
                            exchange.getRemoteAddress(),
                            response.status(),
                            response.body().strip());
                }
                send(exchange, response);
                return;
            }
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, Witness.Response.text(405, "only GET here"), "GET, HEAD");
                return;
            }
            if (local.equals("/conflicts")) {
                send(
                        exchange,
                        new Witness.Response(
                                200,
                                "application/json",
                                json.writeValueAsString(
                                        Map.of("conflicts", witness.state().conflicts()))));
            } else if (local.matches("/[0-9a-f]{64}/checkpoint")) {
                String hash = local.substring(1, 65);
                send(
                        exchange,
                        witness.latestCheckpoint(hash)
                                .map(note -> new Witness.Response(200, "text/plain; charset=utf-8", note))
                                .orElse(Witness.Response.text(
                                        404, "this witness has cosigned no checkpoint of that log")));
            } else if (local.equals("/") || local.isEmpty()) {
                Map<String, Object> about = new LinkedHashMap<>();
                about.put("witness", witness.verifierKey().name());
                about.put("key", witness.verifierKey().format());
                about.put("submission", prefix + "/add-checkpoint");
                Map<String, Object> logs = new LinkedHashMap<>();
                witness.logs().forEach((origin, keys) -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("keys", keys.stream().map(Object::toString).toList());
                    entry.put("checkpoint", prefix + "/" + WitnessState.originHash(origin) + "/checkpoint");
                    entry.put(
                            "cosignedSize",
                            witness.state()
                                    .latest(origin)
                                    .map(WitnessState.Cosigned::size)
                                    .orElse(null));
                    logs.put(origin, entry);
                });
                about.put("logs", logs);
                about.put("conflicts", witness.state().conflicts().size());
                send(exchange, new Witness.Response(200, "application/json", json.writeValueAsString(about)));
            } else {
                send(exchange, Witness.Response.text(404, "not found"));
            }
        } catch (RuntimeException e) {
            log.error("witness request failed", e);
            try {
                send(exchange, Witness.Response.text(500, "internal error; nothing was cosigned"));
            } catch (IOException | RuntimeException ignored) {
                // the response had started
            }
        }
    }

    private static byte[] readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_REQUEST_BYTES + 1);
            return body.length > MAX_REQUEST_BYTES ? null : body;
        }
    }

    private static void send(HttpExchange exchange, Witness.Response response, String... allow) throws IOException {
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (allow.length > 0) {
            exchange.getResponseHeaders().set("Allow", String.join(", ", List.of(allow)));
        }
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(response.status(), head ? -1 : bytes.length == 0 ? -1 : bytes.length);
        if (!head && bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** Stops serving (in-flight requests are cut short; none is answered before its commit) and releases the state directory. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        witness.state().close();
    }
}
