package org.missionledger.platform.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level diff of two texts: the longest common subsequence over words (whitespace runs are kept with the word
 * before them), as a list of segments a template writes as plain text, {@code <del>} and {@code <ins>}. Templates
 * escape the text, so a diff of anything is safe to show.
 */
public final class WordDiff {

    /** What a segment is: in both texts, only in the old one, only in the new one. */
    public enum Op {
        SAME,
        DELETED,
        INSERTED
    }

    /** A run of text with what happened to it. */
    public record Segment(Op op, String text) {}

    private static final Pattern TOKEN = Pattern.compile("\\S+\\s*|\\s+");

    /** Longer texts are compared as two blocks (deleted, inserted): an LCS table is quadratic. */
    static final int MAX_TOKENS = 2000;

    private WordDiff() {}

    /** The segments turning {@code before} into {@code after}; null counts as empty. */
    public static List<Segment> diff(String before, String after) {
        List<String> a = tokens(before == null ? "" : before);
        List<String> b = tokens(after == null ? "" : after);
        if (a.size() > MAX_TOKENS || b.size() > MAX_TOKENS) {
            List<Segment> blocks = new ArrayList<>();
            add(blocks, Op.DELETED, before == null ? "" : before);
            add(blocks, Op.INSERTED, after == null ? "" : after);
            return blocks;
        }
        int n = a.size();
        int m = b.size();
        // lcs[i][j] = length of the LCS of a[i..] and b[j..], compared on the words without trailing whitespace
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = same(a.get(i), b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (same(a.get(i), b.get(j))) {
                add(segments, Op.SAME, b.get(j));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                add(segments, Op.DELETED, a.get(i++));
            } else {
                add(segments, Op.INSERTED, b.get(j++));
            }
        }
        while (i < n) {
            add(segments, Op.DELETED, a.get(i++));
        }
        while (j < m) {
            add(segments, Op.INSERTED, b.get(j++));
        }
        return segments;
    }

    /** Whether the two texts differ only in whitespace (or not at all). */
    public static boolean unchanged(List<Segment> segments) {
        return segments.stream().allMatch(s -> s.op() == Op.SAME);
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static boolean same(String x, String y) {
        return x.strip().equals(y.strip());
    }

    /** Appends text, merging it into the last segment when that has the same op. */
    private static void add(List<Segment> segments, Op op, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!segments.isEmpty() && segments.get(segments.size() - 1).op() == op) {
            Segment last = segments.remove(segments.size() - 1);
            segments.add(new Segment(op, last.text() + text));
        } else {
            segments.add(new Segment(op, text));
        }
    }
}
