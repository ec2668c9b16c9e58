package org.missionledger.common.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The public document that evidences a change, and optionally what it said when it was cited: the SHA-256 of the
 * document as retrieved, when it was retrieved, and where an archived copy can be read.
 *
 * <p>{@code retrievedAt} and {@code archivedUrl} came after the first events were stored: they are left out of the
 * stored JSON when absent, so an event without them keeps exactly the bytes it was hashed with, and an event stored
 * before they existed reads back with them {@code null}.
 *
 * @param title the document's title
 * @param publisher who published it
 * @param url where it can be read (http or https)
 * @param publishedOn its publication date; {@code null} when unknown (never guessed)
 * @param contentSha256 optional hex SHA-256 of the document as retrieved (stored in lowercase)
 * @param retrievedAt optional: when the document was retrieved (not in the future)
 * @param archivedUrl optional: an archived copy (e.g. a web archive snapshot), http or https
 */
public record Source(
        @NotBlank @Size(max = 500) @Pattern(regexp = Text.NO_CONTROL_CHARACTERS, message = Text.NO_CONTROL_MESSAGE)
                String title,
        @NotBlank @Size(max = 200) @Pattern(regexp = Text.NO_CONTROL_CHARACTERS, message = Text.NO_CONTROL_MESSAGE)
                String publisher,
        @NotNull @Size(max = 2000) @Pattern(regexp = URL, message = URL_MESSAGE) String url,
        @Dates.Sane LocalDate publishedOn,
        @Pattern(regexp = SHA256, message = SHA256_MESSAGE) String contentSha256,
        @JsonInclude(JsonInclude.Include.NON_NULL) @PastOrPresent(message = "must not be in the future")
                Instant retrievedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Size(max = 2000) @Pattern(regexp = URL, message = URL_MESSAGE)
                String archivedUrl) {

    /** An http or https URL. */
    public static final String URL = "https?://[^\\s]+";

    public static final String URL_MESSAGE = "must be an http or https URL";

    /** A SHA-256 digest in hex (either case on input; stored in lowercase). */
    public static final String SHA256 = "[0-9a-fA-F]{64}";

    public static final String SHA256_MESSAGE = "must be 64 hex characters (SHA-256)";

    /** The fields of a source, in display order. */
    public static final java.util.List<String> FIELDS = java.util.List.of(
            "title", "publisher", "url", "publishedOn", "contentSha256", "retrievedAt", "archivedUrl");

    public Source {
        if (contentSha256 != null && contentSha256.matches(SHA256)) {
            contentSha256 = contentSha256.toLowerCase(Locale.ROOT);
        }
    }

    /** A source without evidence of what it said (no retrieval time, no archived copy). */
    public Source(String title, String publisher, String url, LocalDate publishedOn, String contentSha256) {
        this(title, publisher, url, publishedOn, contentSha256, null, null);
    }

    /** Whether the source carries any evidence of what it said: a hash, a retrieval time or an archived copy. */
    public boolean anchored() {
        return contentSha256 != null || retrievedAt != null || archivedUrl != null;
    }

    /** The display value of one field (one of {@link #FIELDS}). */
    public String fieldValue(String field) {
        return switch (field) {
            case "title" -> title;
            case "publisher" -> publisher;
            case "url" -> url;
            case "publishedOn" -> publishedOn == null ? null : publishedOn.toString();
            case "contentSha256" -> contentSha256;
            case "retrievedAt" -> retrievedAt == null ? null : retrievedAt.toString();
            case "archivedUrl" -> archivedUrl;
            default -> throw new IllegalArgumentException("Unknown source field " + field);
        };
    }

    /** A copy with one field replaced by a display value as produced by {@link #fieldValue(String)}. */
    public Source withField(String field, String value) {
        return switch (field) {
            case "title" -> new Source(value, publisher, url, publishedOn, contentSha256, retrievedAt, archivedUrl);
            case "publisher" -> new Source(title, value, url, publishedOn, contentSha256, retrievedAt, archivedUrl);
            case "url" -> new Source(title, publisher, value, publishedOn, contentSha256, retrievedAt, archivedUrl);
            case "publishedOn" -> new Source(
                    title,
                    publisher,
                    url,
                    value == null ? null : LocalDate.parse(value),
                    contentSha256,
                    retrievedAt,
                    archivedUrl);
            case "contentSha256" -> new Source(title, publisher, url, publishedOn, value, retrievedAt, archivedUrl);
            case "retrievedAt" -> new Source(
                    title,
                    publisher,
                    url,
                    publishedOn,
                    contentSha256,
                    value == null ? null : Instant.parse(value),
                    archivedUrl);
            case "archivedUrl" -> new Source(title, publisher, url, publishedOn, contentSha256, retrievedAt, value);
            default -> throw new IllegalArgumentException("Unknown source field " + field);
        };
    }
}
