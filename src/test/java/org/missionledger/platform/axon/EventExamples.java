package org.missionledger.platform.axon;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.missionledger.common.api.AlterationKind;
import org.missionledger.common.api.FieldChange;
import org.missionledger.common.api.Source;
import org.missionledger.indicator.api.Frequency;
import org.missionledger.indicator.api.IndicatorDefined;
import org.missionledger.indicator.api.IndicatorMethodologyChanged;
import org.missionledger.indicator.api.IndicatorRecordCorrected;
import org.missionledger.indicator.api.ReadingRecorded;
import org.missionledger.indicator.api.ReadingRevised;
import org.missionledger.indicator.api.ReadingWithdrawn;
import org.missionledger.mission.api.AccountabilityAssigned;
import org.missionledger.mission.api.AccountabilityEnded;
import org.missionledger.mission.api.AccountabilityReassigned;
import org.missionledger.mission.api.AccountableRole;
import org.missionledger.mission.api.Body;
import org.missionledger.mission.api.BodyKind;
import org.missionledger.mission.api.Comparator;
import org.missionledger.mission.api.Holder;
import org.missionledger.mission.api.MissionAchieved;
import org.missionledger.mission.api.MissionDeclared;
import org.missionledger.mission.api.MissionDropped;
import org.missionledger.mission.api.MissionNoted;
import org.missionledger.mission.api.MissionRecordCorrected;
import org.missionledger.mission.api.MissionReworded;
import org.missionledger.mission.api.MissionSuperseded;
import org.missionledger.mission.api.NoteKind;
import org.missionledger.mission.api.RoleKind;
import org.missionledger.mission.api.TargetDropped;
import org.missionledger.mission.api.TargetReinstated;
import org.missionledger.mission.api.TargetRevised;
import org.missionledger.mission.api.TargetSet;
import org.missionledger.mission.api.TargetSuperseded;
import org.missionledger.mission.api.TargetTerms;

/**
 * One fixed instance of every event, written out literally (not from the aggregate tests' builders) so that the pinned
 * JSON changes only when an event's shape changes. Between them they use nulls, decimals with a scale, lists, enums
 * and dates.
 */
final class EventExamples {

    private EventExamples() {}

    static final Source SOURCE = new Source(
            "Plan for Change: milestones for mission-led government",
            "Prime Minister's Office",
            "https://www.gov.uk/missions",
            LocalDate.of(2024, 12, 5),
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");

    static final Source SOURCE_WITHOUT_DATE_OR_HASH = new Source(
            "Keir Starmer to launch Labour's five national missions",
            "ITV News",
            "https://www.itv.com/news/2023-02-23/keir-starmer-to-launch-labours-five-national-missions",
            null,
            null);

    static final TargetTerms TERMS = new TargetTerms(
            "13,000 more neighbourhood police and police community support officers",
            "neighbourhood-officers",
            new BigDecimal("0"),
            LocalDate.of(2024, 3, 31),
            Comparator.AT_LEAST,
            new BigDecimal("13000"),
            "officers",
            LocalDate.of(2029, 3, 31),
            "England and Wales",
            null);

    static final TargetTerms REVISED_TERMS = new TargetTerms(
            "13,000 additional officers, PCSOs and special constables in neighbourhood roles",
            "neighbourhood-officers",
            new BigDecimal("0"),
            LocalDate.of(2024, 3, 31),
            Comparator.AT_LEAST,
            new BigDecimal("13000.5"),
            "officers",
            LocalDate.of(2029, 12, 31),
            "England and Wales",
            "Full-time equivalent, neighbourhood roles");

    static final Holder HOLDER = new Holder("Alex Rivers", "Home Secretary");

    /** One instance of every event of the mission and indicator APIs. */
    static List<Object> all() {
        return List.of(
                new org.missionledger.source.api.SourceObserved(
                        "4b1c0d1e5b0f8e5c3a9d2f7e6c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b",
                        2,
                        "https://www.gov.uk/missions",
                        java.time.Instant.parse("2025-02-10T09:00:00Z"),
                        200,
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                        "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752",
                        "Missions\nReduce serious violent crime by 2034",
                        false,
                        "text/html; charset=utf-8",
                        "\"abc123\"",
                        "Mon, 10 Feb 2025 08:00:00 GMT"),
                new org.missionledger.source.api.SourceChangeLinked(
                        "4b1c0d1e5b0f8e5c3a9d2f7e6c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b",
                        2,
                        7,
                        "3f1d8c2a-0000-4000-8000-000000000007",
                        "safer-streets",
                        null),
                new org.missionledger.source.api.SourceChangeDismissed(
                        "4b1c0d1e5b0f8e5c3a9d2f7e6c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b",
                        3,
                        "Only the cookie banner changed"),
                new MissionDeclared(
                        "safer-streets",
                        new Body("uk-labour", "The Labour Party", BodyKind.POLITICAL_PARTY),
                        "Safer streets",
                        "Make Britain's streets safe\nby reforming the police and justice system",
                        "policing",
                        LocalDate.of(2023, 2, 23),
                        null,
                        SOURCE_WITHOUT_DATE_OR_HASH),
                new MissionReworded(
                        "safer-streets",
                        List.of(new FieldChange("title", "Safer streets", "Take back our streets")),
                        "Take back our streets",
                        "Make Britain's streets safe\nby reforming the police and justice system",
                        "Restated in the Plan for Change",
                        SOURCE,
                        LocalDate.of(2024, 12, 5)),
                new MissionAchieved("safer-streets", "Declared met", SOURCE, null),
                new MissionNoted(
                        "safer-streets",
                        NoteKind.NO_MEASURABLE_TARGET,
                        "The sources publish no measurable target",
                        SOURCE,
                        null),
                new MissionDropped(
                        "safer-streets", "Dropped at the spending review", SOURCE, LocalDate.of(2025, 6, 11)),
                new MissionSuperseded(
                        "safer-streets", "take-back-our-streets", "Replaced", SOURCE, LocalDate.of(2024, 12, 5)),
                new MissionRecordCorrected(
                        "safer-streets",
                        "5e0f6a2c-1b7d-4d0e-9d43-0c2f7b8e9a11",
                        "target:neighbourhood-officers",
                        List.of(
                                new FieldChange("deadline", "2029-03-31", "2029-12-31"),
                                new FieldChange("source.contentSha256", null, "ab".repeat(32))),
                        "Mistyped when recorded"),
                new TargetSet("safer-streets", "neighbourhood-officers", TERMS, SOURCE, LocalDate.of(2024, 12, 5)),
                new TargetRevised(
                        "safer-streets",
                        "neighbourhood-officers",
                        TERMS,
                        REVISED_TERMS,
                        List.of(
                                new FieldChange("wording", TERMS.wording(), REVISED_TERMS.wording()),
                                new FieldChange("goalValue", "13000", "13000.5"),
                                new FieldChange("deadline", "2029-03-31", "2029-12-31"),
                                new FieldChange("measurementBasis", null, REVISED_TERMS.measurementBasis())),
                        List.of(AlterationKind.POSTPONED, AlterationKind.REWORDED, AlterationKind.METRIC_CHANGED),
                        "Restated in the Plan for Change",
                        SOURCE,
                        null),
                new TargetDropped("safer-streets", "neighbourhood-officers", "Dropped", SOURCE, null),
                new TargetReinstated(
                        "safer-streets", "neighbourhood-officers", "Reinstated", SOURCE, LocalDate.of(2025, 1, 6)),
                new TargetSuperseded(
                        "safer-streets", "neighbourhood-officers", "neighbourhood-roles", "Replaced", SOURCE, null),
                new AccountabilityAssigned(
                        "safer-streets",
                        "home-secretary-2024",
                        null,
                        new AccountableRole(RoleKind.LEAD_MINISTER, null),
                        HOLDER,
                        LocalDate.of(2024, 7, 5),
                        SOURCE),
                new AccountabilityEnded(
                        "safer-streets", "home-secretary-2024", LocalDate.of(2025, 9, 5), "Reshuffle", SOURCE),
                new AccountabilityReassigned(
                        "safer-streets",
                        "home-secretary-2024",
                        "home-secretary-2025",
                        "neighbourhood-officers",
                        new AccountableRole(RoleKind.OTHER, "Chair, Neighbourhood Policing Board"),
                        HOLDER,
                        new Holder("Sam Okafor", null),
                        LocalDate.of(2025, 9, 5),
                        "Reshuffle",
                        SOURCE),
                new IndicatorDefined(
                        "neighbourhood-officers",
                        "Officers, PCSOs and specials in neighbourhood roles",
                        "officers",
                        "Home Office",
                        "Police workforce, England and Wales",
                        null,
                        Frequency.ANNUAL,
                        null,
                        SOURCE),
                new IndicatorMethodologyChanged(
                        "neighbourhood-officers",
                        List.of(new FieldChange("measurementBasis", null, "Full-time equivalent")),
                        "Police workforce, England and Wales",
                        "Full-time equivalent",
                        "New workforce census",
                        SOURCE,
                        LocalDate.of(2025, 7, 23)),
                new IndicatorRecordCorrected(
                        "neighbourhood-officers",
                        "0c8e2f36-5d1a-4b7e-8f0a-3e6d9b2c4a57",
                        "reading:2024/25",
                        List.of(new FieldChange("value", "13001", "13010")),
                        "Transposed digits"),
                new ReadingRecorded(
                        "neighbourhood-officers",
                        "2024/25",
                        new BigDecimal("13001.50"),
                        LocalDate.of(2025, 7, 23),
                        "Police workforce, March 2025",
                        SOURCE),
                new ReadingRevised(
                        "neighbourhood-officers",
                        "2024/25",
                        new BigDecimal("13001.50"),
                        "Police workforce, March 2025",
                        new BigDecimal("-0.000001"),
                        LocalDate.of(2026, 1, 29),
                        null,
                        "Revised with late returns",
                        SOURCE),
                new ReadingWithdrawn("neighbourhood-officers", "2024/25", "Withdrawn for review", SOURCE));
    }
}
