package org.newsdesk.clip;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The facts about an article that a page states outside its text: JSON-LD first, then Open Graph and other meta
 * tags, then the visible page (h1, byline elements, {@code <time>}).
 */
final class PageMetadata {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    private static final int MAX_JSON_CHARS = 2_000_000;
    private static final String[] TITLE_SEPARATORS = {" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " / ", " « ", " » "};
    private static final Pattern BY_PREFIX = Pattern.compile(
            "^(?i)(author|authors|autor|autorin|text|words|written\\s+by|submitted\\s+by|gespeichert\\s+von|"
            + "eingestellt\\s+von|verfasst\\s+von|publié\\s+par|publicado\\s+por|posted\\s+by|reported\\s+by|story\\s+by|words\\s+by|by|par|por|von|di|door)\\s*:?\\s+");
    private static final Pattern MONTH = Pattern.compile("(?i)\\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?"
            + "|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\\b\\.?");
    private static final Pattern DATE_LIKE = Pattern.compile(
            "(?i)(\\d{1,4}[/.\\-]\\d{1,2}[/.\\-]\\d{1,4})|(\\d{1,2}:\\d{2})|\\b(19|20)\\d{2}\\b|\\b(updated|published|posted|ago)\\b");
    private static final Set<String> SECTION_WORDS = Set.of("news", "politics", "world", "opinion", "business",
            "sports", "sport", "tech", "technology", "health", "science", "entertainment", "local", "crime",
            "justice", "us", "u.s.", "nation", "national", "culture", "lifestyle", "breaking news", "home", "metro",
            "economy", "markets", "education", "environment", "climate", "analysis", "features", "editorial",
            "editorials", "commentary", "investigations", "video", "photos", "arts", "travel", "food", "style",
            "latest", "top stories", "blog", "blogs", "menu", "search", "subscribe", "sign in", "log in");
    private static final Set<String> ASIDE_WORDS = Set.of("comment", "comments", "comment-list", "commentlist",
            "related", "sidebar", "widget", "recirc", "most-popular", "most-read");
    private static final String[] ARTICLE_TYPES = {"article", "posting", "report", "newsarticle"};

    private static final String[] META_KEYS = {"property", "name", "itemprop", "http-equiv"};
    private static final Pattern BYLINE_NAMES = Pattern.compile("(^|[\\s_-])(byline|author|authors|writer|"
            + "contributor|article-author|post-author|author-name|byline__name|byline-name|bylines|submitted)([\\s_-]|$)");

    private final Document document;
    private final String pageUrl;
    private final String host;
    private final List<Element> headings = new ArrayList<>();
    private final List<Element> times = new ArrayList<>();
    private final List<Element> authorElements = new ArrayList<>();
    private final List<Element> bylineElements = new ArrayList<>();
    private final List<Element> stamps = new ArrayList<>();
    private String agency;
    private Element articleImage;
    private Element imageLink;
    private final Map<String, String> meta = new HashMap<>();
    private JsonNode article;
    private final Map<String, JsonNode> byId = new HashMap<>();
    private final List<JsonNode> jsonObjects = new ArrayList<>();

    PageMetadata(Document document, String pageUrl) {
        this.document = document;
        this.pageUrl = pageUrl == null ? "" : pageUrl;
        this.host = hostLabel(this.pageUrl);
        // One walk over the page gathers everything the questions below look at; a select per question would walk
        // a 200 KB page a dozen times.
        List<Element> scripts = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            String tag = element.normalName();
            switch (tag) {
                case "meta" -> readMeta(element);
                case "script" -> {
                    if (element.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                        scripts.add(element);
                    }
                }
                case "h1" -> headings.add(element);
                case "time" -> times.add(element);
                case "img" -> {
                    if (articleImage == null && element.hasAttr("src") && element.closest("article, main, "
                            + "[itemprop=articleBody]") != null) {
                        articleImage = element;
                    }
                }
                case "link" -> {
                    if (imageLink == null && element.attr("rel").equalsIgnoreCase("image_src") && element.hasAttr("href")) {
                        imageLink = element;
                    }
                }
                default -> {
                }
            }
            if (element.attributesSize() == 0) {
                continue;
            }
            String itemprop = element.attr("itemprop");
            if (itemprop.equalsIgnoreCase("author") || element.attr("rel").equalsIgnoreCase("author")) {
                authorElements.add(element);
            } else if (itemprop.equalsIgnoreCase("datePublished") && !tag.equals("time") && !tag.equals("meta")) {
                times.add(element);
            }
            String classes = element.attr("class");
            String id = element.attr("id");
            if (classes.length() + id.length() > 2) {
                String names = (classes + " " + id).toLowerCase(Locale.ROOT);
                if ((names.contains("byline") || names.contains("author") || names.contains("writer")
                        || names.contains("contributor") || names.contains("submitted")) && BYLINE_NAMES.matcher(names).find()) {
                    bylineElements.add(element);
                }
                if ((names.contains("date") || names.contains("time")) && element.hasAttr("title")) {
                    stamps.add(element);
                }
            }
        }
        readJsonLd(scripts);
    }

    private void readMeta(Element element) {
        String content = element.attr("content").strip();
        if (content.isEmpty()) {
            return;
        }
        for (String key : META_KEYS) {
            String name = element.attr(key);
            if (!name.isEmpty()) {
                meta.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), content);
            }
        }
    }

    private void readJsonLd(List<Element> scripts) {
        for (Element script : scripts) {
            String data = script.data().strip();
            if (data.isEmpty() || data.length() > MAX_JSON_CHARS) {
                continue;
            }
            try {
                collect(JSON.readTree(data));
            } catch (Exception e) {
                // A broken JSON-LD block is common; the page still has its meta tags and text.
            }
        }
        JsonNode best = null;
        int bestRank = 0;
        for (JsonNode node : jsonObjects) {
            int rank = articleRank(node);
            if (rank > bestRank) {
                best = node;
                bestRank = rank;
            }
        }
        article = best;
    }

    /** Gathers every JSON object in the tree (arrays, @graph, nested values), without recursion. */
    private void collect(JsonNode root) {
        Deque<JsonNode> todo = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        todo.push(root);
        depths.push(0);
        while (!todo.isEmpty()) {
            JsonNode node = todo.pop();
            int depth = depths.pop();
            if (depth > 8 || jsonObjects.size() > 500) {
                continue;
            }
            if (node.isArray()) {
                for (JsonNode item : node) {
                    todo.push(item);
                    depths.push(depth + 1);
                }
            } else if (node.isObject()) {
                jsonObjects.add(node);
                String id = node.path("@id").asText("");
                if (!id.isEmpty() && node.size() > 1) {
                    byId.putIfAbsent(id, node);
                }
                for (JsonNode value : node) {
                    if (value.isContainerNode()) {
                        todo.push(value);
                        depths.push(depth + 1);
                    }
                }
            }
        }
    }

    private static int articleRank(JsonNode node) {
        String types = types(node);
        boolean articleType = false;
        for (String type : ARTICLE_TYPES) {
            articleType |= types.contains(type);
        }
        if (!articleType) {
            return types.contains("webpage") && node.has("headline") ? 1 : 0;
        }
        return 2 + (node.has("headline") ? 2 : 0) + (node.has("articleBody") ? 1 : 0)
                + (types.contains("news") ? 1 : 0);
    }

    private static String types(JsonNode node) {
        JsonNode type = node.path("@type");
        StringBuilder all = new StringBuilder();
        if (type.isArray()) {
            type.forEach(t -> all.append(t.asText("")).append(' '));
        } else {
            all.append(type.asText(""));
        }
        return all.toString().toLowerCase(Locale.ROOT);
    }

    private JsonNode resolved(JsonNode node) {
        if (node != null && node.isObject() && node.size() == 1 && node.has("@id")) {
            JsonNode target = byId.get(node.path("@id").asText(""));
            return target == null ? node : target;
        }
        return node;
    }

    private String articleText(String field) {
        if (article == null) {
            return null;
        }
        JsonNode value = article.get(field);
        if (value == null) {
            return null;
        }
        if (value.isArray() && !value.isEmpty()) {
            value = value.get(0);
        }
        String text = value.isValueNode() ? value.asText("") : resolved(value).path("name").asText("");
        return clean(text);
    }

    private String meta(String... names) {
        for (String name : names) {
            String value = meta.get(name);
            if (value != null && !value.isBlank()) {
                return clean(value);
            }
        }
        return null;
    }

    String siteName() {
        if (article != null) {
            JsonNode publisher = article.get("publisher");
            if (publisher != null && publisher.isArray() && !publisher.isEmpty()) {
                publisher = publisher.get(0);
            }
            if (publisher != null) {
                String name = clean(publisher.isValueNode() ? publisher.asText("") : resolved(publisher).path("name").asText(""));
                if (name != null) {
                    return name;
                }
            }
        }
        String named = meta("og:site_name", "application-name", "twitter:app:name:iphone");
        if (named != null) {
            return named;
        }
        for (JsonNode node : jsonObjects) {
            String types = types(node);
            if ((types.contains("newsmediaorganization") || types.contains("website")) && node.has("name")) {
                String name = clean(node.path("name").asText(""));
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
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
        stated.add(articleText("headline"));
        stated.add(meta("og:title"));
        stated.add(meta("twitter:title"));
        stated.add(meta("dc.title", "dcterms.title"));
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

    private static boolean sameName(String part, String siteName) {
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

    /**
     * The article's authors, as "Jane Doe", "Jane Doe and John Roe" or "Jane Doe, John Roe and Ann Poe". Stated
     * authors first (JSON-LD author as text, object, array or {@code @graph} reference; author meta tags), then the
     * page's {@code rel=author} and {@code itemprop=author} elements and its byline boxes; each is cleaned of "By",
     * dates and job titles. A news agency named in the byline ("TOM KRISHER, AP Auto Writer") is kept apart, as
     * {@link #agency()}. The site's own name is taken only when nothing names a person.
     */
    String byline(String siteName) {
        List<String> candidates = new ArrayList<>();
        if (article != null) {
            String authors = authors(article.get("author"), siteName);
            if (authors == null) {
                authors = authors(article.get("creator"), siteName);
            }
            candidates.add(authors);
        }
        candidates.add(meta("author", "byl", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator",
                "article:author_name", "cxenseparse:author", "cse_author", "citation_author", "bepress_citation_author"));
        String articleAuthor = meta("article:author");
        if (articleAuthor != null && !articleAuthor.contains("://") && !articleAuthor.startsWith("@")) {
            candidates.add(articleAuthor);
        }
        String fallback = null;
        String found = firstName(candidates, siteName);
        if (found != null && found.startsWith("\u0000")) {
            fallback = found.substring(1);
            found = null;
        }
        if (found == null) {
            candidates.clear();
            for (Element element : authorElements) {
                if (isAside(element)) {
                    continue;
                }
                Element name = element.selectFirst("[itemprop=name]");
                String text = name != null ? (name.is("meta") ? name.attr("content") : name.text())
                        : element.is("meta") ? element.attr("content") : element.text();
                candidates.add(text);
            }
            for (Element element : bylineElements) {
                String classes = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
                if (classes.contains("bio") || classes.contains("about") || classes.contains("avatar")
                        || classes.contains("image") || classes.contains("photo") || classes.contains("comment")
                        || isAside(element)) {
                    continue;
                }
                String text = element.text();
                if (text.length() < 120) {
                    candidates.add(text);
                }
            }
            found = firstName(candidates, siteName);
        }
        if (found != null && found.startsWith("\u0000")) {
            fallback = fallback == null ? found.substring(1) : fallback;
            found = null;
        }
        return found != null ? found : fallback;
    }

    /** The first candidate that names a person; the site's own name, marked with a NUL, when only that was found. */
    private String firstName(List<String> candidates, String siteName) {
        String siteOnly = null;
        for (String candidate : candidates) {
            Byline parsed = parseByline(candidate);
            if (parsed == null) {
                continue;
            }
            if (parsed.agency() != null && agency == null) {
                agency = parsed.agency();
            }
            if (parsed.name() == null) {
                continue;
            }
            String cleaned = parsed.name();
            if ((siteName != null && sameName(cleaned, siteName)) || sameHost(cleaned, host)) {
                siteOnly = siteOnly == null ? cleaned : siteOnly;
                continue;
            }
            return cleaned;
        }
        return siteOnly == null ? null : "\u0000" + siteOnly;
    }

    /** The news agency the byline named ("Associated Press", "Reuters"), once {@link #byline} has run. */
    String agency() {
        return agency;
    }

    /** Whether the element sits in a comment, a sidebar or a footer, where names and dates are not the article's. */
    private static boolean isAside(Element element) {
        int depth = 0;
        boolean inFooter = false;
        for (Element at = element; at != null && depth < 40; at = at.parent(), depth++) {
            String tag = at.normalName();
            if (tag.equals("body")) {
                return inFooter;
            }
            if (tag.equals("aside") || tag.equals("nav") || MainText.hasWord(MainText.names(at), ASIDE_WORDS)) {
                return true;
            }
            if (tag.equals("article")) {
                // An article's own footer carries its byline and date; the page's footer does not.
                return false;
            }
            inFooter |= tag.equals("footer");
        }
        return inFooter;
    }

    private String authors(JsonNode node, String siteName) {
        if (node == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        List<JsonNode> items = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(items::add);
        } else {
            items.add(node);
        }
        for (JsonNode item : items) {
            JsonNode value = resolved(item);
            String name = value.isValueNode() ? value.asText("") : value.path("name").asText("");
            if (name.isBlank() && value.isObject()) {
                name = (value.path("givenName").asText("") + " " + value.path("familyName").asText("")).strip();
            }
            if (value.isObject() && types(value).contains("organization")) {
                String known = knownAgency(name);
                if (known != null && agency == null) {
                    agency = known;
                }
                if (known != null || (siteName != null && sameName(name, siteName))) {
                    continue;
                }
            }
            name = clean(name);
            if (name != null && !name.contains("://") && !names.contains(name)) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : joinNames(names);
    }

    static String joinNames(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** A byline read apart: the people's names (null when none) and the news agency it names (null when none). */
    record Byline(String name, String agency) {
    }

    private static final String[][] AGENCIES = {
        {"associated press", "Associated Press"}, {"the associated press", "Associated Press"}, {"ap", "Associated Press"},
        {"reuters", "Reuters"}, {"thomson reuters", "Reuters"}, {"afp", "AFP"}, {"agence france-presse", "AFP"},
        {"agence france presse", "AFP"}, {"dpa", "dpa"}, {"bloomberg", "Bloomberg"}, {"bloomberg news", "Bloomberg"},
        {"upi", "UPI"}, {"united press international", "UPI"}, {"pa", "PA Media"}, {"pa media", "PA Media"},
        {"press association", "PA Media"}, {"efe", "EFE"}, {"ansa", "ANSA"}, {"kyodo", "Kyodo News"},
        {"kyodo news", "Kyodo News"}, {"xinhua", "Xinhua"}, {"apa", "APA"}, {"sda", "SDA"}, {"epd", "epd"},
        {"kna", "KNA"}, {"cnn wire", "CNN Wire"}, {"canadian press", "The Canadian Press"},
        {"the canadian press", "The Canadian Press"}, {"aap", "AAP"}};
    private static final Pattern JOB_TITLE = Pattern.compile("(?i)\\b(writer|reporter|correspondent|editor|columnist"
            + "|contributor|contributing|producer|staff|special to|photographer|journalist|analyst|critic|anchor"
            + "|bureau|chief|redakteur|redakteurin|korrespondent|korrespondentin|autor|autorin)s?\\b");
    /** A photo credit, not a byline: "Mike Blake/Reuters files", "AP Photo/Jane Doe", "Getty Images". */
    private static final Pattern PHOTO_CREDIT = Pattern.compile("(?i)(\\w/\\s?\\w.*\\b(files?|photos?|images?|pool)\\b"
            + "|\\b(ap|afp|reuters|epa|dpa)\\s*photo\\b|\\bgetty images\\b|\\bshutterstock\\b|^(photo|image|foto|bild)"
            + "\\s*(:|by|von)|/(reuters|ap|afp|getty|epa|dpa)\\b)");
    private static final Pattern VIEW_ALL = Pattern.compile("(?i)^(view all posts|all posts|more posts|more articles"
            + "|all articles|more stories|more from|articles|posts|stories)\\s+(by|from|von)\\s+");

    /** A person's name out of a byline text, or null when the text is a date, a section or a link. */
    String cleanByline(String raw) {
        Byline byline = parseByline(raw);
        return byline == null ? null : byline.name();
    }

    /** Reads a byline apart into its names and its agency; null when it holds neither. */
    Byline parseByline(String raw) {
        String text = clean(raw);
        if (text == null) {
            return null;
        }
        if (PHOTO_CREDIT.matcher(text).find()) {
            return null;
        }
        String foundAgency = null;
        String found = null;
        // A byline element often holds the date too: "By Jane Doe | May 10, 2024" or "Jane Doe Updated 9:00 AM".
        String[] parts = text.split("\\s+[|•·—–]\\s+|\\s{2,}|\\s+-\\s+|\\s+-$");
        for (String part : parts) {
            String piece = part.replaceAll("(?i)\\s*\\b(updated|published|posted|last modified|on)\\b.*$", "")
                    .replaceAll("(?i)\\s+(am|le|el|il|op|den)\\s+\\d.*$", "").strip();
            piece = VIEW_ALL.matcher(piece).replaceFirst("").strip();
            piece = BY_PREFIX.matcher(piece).replaceFirst("").strip();
            List<String> names = new ArrayList<>();
            for (String comma : names(piece)) {
                if (found != null && knownAgency(comma.strip()) == null) {
                    continue;
                }
                String name = comma.replaceAll("[.:]+$", "").strip();
                String known = knownAgency(name);
                if (known == null) {
                    known = agencyWithTitle(name);
                }
                if (known != null) {
                    foundAgency = foundAgency == null ? known : foundAgency;
                    continue;
                }
                if (name.isEmpty() || NOT_NAMES.contains(name.toLowerCase(Locale.ROOT)) || JOB_TITLE.matcher(name).find() || looksLikeDate(name) || isSection(name)
                        || name.contains("://") || name.contains("@") || !Character.isLetter(name.codePointAt(0))
                        || name.length() > 60 || words(name) > 5) {
                    continue;
                }
                names.add(allCaps(name) ? titleCase(name) : name);
            }
            if (!names.isEmpty() && found == null) {
                found = joinNames(names);
            }
        }
        return found == null && foundAgency == null ? null : new Byline(found, foundAgency);
    }

    private static final Set<String> NOT_NAMES = Set.of("by", "von", "par", "por", "di", "door", "author", "authors",
            "autor", "written by", "posted by", "staff", "admin", "administrator", "editor", "editors", "anonymous",
            "guest", "unknown", "null", "undefined");
    private static final Pattern AND = Pattern.compile("\\s+(?i:and|und|et|y|e|&)\\s+");

    /**
     * The comma-separated parts of a byline, each split again at "and" when every side is a full name ("Jane Doe
     * and John Roe", not "Crime and Justice News").
     */
    private static List<String> names(String piece) {
        List<String> parts = new ArrayList<>();
        for (String comma : piece.split("\\s*[,;]\\s*")) {
            String[] people = AND.split(comma);
            boolean allNames = people.length > 1;
            for (String person : people) {
                allNames &= words(person) >= 2;
            }
            if (allNames) {
                parts.addAll(List.of(people));
            } else {
                parts.add(comma);
            }
        }
        return parts;
    }

    /** The agency's usual name when {@code text} is a news agency's name, else null. */
    static String knownAgency(String text) {
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("[()]", "").strip();
        for (String[] known : AGENCIES) {
            if (lower.equals(known[0])) {
                return known[1];
            }
        }
        return null;
    }

    /** The agency in a job title such as "AP Auto Writer" or "Reuters correspondent", else null. */
    private static String agencyWithTitle(String text) {
        if (!JOB_TITLE.matcher(text).find()) {
            return null;
        }
        for (String word : text.split("\\s+")) {
            String known = knownAgency(word);
            if (known != null) {
                return known;
            }
        }
        return null;
    }

    private static boolean allCaps(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters && text.length() > 3;
    }

    /** "TOM KRISHER" as "Tom Krisher", "JEAN-LUC O'NEIL" as "Jean-Luc O'Neil". */
    static String titleCase(String text) {
        StringBuilder result = new StringBuilder(text.length());
        boolean start = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            result.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return result.toString();
    }

    private static boolean looksLikeDate(String text) {
        if (DATE_LIKE.matcher(text).find()) {
            return true;
        }
        return MONTH.matcher(text).find() && text.matches(".*\\d.*");
    }

    private boolean isSection(String text) {
        String lower = text.toLowerCase(Locale.ROOT).strip();
        if (SECTION_WORDS.contains(lower)) {
            return true;
        }
        String section = meta("article:section");
        if (section != null && section.equalsIgnoreCase(lower)) {
            return true;
        }
        String jsonSection = articleText("articleSection");
        return jsonSection != null && jsonSection.equalsIgnoreCase(lower);
    }

    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:[/-]|\\.html?|$)");
    private static final Pattern URL_COMPACT_DATE = Pattern.compile("/((?:19|20)\\d{2})(\\d{2})(\\d{2})/");

    Instant publishedTime() {
        Dates.When when = published();
        return when == null ? null : when.instant();
    }

    /**
     * When the article was first published, with the offset the page wrote it in. Stated times first (JSON-LD
     * {@code datePublished}, {@code article:published_time} and their kin, {@code itemprop=datePublished}), then a
     * {@code <time datetime>} in the article's header, then the date in the address. A time marked as an update
     * or a modification never passes for the publication.
     */
    Dates.When published() {
        List<String> candidates = new ArrayList<>();
        candidates.add(articleText("datePublished"));
        candidates.add(meta("article:published_time", "og:published_time", "article:published", "datepublished",
                "published_time", "publish_date", "publish-date", "publishdate", "pubdate", "publication_date",
                "sailthru.date", "parsely-pub-date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created",
                "dcterms.date", "date", "citation_publication_date", "citation_date", "bepress_citation_date",
                "article.published", "article:publicationdate", "publicationdate", "cxenseparse:recs:publishtime"));
        Dates.When stated = firstDate(candidates);
        if (stated != null) {
            return stated;
        }
        for (Element time : times) {
            if (isAside(time) || isUpdate(time)) {
                continue;
            }
            String value = time.hasAttr("datetime") ? time.attr("datetime")
                    : time.hasAttr("content") ? time.attr("content") : null;
            if (value == null && time.attr("itemprop").equalsIgnoreCase("datePublished")) {
                value = time.text();
            }
            Dates.When when = Dates.parseWhen(value);
            if (when != null) {
                return when;
            }
        }
        for (Element stamp : stamps) {
            if (!isAside(stamp) && !isUpdate(stamp)) {
                candidates.add(stamp.attr("title"));
            }
        }
        candidates.add(articleText("dateCreated"));
        stated = firstDate(candidates);
        return stated != null ? stated : dateInAddress();
    }

    private static Dates.When firstDate(List<String> candidates) {
        for (String candidate : candidates) {
            Dates.When when = Dates.parseWhen(candidate);
            if (when != null) {
                return when;
            }
        }
        return null;
    }

    /** Whether a time element is marked as the article's update or modification rather than its publication. */
    private static boolean isUpdate(Element time) {
        Element parent = time.parent();
        String scope = (time.className() + " " + time.attr("itemprop") + " "
                + (parent == null ? "" : parent.className())).toLowerCase(Locale.ROOT);
        if (scope.contains("published") || scope.contains("pubdate")) {
            return false;
        }
        if (scope.contains("updated") || scope.contains("modified")) {
            return true;
        }
        Node before = time.previousSibling();
        String lead = before instanceof TextNode textNode ? textNode.text()
                : before instanceof Element element ? element.text() : "";
        String ownText = time.text();
        return UPDATE_WORDS.matcher(lead).find() || UPDATE_WORDS.matcher(ownText).lookingAt();
    }

    private static final Pattern UPDATE_WORDS = Pattern.compile("(?i)\\b(updated?|modified|aktualisiert|"
            + "mis à jour|actualizado)\\b\\s*:?\\s*$|^\\s*(updated?|modified|aktualisiert)\\b");

    /** The date in the page's address ("/2024/03/01/", "/2024-03-01-", "/20240301/"), at midnight UTC. */
    private Dates.When dateInAddress() {
        for (Pattern pattern : List.of(URL_DATE, URL_COMPACT_DATE)) {
            java.util.regex.Matcher matcher = pattern.matcher(pageUrl);
            if (matcher.find()) {
                String iso = String.format(Locale.ROOT, "%s-%02d-%02d", matcher.group(1),
                        Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
                Dates.When when = Dates.parseWhen(iso);
                if (when != null) {
                    return when;
                }
            }
        }
        return null;
    }

    String canonicalUrl() {
        List<String> candidates = new ArrayList<>();
        Element link = document.selectFirst("link[rel~=(?i)^canonical$][href]");
        if (link != null) {
            candidates.add(link.attr("href"));
        }
        candidates.add(meta.get("og:url"));
        if (article != null) {
            candidates.add(article.path("url").asText(null));
            JsonNode page = article.get("mainEntityOfPage");
            if (page != null) {
                candidates.add(page.isValueNode() ? page.asText("") : page.path("@id").asText(""));
            }
        }
        for (String candidate : candidates) {
            String absolute = absolute(candidate);
            if (absolute != null && !isHomePage(absolute)) {
                return absolute;
            }
        }
        String page = absolute(pageUrl);
        return page != null && page.startsWith("http") ? page : null;
    }

    private boolean isHomePage(String url) {
        try {
            URI uri = new URI(url);
            String path = uri.getPath() == null ? "" : uri.getPath();
            boolean home = (path.isEmpty() || path.equals("/") || path.matches("/(index\\.\\w+|home|[a-z]{2}(-[a-z]{2})?)/?"))
                    && uri.getQuery() == null;
            if (!home) {
                return false;
            }
            URI page = pageUrl.isEmpty() ? null : new URI(pageUrl);
            return page == null || page.getPath() == null || !page.getPath().equals(path);
        } catch (Exception e) {
            return true;
        }
    }

    String leadImageUrl() {
        List<String> candidates = new ArrayList<>();
        candidates.add(meta.get("og:image"));
        candidates.add(meta.get("og:image:url"));
        candidates.add(meta.get("og:image:secure_url"));
        candidates.add(meta.get("twitter:image"));
        candidates.add(meta.get("twitter:image:src"));
        if (article != null) {
            JsonNode image = article.get("image");
            if (image != null && image.isArray() && !image.isEmpty()) {
                image = image.get(0);
            }
            if (image != null) {
                candidates.add(image.isValueNode() ? image.asText("") : resolved(image).path("url").asText(""));
            }
        }
        String stated = firstAbsoluteImage(candidates);
        if (stated != null) {
            return stated;
        }
        // Only a page that states no image is searched for one.
        candidates.clear();
        if (imageLink != null) {
            candidates.add(imageLink.attr("href"));
        }
        if (articleImage != null) {
            candidates.add(articleImage.attr("src"));
        }
        return firstAbsoluteImage(candidates);
    }

    private String firstAbsoluteImage(List<String> candidates) {
        for (String candidate : candidates) {
            String absolute = absolute(candidate);
            if (absolute != null && !absolute.startsWith("data:")) {
                return absolute;
            }
        }
        return null;
    }

    String lang() {
        Element html = document.selectFirst("html[lang]");
        String lang = html == null ? null : clean(html.attr("lang"));
        if (lang == null) {
            lang = meta("content-language", "og:locale", "language", "dc.language");
        }
        if (lang == null) {
            lang = articleText("inLanguage");
        }
        if (lang == null) {
            return null;
        }
        lang = lang.replace('_', '-');
        int comma = lang.indexOf(',');
        return comma > 0 ? lang.substring(0, comma).strip() : lang;
    }

    /** The article text the page states in JSON-LD, which some sites render only with script. */
    String articleBody() {
        if (article == null) {
            return null;
        }
        String body = article.path("articleBody").asText("");
        return body.isBlank() ? null : body;
    }

    private String absolute(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.strip();
        try {
            URI uri = pageUrl.isEmpty() ? new URI(trimmed) : new URI(pageUrl).resolve(new URI(trimmed.replace(" ", "%20")));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return null;
            }
            return uri.toString();
        } catch (Exception e) {
            return null;
        }
    }

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.replace('\u00a0', ' ').replaceAll("[\\s\\u200b]+", " ").strip();
        if (cleaned.contains("&") && cleaned.contains(";")) {
            cleaned = org.jsoup.parser.Parser.unescapeEntities(cleaned, false);
        }
        return cleaned.isEmpty() ? null : cleaned;
    }

    static int words(String text) {
        String stripped = text == null ? "" : text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
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
