package org.missionledger.common.api;

import java.time.LocalDate;

/** Builds a valid {@link Source}; every field can be replaced. */
public final class SourceBuilder {

    private String title = "Plan for Change: milestones for mission-led government";
    private String publisher = "Prime Minister's Office";
    private String url = "https://www.gov.uk/government/publications/plan-for-change";
    private LocalDate publishedOn = LocalDate.of(2024, 12, 5);
    private String contentSha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private java.time.Instant retrievedAt;
    private String archivedUrl;

    private SourceBuilder() {}

    public static SourceBuilder aSource() {
        return new SourceBuilder();
    }

    /** A valid source with the defaults. */
    public static Source source() {
        return aSource().build();
    }

    /** A second, different valid source, for "later evidence". */
    public static Source laterSource() {
        return aSource()
                .title("Clean Power 2030 Action Plan")
                .publisher("Department for Energy Security and Net Zero")
                .url("https://www.gov.uk/government/publications/clean-power-2030-action-plan")
                .publishedOn(LocalDate.of(2024, 12, 13))
                .contentSha256(null)
                .build();
    }

    public SourceBuilder title(String title) {
        this.title = title;
        return this;
    }

    public SourceBuilder publisher(String publisher) {
        this.publisher = publisher;
        return this;
    }

    public SourceBuilder url(String url) {
        this.url = url;
        return this;
    }

    public SourceBuilder publishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
        return this;
    }

    public SourceBuilder contentSha256(String contentSha256) {
        this.contentSha256 = contentSha256;
        return this;
    }

    public SourceBuilder retrievedAt(java.time.Instant retrievedAt) {
        this.retrievedAt = retrievedAt;
        return this;
    }

    public SourceBuilder archivedUrl(String archivedUrl) {
        this.archivedUrl = archivedUrl;
        return this;
    }

    public Source build() {
        return new Source(title, publisher, url, publishedOn, contentSha256, retrievedAt, archivedUrl);
    }
}
