package org.missionledger.common.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The public document that evidences a change.
 *
 * @param title the document's title
 * @param publisher who published it
 * @param url where it can be read (http or https)
 * @param publishedOn its publication date; {@code null} when unknown (never guessed)
 * @param contentSha256 optional hex SHA-256 of the document as retrieved
 */
public record Source(
        @NotBlank @Size(max = 500) @Pattern(regexp = Text.NO_CONTROL_CHARACTERS, message = Text.NO_CONTROL_MESSAGE)
                String title,
        @NotBlank @Size(max = 200) @Pattern(regexp = Text.NO_CONTROL_CHARACTERS, message = Text.NO_CONTROL_MESSAGE)
                String publisher,
        @NotNull @Size(max = 2000) @Pattern(regexp = "https?://[^\\s]+", message = "must be an http or https URL")
                String url,
        @Dates.Sane LocalDate publishedOn,
        @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 lowercase hex characters (SHA-256)")
                String contentSha256) {

    /** The display value of one field ({@code title, publisher, url, publishedOn, contentSha256}). */
    public String fieldValue(String field) {
        return switch (field) {
            case "title" -> title;
            case "publisher" -> publisher;
            case "url" -> url;
            case "publishedOn" -> publishedOn == null ? null : publishedOn.toString();
            case "contentSha256" -> contentSha256;
            default -> throw new IllegalArgumentException("Unknown source field " + field);
        };
    }

    /** A copy with one field replaced by a display value as produced by {@link #fieldValue(String)}. */
    public Source withField(String field, String value) {
        return switch (field) {
            case "title" -> new Source(value, publisher, url, publishedOn, contentSha256);
            case "publisher" -> new Source(title, value, url, publishedOn, contentSha256);
            case "url" -> new Source(title, publisher, value, publishedOn, contentSha256);
            case "publishedOn" -> new Source(
                    title, publisher, url, value == null ? null : LocalDate.parse(value), contentSha256);
            case "contentSha256" -> new Source(title, publisher, url, publishedOn, value);
            default -> throw new IllegalArgumentException("Unknown source field " + field);
        };
    }
}
