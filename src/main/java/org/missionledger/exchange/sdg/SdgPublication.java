package org.missionledger.exchange.sdg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.missionledger.common.api.FeatureApi;
import org.missionledger.common.api.Source;

/**
 * What an Open SDG indicator file does not say and the ledger needs: which indicator its headline series is, the
 * publication it comes from and when that was published. Given on the command line, or in a small YAML beside the CSV
 * ({@code indicator_1-1-1.yaml} next to {@code indicator_1-1-1.csv}); the command line wins.
 *
 * @param indicatorId the ledger's indicator
 * @param source the publication (title, publisher, url, publishedOn)
 * @param publishedOn when the values were published (default: the source's publication date)
 * @param vintage the publisher's release or vintage code, if any
 * @param reason why values of years already recorded changed (default: they were revised in this publication)
 * @param units the {@code Units} of the headline rows to read, when the file has several
 * @param series the {@code Series} of the headline rows to read, when the file has several
 */
@FeatureApi("a parameter of the SDG import")
public record SdgPublication(
        String indicatorId,
        Source source,
        LocalDate publishedOn,
        String vintage,
        String reason,
        String units,
        String series) {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    public static SdgPublication none() {
        return new SdgPublication(null, null, null, null, null, null, null);
    }

    /** The YAML beside {@code csv} ({@code .yaml} or {@code .yml}), if there is one. */
    public static Optional<Path> besideOf(Path csv) {
        String name = csv.getFileName().toString();
        String base = name.toLowerCase().endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        for (String ext : new String[] {".yaml", ".yml"}) {
            Path yaml = csv.resolveSibling(base + ext);
            if (Files.isRegularFile(yaml)) {
                return Optional.of(yaml);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a publication YAML: {@code indicator}, {@code source {title, publisher, url, publishedOn}}, {@code
     * publishedOn}, {@code vintage}, {@code reason}, {@code units}, {@code series}.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static SdgPublication read(Path yaml) throws IOException {
        JsonNode node = YAML.readTree(yaml.toFile());
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(yaml + " is not a YAML mapping");
        }
        JsonNode s = node.path("source");
        Source source = s.isObject()
                ? new Source(
                        text(s, "title"),
                        text(s, "publisher"),
                        text(s, "url"),
                        date(s, "publishedOn", yaml),
                        text(s, "contentSha256"))
                : null;
        return new SdgPublication(
                text(node, "indicator"),
                source,
                date(node, "publishedOn", yaml),
                text(node, "vintage"),
                text(node, "reason"),
                text(node, "units"),
                text(node, "series"));
    }

    /** This publication with every field {@code override} gives replaced. */
    public SdgPublication overriddenBy(SdgPublication override) {
        return new SdgPublication(
                or(override.indicatorId, indicatorId),
                override.source != null ? override.source : source,
                or(override.publishedOn, publishedOn),
                or(override.vintage, vintage),
                or(override.reason, reason),
                or(override.units, units),
                or(override.series, series));
    }

    /** When the values were published: as given, or the source's publication date. */
    public LocalDate effectivePublishedOn() {
        return publishedOn != null ? publishedOn : source == null ? null : source.publishedOn();
    }

    private static <T> T or(T first, T second) {
        return first != null ? first : second;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static LocalDate date(JsonNode node, String field, Path file) {
        String text = text(node, field);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(file + ": " + field + " '" + text + "' is not a date (yyyy-mm-dd)");
        }
    }
}
