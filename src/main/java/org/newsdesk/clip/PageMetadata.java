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
            "^(?i)(author|authors|written\\s+by|posted\\s+by|reported\\s+by|story\\s+by|words\\s+by|by|par|por|von|di|door)\\s*:?\\s+");
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

    private final Document document;
    private final String pageUrl;
    private final Map<String, String> meta = new HashMap<>();
    private JsonNode article;
    private final Map<String, JsonNode> byId = new HashMap<>();
    private final List<JsonNode> jsonObjects = new ArrayList<>();

    PageMetadata(Document document, String pageUrl) {
        this.document = document;
        this.pageUrl = pageUrl == null ? "" : pageUrl;
        for (Element element : document.select("meta[content]")) {
            String content = element.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String key : List.of("property", "name", "itemprop", "http-equiv")) {
                String name = element.attr(key).strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty()) {
                    meta.putIfAbsent(name, content);
                }
            }
        }
        readJsonLd();
    }

    private void readJsonLd() {
        for (Element script : document.select("script[type~=(?i)ld\\+json]")) {
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

    String title(String siteName) {
        String fromJson = articleText("headline");
        if (fromJson != null) {
            return stripSite(fromJson, siteName, false);
        }
        String og = meta("og:title", "twitter:title");
        if (og != null) {
            return stripSite(og, siteName, false);
        }
        String h1 = bestHeading(siteName);
        if (h1 != null) {
            return h1;
        }
        String title = clean(document.title());
        return title == null ? "" : stripSite(title, siteName, true);
    }

    private String bestHeading(String siteName) {
        List<Element> headings = document.select("h1");
        if (headings.isEmpty()) {
            return null;
        }
        Set<String> titleWords = wordSet(document.title());
        String best = null;
        double bestScore = -1;
        for (Element heading : headings) {
            String text = clean(heading.text());
            if (text == null || text.length() > 300 || text.equalsIgnoreCase(siteName)) {
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
                if (sameName(tail, siteName) || (guess && words(tail) <= 4 && words(head) >= 4)) {
                    result = head;
                    cut = true;
                    break;
                }
                int first = result.indexOf(separator);
                String lead = result.substring(0, first).strip();
                if (sameName(lead, siteName)) {
                    result = result.substring(first + separator.length()).strip();
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

    String byline(String siteName) {
        List<String> candidates = new ArrayList<>();
        if (article != null) {
            String authors = authors(article.get("author"));
            if (authors == null) {
                authors = authors(article.get("creator"));
            }
            candidates.add(authors);
        }
        candidates.add(meta("author", "byl", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator",
                "article:author_name", "cxenseparse:author"));
        String articleAuthor = meta("article:author");
        if (articleAuthor != null && !articleAuthor.contains("://")) {
            candidates.add(articleAuthor);
        }
        for (Element element : document.select("[rel=author], [itemprop=author]")) {
            Element name = element.selectFirst("[itemprop=name]");
            String text = name != null ? name.text() : element.is("meta") ? element.attr("content") : element.text();
            candidates.add(text);
        }
        for (Element element : document.select("[class~=(?i)(^|[\\s_-])(byline|author|authors|writer|contributor|"
                + "article-author|post-author|author-name|byline__name|byline-name)([\\s_-]|$)], "
                + "[id~=(?i)byline|author]")) {
            String classes = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
            if (classes.contains("bio") || classes.contains("about") || classes.contains("avatar")
                    || classes.contains("image") || classes.contains("photo") || isAside(element)) {
                continue;
            }
            String text = element.text();
            if (text.length() < 120) {
                candidates.add(text);
            }
        }
        String fallback = null;
        for (String candidate : candidates) {
            String cleaned = cleanByline(candidate);
            if (cleaned == null) {
                continue;
            }
            if (siteName != null && cleaned.equalsIgnoreCase(siteName)) {
                fallback = fallback == null ? cleaned : fallback;
                continue;
            }
            return cleaned;
        }
        return fallback;
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

    private String authors(JsonNode node) {
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

    /** A person's name out of a byline text, or null when the text is a date, a section or a link. */
    String cleanByline(String raw) {
        String text = clean(raw);
        if (text == null) {
            return null;
        }
        // A byline element often holds the date too: "By Jane Doe | May 10, 2024" or "Jane Doe Updated 9:00 AM".
        String[] parts = text.split("\\s+[|•·—–]\\s+|\\s{2,}|\\s+-\\s+");
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            String piece = part.replaceAll("(?i)\\s*\\b(updated|published|posted|last modified|on)\\b.*$", "").strip();
            piece = BY_PREFIX.matcher(piece).replaceFirst("").strip();
            piece = piece.replaceAll("(?i),?\\s+(staff writer|staff reporter|reporter|correspondent|contributor)s?$", "");
            piece = piece.replaceAll("[,;:]+$", "").strip();
            if (piece.isEmpty() || looksLikeDate(piece) || isSection(piece) || piece.contains("://")
                    || piece.contains("@")) {
                continue;
            }
            kept.add(piece);
        }
        if (kept.isEmpty()) {
            return null;
        }
        String name = kept.get(0);
        if (name.length() > 100 || words(name) > 12 || !Character.isLetter(name.codePointAt(0))) {
            return null;
        }
        return name;
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

    Instant publishedTime() {
        List<String> candidates = new ArrayList<>();
        candidates.add(articleText("datePublished"));
        candidates.add(meta("article:published_time", "og:published_time", "article:published", "datepublished",
                "published_time", "publish_date", "publish-date", "publishdate", "pubdate", "publication_date",
                "sailthru.date", "parsely-pub-date", "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date",
                "date", "citation_publication_date", "article.published", "article:publicationdate",
                "publicationdate", "og:updated_time"));
        for (Element time : document.select("[itemprop=datePublished], time[pubdate], time[datetime]")) {
            if (isAside(time)) {
                continue;
            }
            String scope = (time.className() + " " + (time.parent() == null ? "" : time.parent().className()))
                    .toLowerCase(Locale.ROOT);
            if (scope.contains("updated") || scope.contains("modified")) {
                continue;
            }
            String value = time.hasAttr("datetime") ? time.attr("datetime")
                    : time.hasAttr("content") ? time.attr("content") : time.text();
            candidates.add(value);
        }
        for (Element stamp : document.select("[class*=date][title], [class*=time][title]")) {
            if (!isAside(stamp)) {
                candidates.add(stamp.attr("title"));
            }
        }
        candidates.add(articleText("dateCreated"));
        candidates.add(articleText("dateModified"));
        for (String candidate : candidates) {
            Instant instant = Dates.parse(candidate);
            if (instant != null) {
                return instant;
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
        Element link = document.selectFirst("link[rel=image_src][href]");
        if (link != null) {
            candidates.add(link.attr("href"));
        }
        Element image = document.selectFirst("article img[src], main img[src], [itemprop=articleBody] img[src]");
        if (image != null) {
            candidates.add(image.attr("src"));
        }
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
