package org.newsdesk.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * What the wire desk keeps of a feed's text: markup reduced to plain text (so no script, event handler or style
 * from a feed ever reaches the app or an export), bounded in length; links only when they are http or https.
 */
public final class FeedText {
    /** Teasers longer than this are cut at a word and end in an ellipsis. */
    public static final int TEASER_LENGTH = 600;
    static final int HEADLINE_LENGTH = 300;
    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x\\p{XDigit}+|[a-zA-Z]+);");

    private FeedText() {
    }

    /** {@code html} (or text that may hold markup or entities) as one line of plain text, never null. */
    public static String plain(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String text = html.indexOf('<') >= 0 || html.indexOf('&') >= 0
                ? Jsoup.parseBodyFragment(html).body().text()
                : html;
        return SPACES.matcher(CONTROLS.matcher(text.replace('\u00a0', ' ')).replaceAll("")).replaceAll(" ").strip();
    }

    /** Plain text cut to at most {@code max} characters at a word, with an ellipsis when cut. */
    public static String plain(String html, int max) {
        String text = plain(html);
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        return text.substring(0, cut).strip() + "\u2026";
    }

    /** A headline as plain text; a feed whose titles are escaped twice ({@code &amp;amp;}) is read once more. */
    public static String headline(String raw) {
        String text = plain(raw, HEADLINE_LENGTH);
        if (text.indexOf('&') >= 0 && ENTITY.matcher(text).find()) {
            text = plain(Parser.unescapeEntities(text, false), HEADLINE_LENGTH);
        }
        return text;
    }

    /**
     * {@code raw} resolved against {@code base} when it is relative, or null when it is not an http(s) address
     * ({@code javascript:}, {@code data:}, {@code file:} and the like never leave a feed).
     */
    public static String link(String raw, String base) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String trimmed = raw.strip().replace(" ", "%20");
        try {
            URI uri = new URI(trimmed);
            if (!uri.isAbsolute() && base != null) {
                uri = new URI(base.strip()).resolve(uri);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return null;
            }
            return uri.toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
