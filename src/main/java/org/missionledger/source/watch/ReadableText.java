package org.missionledger.source.watch;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of a fetched document: what a reader of the page sees, without scripts, styles and the page's
 * navigation chrome, so that a change of a tracking script or a menu is not reported as a change of what the page
 * says. HTML through jsoup, block elements on lines of their own; plain text, CSV and JSON as they are; other documents
 * (PDF, spreadsheets) have no text here and are compared by their bytes.
 */
final class ReadableText {

    /** Elements that are not what the page says. */
    private static final String CHROME =
            "script, style, noscript, template, svg, iframe, nav, header, footer, form, button, [hidden], [aria-hidden=true],"
                    + " .govuk-skip-link, .gem-c-cookie-banner, #global-cookie-message, .govuk-cookie-banner";

    private ReadableText() {}

    /** The text, or null when the document is not one the watch can read as text. */
    static String of(byte[] body, String contentType, String baseUri) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        Charset charset = charset(type);
        if (type.contains("html") || type.isEmpty() && looksLikeHtml(body)) {
            Document document =
                    Jsoup.parse(new String(body, charset == null ? StandardCharsets.UTF_8 : charset), baseUri);
            return html(document);
        }
        if (type.startsWith("text/") || type.contains("json") || type.contains("csv") || type.contains("xml")) {
            return normalise(new String(body, charset == null ? StandardCharsets.UTF_8 : charset));
        }
        return null;
    }

    static String html(Document document) {
        Element root = document.selectFirst("main");
        if (root == null) {
            root = document.body();
        }
        root = root.clone();
        root.select(CHROME).remove();
        StringBuilder text = new StringBuilder();
        String title = document.title();
        if (!title.isBlank()) {
            text.append(title.strip()).append('\n');
        }
        // block elements on lines of their own, so that the word diff keeps paragraphs apart
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode textNode) {
                            text.append(textNode.text());
                        } else if (node instanceof Element element && element.isBlock()) {
                            text.append('\n');
                        } else if (node instanceof Element element
                                && element.normalName().equals("br")) {
                            text.append('\n');
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element element && element.isBlock()) {
                            text.append('\n');
                        }
                    }
                },
                root);
        return normalise(text.toString());
    }

    /** Lines trimmed, runs of spaces made one, empty lines dropped. */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String clean =
                    line.replace('\u00a0', ' ').replaceAll("[\\t ]+", " ").strip();
            if (!clean.isEmpty()) {
                out.append(clean).append('\n');
            }
        }
        return out.toString().strip();
    }

    private static Charset charset(String contentType) {
        int at = contentType.indexOf("charset=");
        if (at < 0) {
            return null;
        }
        String name = contentType
                .substring(at + "charset=".length())
                .split("[;\\s]")[0]
                .replace("\"", "");
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean looksLikeHtml(byte[] body) {
        String start = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1)
                .stripLeading()
                .toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }
}
