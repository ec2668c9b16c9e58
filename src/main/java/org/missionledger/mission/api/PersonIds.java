package org.missionledger.mission.api;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A person's identifier in the ledger, derived from their name as published: lower case, accents removed, words joined
 * by hyphens ("Ed Miliband" → {@code ed-miliband}, "Dr Priya Shah" → {@code dr-priya-shah}). Holders are recorded by
 * name (there is no register of people), so two people of the same name share a page; the page lists each tenure with
 * its post and mission, which tells them apart.
 */
public final class PersonIds {

    private PersonIds() {}

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }
}
