package org.newsdesk.clip;

import java.time.Instant;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Reads an article out of a page's HTML: title, byline, site name, publication time, canonical URL, lead image,
 * language and main text. Pure and thread-safe: it never touches the network, and one instance may serve many
 * threads.
 */
public final class Extractor {
    /** Pages beyond this are cut: no article needs more, and a 50 MB page must not take the app down. */
    static final int MAX_CHARS = 4_000_000;
    static final int MAX_DEPTH = 512;
    private static final int SHORT_TEXT = 400;

    /**
     * Extracts the article in {@code html}; {@code pageUrl} (may be null) is the page's address, used to resolve
     * relative links and as the canonical URL when the page names none.
     */
    public Extraction extract(String html, String pageUrl) {
        String input = html == null ? "" : html;
        if (input.length() > MAX_CHARS) {
            input = withoutScripts(input);
        }
        if (input.length() > MAX_CHARS) {
            input = input.substring(0, MAX_CHARS);
        }
        String base = pageUrl == null ? "" : pageUrl.strip();
        Document document = parse(input, base);
        PageMetadata metadata = new PageMetadata(document, base);
        String siteName = metadata.siteName();
        String title = metadata.title(siteName);
        if (siteName == null) {
            siteName = metadata.siteNameFromTitle();
        }
        String byline = metadata.byline(siteName);
        Dates.When when = metadata.published();
        Instant published = when == null ? null : when.instant();
        String canonical = metadata.canonicalUrl();
        String image = metadata.leadImageUrl();
        String lang = metadata.lang();
        String articleBody = metadata.articleBody();

        MainText mainText = new MainText(document, false);
        String text = mainText.extract(title, byline);
        int pageText = mainText.pageParagraphText();
        if (text.length() < SHORT_TEXT && mainText.cleaningRemovedMost()) {
            String second = new MainText(parse(input, base), true).extract(title, byline);
            if (second.length() > text.length() * 2) {
                text = second;
            }
        }
        if (articleBody != null) {
            String fromJson = paragraphs(articleBody);
            if (fromJson.length() > Math.max(200, text.length() * 2)) {
                text = fromJson;
            }
        }
        double confidence = Confidence.of(text, pageText, articleBody, !title.isBlank());
        return new Extraction(title, byline, siteName, published, canonical, image, lang, text,
                when == null ? null : when.offset(), metadata.agency(), confidence);
    }

    /**
     * The page without the bodies of its scripts and styles (JSON-LD is kept): on a huge page they are what
     * pushes the article past the cut, and they hold no text to read.
     */
    static String withoutScripts(String html) {
        StringBuilder kept = new StringBuilder(Math.min(html.length(), MAX_CHARS + 1024));
        int at = 0;
        while (at < html.length() && kept.length() <= MAX_CHARS) {
            int open = html.indexOf('<', at);
            if (open < 0) {
                kept.append(html, at, html.length());
                break;
            }
            String tag = html.regionMatches(true, open, "<script", 0, 7) ? "script"
                    : html.regionMatches(true, open, "<style", 0, 6) ? "style" : null;
            int openEnd = tag == null ? -1 : html.indexOf('>', open);
            if (tag == null || openEnd < 0) {
                kept.append(html, at, open + 1);
                at = open + 1;
                continue;
            }
            String openTag = html.substring(open, openEnd + 1);
            int close = indexOfIgnoreCase(html, "</" + tag, openEnd + 1);
            int end = close < 0 ? html.length() : close;
            kept.append(html, at, openEnd + 1);
            if (openTag.toLowerCase(java.util.Locale.ROOT).contains("ld+json")) {
                kept.append(html, openEnd + 1, end);
            }
            at = end;
        }
        return kept.toString();
    }

    private static int indexOfIgnoreCase(String text, String part, int from) {
        for (int i = text.indexOf('<', from); i >= 0; i = text.indexOf('<', i + 1)) {
            if (text.regionMatches(true, i, part, 0, part.length())) {
                return i;
            }
        }
        return -1;
    }

    private static Document parse(String html, String base) {
        return Parser.htmlParser().setMaxDepth(MAX_DEPTH).parseInput(html, base);
    }

    /** JSON-LD articleBody as paragraphs: it may hold markup, and its paragraphs are lines. */
    private static String paragraphs(String articleBody) {
        String text = articleBody;
        if (text.contains("<p") || text.contains("<br")) {
            Document fragment = Parser.htmlParser().setMaxDepth(MAX_DEPTH).parseInput(text, "");
            return new MainText(fragment, true).extract("", null);
        }
        StringBuilder result = new StringBuilder();
        for (String line : text.split("\\s*\\n\\s*")) {
            String cleaned = line.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
            if (!cleaned.isEmpty()) {
                if (result.length() > 0) {
                    result.append("\n\n");
                }
                result.append(cleaned);
            }
        }
        return result.toString();
    }
}
