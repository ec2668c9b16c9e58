package org.missionledger.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.missionledger.MissionLedgerApplication;
import org.missionledger.platform.eventstore.GlobalIndexEventStorageEngine;
import org.missionledger.support.Http;
import org.missionledger.support.Requests;
import org.missionledger.support.TestStore;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Thousands of generated malformed and boundary requests against every write endpoint: each is answered with a 4xx
 * problem detail — never a 5xx — and the event store does not change.
 */
class HostileInputIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ConfigurableApplicationContext app;
    private static Http http;
    private static GlobalIndexEventStorageEngine engine;

    /** One write endpoint and a valid body for it (against the seeded mission and indicator). */
    record Endpoint(String path, String validBody) {}

    /** A request to send. */
    record HostileRequest(String path, String contentType, String body, List<String> headers) {
        @Override
        public String toString() {
            String shown = body.length() > 300 ? body.substring(0, 300) + "…(" + body.length() + " chars)" : body;
            return "POST " + path + " [" + contentType + "] " + headers + " " + shown;
        }
    }

    private static final String SOURCE = Requests.SOURCE;
    private static final String TERMS =
            """
            {"wording": "Revised target", "comparator": "AT_LEAST", "goalValue": 80, "unit": "%",
             "deadline": "2031-12-31", "geography": "Great Britain"}""";

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("/api/missions", Requests.declareMission("new-mission")),
            new Endpoint(
                    "/api/missions/hostile/rewordings",
                    "{\"statement\": \"New wording\", \"reason\": \"r\", \"source\": " + SOURCE + "}"),
            new Endpoint("/api/missions/hostile/achievement", Requests.reason("Achieved")),
            new Endpoint("/api/missions/hostile/drop", Requests.reason("Dropped")),
            new Endpoint(
                    "/api/missions/hostile/supersession",
                    "{\"successorMissionId\": \"successor\", \"reason\": \"r\", \"source\": " + SOURCE + "}"),
            new Endpoint(
                    "/api/missions/hostile/targets", Requests.setTarget("t-new", "A new target", "50", "2030-12-31")),
            new Endpoint(
                    "/api/missions/hostile/targets/t1/revisions",
                    "{\"terms\": " + TERMS + ", \"reason\": \"r\", \"source\": " + SOURCE + "}"),
            new Endpoint("/api/missions/hostile/targets/t1/drop", Requests.reason("Dropped")),
            new Endpoint("/api/missions/hostile/targets/t1/reinstatement", Requests.reason("Back")),
            new Endpoint(
                    "/api/missions/hostile/targets/t1/supersession",
                    "{\"successorTargetId\": \"t2\", \"reason\": \"r\", \"source\": " + SOURCE + "}"),
            new Endpoint(
                    "/api/missions/hostile/tenures",
                    Requests.assign("tenure-new", "A. Person", "Minister", "2024-07-05")),
            new Endpoint(
                    "/api/missions/hostile/tenures/owner/end",
                    "{\"effectiveTo\": \"2025-01-01\", \"reason\": \"r\", \"source\": " + SOURCE + "}"),
            new Endpoint(
                    "/api/missions/hostile/tenures/owner/reassignment",
                    "{\"newTenureId\": \"owner-2\", \"holder\": {\"name\": \"B. Person\", \"post\": \"Minister\"},"
                            + " \"effectiveFrom\": \"2025-01-01\", \"reason\": \"r\", \"source\": " + SOURCE + "}"),
            new Endpoint(
                    "/api/missions/hostile/corrections",
                    "{\"correctedEventId\": \"e1\", \"corrections\": {\"title\": \"T\"}, \"reason\": \"typo\"}"),
            new Endpoint(
                    "/api/indicators",
                    "{\"indicatorId\": \"new-indicator\", \"name\": \"Series\", \"unit\": \"%\", \"publisher\": "
                            + "\"ONS\", \"frequency\": \"ANNUAL\", \"source\": " + SOURCE + "}"),
            new Endpoint(
                    "/api/indicators/series/methodology-changes",
                    "{\"measurementBasis\": \"New basis\", \"reason\": \"r\", \"source\": " + SOURCE + "}"),
            new Endpoint(
                    "/api/indicators/series/readings",
                    "{\"period\": \"2021\", \"value\": 12.5, \"publishedOn\": \"2022-01-01\", \"source\": " + SOURCE
                            + "}"),
            new Endpoint(
                    "/api/indicators/series/reading-revisions",
                    "{\"period\": \"2020\", \"value\": 13.5, \"publishedOn\": \"2022-01-01\", \"reason\": \"r\","
                            + " \"source\": " + SOURCE + "}"),
            new Endpoint(
                    "/api/indicators/series/reading-withdrawals",
                    "{\"period\": \"2020\", \"reason\": \"r\", \"source\": " + SOURCE + "}"),
            new Endpoint(
                    "/api/indicators/series/corrections",
                    "{\"correctedEventId\": \"e1\", \"corrections\": {\"name\": \"N\"}, \"reason\": \"typo\"}"));

    @BeforeContainer
    static void start() {
        List<String> args = new ArrayList<>(List.of("--server.port=0"));
        TestStore.properties().forEach((k, v) -> args.add("--" + k + "=" + v));
        app = new SpringApplicationBuilder(MissionLedgerApplication.class).run(args.toArray(String[]::new));
        http = new Http(((WebServerApplicationContext) app).getWebServer().getPort());
        engine = app.getBean(GlobalIndexEventStorageEngine.class);
        expectCreated(http.post("/api/missions", Requests.declareMission("hostile")));
        expectCreated(http.post("/api/missions", Requests.declareMission("successor")));
        expectCreated(http.post("/api/missions/hostile/targets", Requests.setTarget("t1", "One", "90", "2030-12-31")));
        expectCreated(http.post("/api/missions/hostile/targets", Requests.setTarget("t2", "Two", "90", "2030-12-31")));
        expectCreated(http.post(
                "/api/missions/hostile/tenures", Requests.assign("owner", "A. Minister", "Minister", "2024-07-05")));
        expectCreated(http.post("/api/indicators", ENDPOINTS.get(14).validBody().replace("new-indicator", "series")));
        http.post(
                "/api/indicators/series/readings", ENDPOINTS.get(16).validBody().replace("2021", "2020"));
        // each template is valid: prove it on a copy of the app's state would record, so mutations are meaningful
    }

    private static void expectCreated(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    @AfterContainer
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Property(tries = 2000, seed = "20261128")
    void malformedAndBoundaryRequestsGetA4xxProblemAndRecordNothing(@ForAll("hostileRequests") HostileRequest r) {
        long head = engine.headIndex();
        List<String> headers = new ArrayList<>(r.headers());
        Http.Response response = http.postRaw(r.path(), r.contentType(), r.body(), headers.toArray(String[]::new));
        assertThat(response.status()).as(r + " → " + response.body()).isBetween(400, 499);
        assertThat(response.header("Content-Type")).as(r.toString()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.has("type") && problem.has("title") && problem.has("status"))
                .as(r.toString())
                .isTrue();
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "com.fasterxml", "org.springframework");
        assertThat(engine.headIndex()).as("nothing recorded for " + r).isEqualTo(head);
    }

    @Provide
    Arbitrary<HostileRequest> hostileRequests() {
        Arbitrary<Endpoint> endpoint = Arbitraries.of(ENDPOINTS);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(
                        6,
                        Combinators.combine(endpoint, mutations(), Arbitraries.longs())
                                .as((e, mutation, seed) -> mutate(e, mutation, seed))),
                net.jqwik.api.Tuple.of(
                        2,
                        Combinators.combine(endpoint, garbage())
                                .as((e, body) -> new HostileRequest(e.path(), "application/json", body, List.of()))),
                net.jqwik.api.Tuple.of(
                        1,
                        Combinators.combine(
                                        endpoint,
                                        Arbitraries.of(
                                                "text/plain",
                                                "application/xml",
                                                "application/x-www-form-urlencoded",
                                                "multipart/form-data; boundary=x"))
                                .as((e, type) -> new HostileRequest(e.path(), type, e.validBody(), List.of()))),
                net.jqwik.api.Tuple.of(
                        1,
                        Combinators.combine(endpoint, badHeaders())
                                .as((e, header) -> new HostileRequest(
                                        e.path(), "application/json", invalidate(e.validBody()), header))),
                net.jqwik.api.Tuple.of(
                        1,
                        Combinators.combine(
                                        Arbitraries.of(ENDPOINTS.stream()
                                                .filter(e -> e.path().contains("/hostile")
                                                        || e.path().contains("/series"))
                                                .toList()),
                                        badIds())
                                .as((e, id) -> new HostileRequest(
                                        e.path().replace("hostile", id).replace("series", id),
                                        "application/json",
                                        e.validBody(),
                                        List.of()))));
    }

    /** Ways to break a field, each invalid wherever it is applied. */
    enum Mutation {
        WRONG_TYPE_OBJECT,
        CONTROL_CHARACTERS,
        TOO_LONG,
        UNKNOWN_FIELD,
        BOUNDARY_NUMBER,
        BAD_DATE,
        REMOVE_REQUIRED
    }

    Arbitrary<Mutation> mutations() {
        return Arbitraries.of(Mutation.class);
    }

    private static HostileRequest mutate(Endpoint endpoint, Mutation mutation, long seed) {
        java.util.Random random = new java.util.Random(seed);
        ObjectNode body = (ObjectNode) read(endpoint.validBody());
        List<Slot> slots = new ArrayList<>();
        collect(body, slots);
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (mutation) {
            case UNKNOWN_FIELD -> {
                List<Slot> objects =
                        slots.stream().filter(s -> s.value().isObject()).toList();
                ObjectNode target = objects.isEmpty()
                        ? body
                        : (ObjectNode)
                                objects.get(random.nextInt(objects.size())).value();
                target.put(pick(random, "actor", "metaData", "recordedAt", "__proto__", "$where", "version"), "x");
            }
            case REMOVE_REQUIRED -> {
                String required = pick(
                        random,
                        "source",
                        "reason",
                        "title",
                        "statement",
                        "body",
                        "terms",
                        "holder",
                        "period",
                        "value",
                        "name",
                        "corrections");
                if (!removeEverywhere(body, required)) {
                    body.put("unexpected", true);
                }
            }
            default -> {
                List<Slot> numbers =
                        slots.stream().filter(x -> x.value().isNumber()).toList();
                Slot slot = mutation == Mutation.BOUNDARY_NUMBER && !numbers.isEmpty()
                        ? numbers.get(random.nextInt(numbers.size()))
                        : slots.get(random.nextInt(slots.size()));
                JsonNode replacement =
                        switch (mutation) {
                            case WRONG_TYPE_OBJECT -> f.objectNode().put("nested", 1);
                            case CONTROL_CHARACTERS -> f.textNode(
                                    "bad\u0000value\u0007" + (char) (1 + random.nextInt(8)));
                            case TOO_LONG -> f.textNode("x".repeat(5_001 + random.nextInt(50_000)));
                            case BOUNDARY_NUMBER -> slot.value().isNumber()
                                    ? f.numberNode(new java.math.BigDecimal(pick(
                                            random,
                                            "1000000000000000.5",
                                            "-1e16",
                                            "0.0000001",
                                            "1e400",
                                            "123456789012345678")))
                                    : f.arrayNode().add(1e308).add(-1e308);
                            case BAD_DATE -> f.textNode(pick(
                                    random,
                                    "2024-02-30",
                                    "1899-12-31",
                                    "2201-01-01",
                                    "yesterday",
                                    "2024-13-01",
                                    "24-01-01",
                                    "+999999999-12-31"));
                            default -> throw new IllegalStateException();
                        };
                if (mutation == Mutation.BAD_DATE && !looksLikeDate(slot.value())) {
                    replacement = f.arrayNode().add(1).add(2);
                }
                slot.parent().set(slot.name(), replacement);
            }
        }
        return new HostileRequest(endpoint.path(), "application/json", body.toString(), List.of());
    }

    private static boolean looksLikeDate(JsonNode value) {
        return value.isTextual() && value.asText().matches("\\d{4}-\\d{2}-\\d{2}");
    }

    private static String invalidate(String validBody) {
        ObjectNode body = (ObjectNode) read(validBody);
        body.put("unexpectedField", 1);
        return body.toString();
    }

    Arbitrary<String> garbage() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(200),
                Arbitraries.strings()
                        .withChars("{}[]\":,0123456789truefalsn \\")
                        .ofMaxLength(200),
                Arbitraries.of(
                        "",
                        "null",
                        "[]",
                        "{}",
                        "0",
                        "\"text\"",
                        "{\"a\":",
                        "[[[[",
                        "{\"missionId\": }",
                        "[".repeat(3_000) + "]".repeat(3_000),
                        "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000),
                        "\u0000\u0001\u0002",
                        "{\"body\": \"" + "\\u0000".repeat(100) + "\"}"));
    }

    Arbitrary<List<String>> badHeaders() {
        return Arbitraries.of(
                List.of("If-Match", "not-an-etag"),
                List.of("If-Match", "\"-1\""),
                List.of("If-Match", "\"99999999999999999999\""),
                List.of("Idempotency-Key", "x".repeat(300)),
                List.of("Idempotency-Key", "has space"),
                List.of("Idempotency-Key", "tab\tin"));
    }

    Arbitrary<String> badIds() {
        return Arbitraries.of(
                "UPPER",
                "with%20space",
                "%00",
                "..",
                "a" + "b".repeat(100),
                "-leading",
                "x%2Fy",
                "%C3%A9t%C3%A9",
                "unknown-but-valid");
    }

    private record Slot(ObjectNode parent, String name, JsonNode value) {}

    private static void collect(ObjectNode node, List<Slot> slots) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            slots.add(new Slot(node, field.getKey(), field.getValue()));
            if (field.getValue() instanceof ObjectNode child && !field.getKey().equals("corrections")) {
                collect(child, slots);
            }
        }
    }

    private static boolean removeEverywhere(ObjectNode node, String name) {
        boolean removed = node.remove(name) != null;
        Iterator<JsonNode> children = node.elements();
        while (children.hasNext()) {
            if (children.next() instanceof ObjectNode child) {
                removed |= removeEverywhere(child, name);
            }
        }
        return removed;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SafeVarargs
    private static <T> T pick(java.util.Random random, T... options) {
        return options[random.nextInt(options.length)];
    }
}
