package org.missionledger.support;

/** JSON bodies for the command API, as a client would write them. */
public final class Requests {

    private Requests() {}

    public static final String SOURCE =
            """
            {"title": "Plan for Change: milestones for mission-led government", "publisher": "GOV.UK",
             "url": "https://www.gov.uk/government/missions", "publishedOn": "2024-12-05"}""";

    public static String declareMission(String id) {
        return """
                {"missionId": "%s",
                 "body": {"id": "uk-government", "name": "UK Government", "kind": "NATIONAL_GOVERNMENT"},
                 "title": "Clean energy superpower",
                 "statement": "Making Britain a clean energy superpower with zero-carbon electricity by 2030",
                 "policyArea": "energy", "declaredOn": "2023-02-23", "horizon": "2030-12-31",
                 "source": %s}"""
                .formatted(id, SOURCE);
    }

    public static String setTarget(String targetId, String wording, String goal, String deadline) {
        return """
                {"targetId": "%s",
                 "terms": {"wording": "%s", "comparator": "AT_LEAST", "goalValue": %s, "unit": "%%",
                           "deadline": "%s", "geography": "Great Britain"},
                 "source": %s}"""
                .formatted(targetId, wording, goal, deadline, SOURCE);
    }

    public static String reviseTarget(String wording, String goal, String deadline) {
        return """
                {"terms": {"wording": "%s", "comparator": "AT_LEAST", "goalValue": %s, "unit": "%%",
                           "deadline": "%s", "geography": "Great Britain"},
                 "reason": "Restated in the Plan for Change", "source": %s}"""
                .formatted(wording, goal, deadline, SOURCE);
    }

    public static String assign(String tenureId, String name, String post, String from) {
        return """
                {"tenureId": "%s", "role": {"kind": "LEAD_MINISTER"},
                 "holder": {"name": "%s", "post": "%s"}, "effectiveFrom": "%s", "source": %s}"""
                .formatted(tenureId, name, post, from, SOURCE);
    }

    public static String reason(String reason) {
        return """
                {"reason": "%s", "source": %s}""".formatted(reason, SOURCE);
    }
}
