package org.newsdesk.clip;

import static org.newsdesk.clip.PageMetadata.clean;
import static org.newsdesk.clip.PageMetadata.words;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The article's headline, told apart from the site's name, a section or a greeting in the page's title slots. */
final class Headlines {
    private static final String[] TITLE_SEPARATORS = {" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " / ", " « ", " » "};
    static final Set<String> SECTION_WORDS = Set.of("news", "politics", "world", "opinion", "business",
            "sports", "sport", "tech", "technology", "health", "science", "entertainment", "local", "crime",
            "justice", "us", "u.s.", "nation", "national", "culture", "lifestyle", "breaking news", "home", "metro",
            "economy", "markets", "education", "environment", "climate", "analysis", "features", "editorial",
            "editorials", "commentary", "investigations", "video", "photos", "arts", "travel", "food", "style",
            "latest", "top stories", "blog", "blogs", "menu", "search", "subscribe", "sign in", "log in");

    private final Document document;
    private final String host;
    private final List<Element> headings;
    private final MetaTags meta;
    private final LinkedData linkedData;

    /** {@code host} is the page's host label ("theplanetarypress"), {@code headings} its {@code <h1>} elements. */
    Headlines(Document document, String host, List<Element> headings, MetaTags meta, LinkedData linkedData) {
        this.document = document;
        this.host = host;
        this.headings = headings;
        this.meta = meta;
        this.linkedData = linkedData;
    }

    /** The site name as the tail of the page's {@code <title>} ("Headline | Site"), for when nothing else says it. */
    String siteNameFromTitle() {
        String title = clean(document.title());
        if (title == null) {
            return null;
        }
        for (String separator : TITLE_SEPARATORS) {
            int at = title.lastIndexOf(separator);
            if (at > 0) {
                String tail = title.substring(at + separator.length()).strip();
                String head = title.substring(0, at).strip();
                if (words(tail) <= 5 && words(head) >= 3 && !tail.isEmpty()) {
                    return tail;
                }
            }
        }
        return null;
    }

    /**
     * The article's name as its readers see it. The stated names come first, in Readability's order: JSON-LD
     * headline, {@code og:title}, {@code twitter:title}, Dublin Core, then {@code <title>} without its site name.
     * The visible {@code <h1>} wins only when it agrees with them (it completes a cut headline, or it is the
     * stated name with its kicker), or when the page states no name at all. A greeting, a section or the site's
     * own name is never a title.
     */
    String title(String siteName) {
        String heading = bestHeading(siteName);
        String pageTitle = clean(document.title());
        List<String> stated = new ArrayList<>();
        stated.add(linkedData.articleText("headline"));
        stated.add(meta.first("og:title"));
        stated.add(meta.first("twitter:title"));
        stated.add(meta.first("dc.title", "dcterms.title"));
        for (int i = 0; i < stated.size(); i++) {
            String candidate = stated.get(i);
            if (candidate == null) {
                continue;
            }
            candidate = stripSite(candidate, siteName, host, false);
            if (isNotATitle(candidate, siteName)) {
                continue;
            }
            if (heading != null && !heading.equalsIgnoreCase(candidate)) {
                String cut = withoutEllipsis(candidate);
                boolean completes = cut != null && heading.regionMatches(true, 0, cut, 0, cut.length());
                boolean withKicker = heading.toLowerCase(Locale.ROOT).contains(candidate.toLowerCase(Locale.ROOT))
                        && (agrees(heading, stated) || pageTitle != null && contains(pageTitle, heading));
                if (completes || withKicker) {
                    return heading;
                }
            }
            return candidate;
        }
        if (pageTitle != null) {
            if (heading != null && contains(pageTitle, heading)) {
                return heading;
            }
            String stripped = stripSite(pageTitle, siteName, host, true);
            if (!isNotATitle(stripped, siteName)) {
                return stripped;
            }
        }
        return heading == null ? "" : heading;
    }

    private static boolean agrees(String heading, List<String> stated) {
        for (String name : stated) {
            if (name != null && name.equalsIgnoreCase(heading)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String text, String part) {
        return text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    /** A headline cut short with "..." or "…", without the ellipsis; null when it is whole. */
    private static String withoutEllipsis(String text) {
        String cut = text.endsWith("...") ? text.substring(0, text.length() - 3)
                : text.endsWith("…") ? text.substring(0, text.length() - 1) : null;
        return cut == null || cut.strip().length() < 20 ? null : cut.strip();
    }

    private static final Pattern GREETING = Pattern.compile("(?i)^(welcome|hello|hi|hey|willkommen|bienvenue|"
            + "bienvenido|benvenuti|home|homepage|home page|startseite|accueil|inicio)\\b.*");

    /** A greeting, a section name or the site's own name: what a page's title slot holds when it names no article. */
    private boolean isNotATitle(String text, String siteName) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String lower = text.toLowerCase(Locale.ROOT).strip();
        return SECTION_WORDS.contains(lower) || (siteName != null && sameName(text, siteName) && words(text) <= 6)
                || (words(text) <= 4 && sameHost(text, host))
                || (words(text) <= 6 && GREETING.matcher(text).matches());
    }

    /** The page's main heading: an {@code <h1>} in the article, not the masthead's logo or the site's name. */
    private String bestHeading(String siteName) {
        if (headings.isEmpty()) {
            return null;
        }
        Set<String> titleWords = wordSet(document.title());
        String best = null;
        double bestScore = -1;
        for (Element heading : headings) {
            String text = clean(heading.text());
            if (text == null || text.length() > 300 || isNotATitle(text, siteName)) {
                continue;
            }
            Set<String> words = wordSet(text);
            int shared = 0;
            for (String word : words) {
                shared += titleWords.contains(word) ? 1 : 0;
            }
            double score = words.isEmpty() ? 0 : (double) shared / words.size();
            if (heading.closest("article, main, [role=main]") != null) {
                score += 0.3;
            }
            if (heading.closest("header, nav, [class*=logo], [class*=site-title], [class*=masthead]") != null
                    && heading.closest("article") == null) {
                score -= 0.5;
            }
            if (score > bestScore) {
                best = text;
                bestScore = score;
            }
        }
        return best;
    }

    /** Cuts " | Site" (or "Site | ") off a title; with {@code guess}, also a short unknown tail. */
    static String stripSite(String title, String siteName, boolean guess) {
        return stripSite(title, siteName, null, guess);
    }

    /**
     * Cuts " | Site" (or "Site | ") off a title, where the site is {@code siteName} or named like the page's host
     * ({@code host}, e.g. "theplanetarypress"); with {@code guess}, also a short unknown tail when the rest is long
     * enough to be a headline.
     */
    static String stripSite(String title, String siteName, String host, boolean guess) {
        String result = title.strip();
        for (int round = 0; round < 2; round++) {
            boolean cut = false;
            for (String separator : TITLE_SEPARATORS) {
                int at = result.lastIndexOf(separator);
                if (at <= 0) {
                    continue;
                }
                String head = result.substring(0, at).strip();
                String tail = result.substring(at + separator.length()).strip();
                if (sameName(tail, siteName) || (words(tail) <= 6 && words(head) >= 2 && sameHost(tail, host))
                        || (guess && words(tail) <= 4 && words(head) >= 4)) {
                    result = head;
                    cut = true;
                    break;
                }
                int first = result.indexOf(separator);
                String lead = result.substring(0, first).strip();
                String rest = result.substring(first + separator.length()).strip();
                if (sameName(lead, siteName) || (words(lead) <= 6 && words(rest) >= 2 && sameHost(lead, host))) {
                    result = rest;
                    cut = true;
                    break;
                }
            }
            if (!cut) {
                break;
            }
        }
        return result;
    }

    /** Whether {@code part} is the site named by the page's host: "The Planetary Press" on theplanetarypress.com. */
    static boolean sameHost(String part, String host) {
        if (host == null || host.length() < 4 || part == null) {
            return false;
        }
        String letters = part.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        if (letters.length() < 4) {
            return false;
        }
        return letters.equals(host) || letters.startsWith(host) || host.startsWith(letters)
                || (letters.startsWith("the") && host.startsWith(letters.substring(3)) && letters.length() > 6)
                || host.equals("the" + letters);
    }

    /** The longest label of the page's host name without "www": the name a site is usually known by. */
    static String hostLabel(String url) {
        try {
            String hostName = new URI(url.strip()).getHost();
            if (hostName == null) {
                return null;
            }
            String best = null;
            for (String label : hostName.toLowerCase(Locale.ROOT).split("\\.")) {
                if (!label.equals("www") && !label.equals("amp") && (best == null || label.length() > best.length())) {
                    best = label;
                }
            }
            return best == null ? null : best.replace("-", "");
        } catch (Exception e) {
            return null;
        }
    }

    static boolean sameName(String part, String siteName) {
        if (siteName == null || part.isEmpty()) {
            return false;
        }
        String a = part.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        String b = siteName.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return a.equals(b) || a.equals("the" + b) || b.equals("the" + a) || a.startsWith(b + "com")
                || (b.length() >= 3 && a.startsWith(b) && a.length() <= b.length() + 12)
                || (a.length() >= 4 && b.contains(a)) || (b.length() >= 4 && a.contains(b) && a.length() < b.length() + 8);
    }

    private static Set<String> wordSet(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text != null) {
            for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return words;
    }
}
