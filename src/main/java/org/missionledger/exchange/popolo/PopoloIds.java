package org.missionledger.exchange.popolo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionledger.mission.api.AccountableRole;
import org.missionledger.mission.api.RoleKind;

/**
 * How the ledger's records are named in Popolo, and how a Popolo file's posts map back to missions — the one documented
 * rule ({@code docs/open-data.md}):
 *
 * <ul>
 *   <li>a <b>post</b> is a role for a mission or one of its targets; its id is {@code <missionId>#<role>} or {@code
 *       <missionId>/<targetId>#<role>}, where {@code <role>} is the role kind in lowercase with hyphens ({@code
 *       lead-minister}), followed by {@code :<title>} when the role has a title of its own. The part before {@code #}
 *       names the mission (and target) the tenures of that post are recorded for;
 *   <li>the post's {@code role} is the role kind ({@code LEAD_MINISTER}); a role that is not one of the ledger's kinds
 *       is recorded as {@code OTHER}, titled with that text;
 *   <li>a <b>membership</b> is a tenure; its id is {@code <missionId>/<tenureId>} (or the tenure id alone);
 *   <li>a <b>person</b> is a holder, identified by name: the id is the name in lowercase with hyphens.
 * </ul>
 */
public final class PopoloIds {

    private static final Pattern POST = Pattern.compile("([^/#]+)(?:/([^/#]+))?#(.+)");

    private PopoloIds() {}

    /** Where a post's tenures belong: a mission, and a target or none. */
    public record PostScope(String missionId, String targetId) {}

    public static String post(String missionId, String targetId, AccountableRole role) {
        String base = targetId == null ? missionId : missionId + "/" + targetId;
        String kind = role.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return base + "#" + kind + (role.title() == null ? "" : ":" + slug(role.title()));
    }

    /** The mission and target a post id names, if it follows the rule. */
    public static Optional<PostScope> scopeOfPost(String postId) {
        if (postId == null) {
            return Optional.empty();
        }
        Matcher m = POST.matcher(postId);
        return m.matches() ? Optional.of(new PostScope(m.group(1), m.group(2))) : Optional.empty();
    }

    public static String membership(String missionId, String tenureId) {
        return missionId + "/" + tenureId;
    }

    /** The tenure id a membership id names: the part after the last {@code /}. */
    public static String tenureOfMembership(String membershipId) {
        return membershipId.substring(membershipId.lastIndexOf('/') + 1);
    }

    /** The mission a membership id names, if it has one. */
    public static Optional<String> missionOfMembership(String membershipId) {
        int slash = membershipId.lastIndexOf('/');
        return slash <= 0 ? Optional.empty() : Optional.of(membershipId.substring(0, slash));
    }

    public static String person(String name) {
        return slug(name);
    }

    /** The role kind a post's {@code role} names ({@code LEAD_MINISTER}, {@code lead minister}…), if one. */
    public static Optional<RoleKind> roleKind(String role) {
        if (role == null) {
            return Optional.empty();
        }
        String name = role.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        for (RoleKind kind : RoleKind.values()) {
            if (kind.name().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** Lowercase letters and digits, runs of anything else as one hyphen, accents dropped. */
    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
        return slug.isEmpty() ? "x" : slug;
    }
}
