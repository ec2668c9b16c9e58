package org.missionledger.source.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of two texts that differs, with some words of context: a web page is thousands of words, of which a change
 * touches a few. The common words at the start and at the end are cut down to {@link #CONTEXT_WORDS}, so that the word
 * diff of the pages (which compares at most a few thousand words) shows the change itself.
 *
 * @param before the excerpt of the old text
 * @param after the excerpt of the new text
 * @param leadingElided words were left out before the excerpt
 * @param trailingElided words were left out after it
 */
public record SourceExcerpt(String before, String after, boolean leadingElided, boolean trailingElided) {

    /** Words of unchanged text kept on each side of the change. */
    public static final int CONTEXT_WORDS = 30;

    private static final Pattern TOKEN = Pattern.compile("\\S+\\s*");

    /** The excerpt of {@code before} and {@code after} (null counts as empty). */
    public static SourceExcerpt of(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && same(a.get(prefix), b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix
                && suffix < b.size() - prefix
                && same(a.get(a.size() - 1 - suffix), b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        int from = Math.max(0, prefix - CONTEXT_WORDS);
        int keptSuffix = Math.min(suffix, CONTEXT_WORDS);
        return new SourceExcerpt(
                join(a, from, a.size() - suffix + keptSuffix),
                join(b, from, b.size() - suffix + keptSuffix),
                from > 0,
                keptSuffix < suffix);
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        Matcher matcher = TOKEN.matcher(text.strip());
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static boolean same(String x, String y) {
        return x.strip().equals(y.strip());
    }

    private static String join(List<String> tokens, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            text.append(tokens.get(i));
        }
        return text.toString().strip();
    }
}
