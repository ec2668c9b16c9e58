package org.missionledger.mission.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.missionledger.mission.api.Body;
import org.missionledger.platform.pages.Form;

/** Jurisdictions in words for the filters: "United Kingdom", "United Kingdom: GB-CMD". */
public final class Jurisdictions {

    private Jurisdictions() {}

    /** The country of an ISO 3166 code in English ("GB" → "United Kingdom"), or the code when unknown. */
    public static String name(String code) {
        if (code == null) {
            return "";
        }
        String country = code.substring(0, Math.min(2, code.length()));
        String name = new Locale("", country).getDisplayCountry(Locale.UK);
        String countryName = name == null || name.isBlank() || name.equals(country) ? country : name;
        return code.length() > 2 ? countryName + ": " + code : countryName;
    }

    /** One option per country of the bodies, and one per subdivision under it, in name order. */
    static List<Form.Option> options(Collection<Body> bodies) {
        TreeSet<String> codes = new TreeSet<>();
        for (Body body : bodies) {
            if (body.jurisdiction() != null) {
                codes.add(body.country());
                codes.add(body.jurisdiction());
            }
        }
        List<Form.Option> options = new ArrayList<>();
        codes.stream()
                .sorted(java.util.Comparator.comparing(Jurisdictions::name))
                .forEach(code -> options.add(new Form.Option(code, name(code))));
        return options;
    }
}
