package org.newsdesk.clip;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The facts about an article that a page states outside its text: JSON-LD first, then Open Graph and other meta
 * tags, then the visible page (h1, byline elements, {@code <time>}).
 */
final class PageMetadata {
    private static final Pattern BYLINE_NAMES = Pattern.compile("(^|[\\s_-])(byline|author|authors|writer|"
            + "contributor|article-author|post-author|author-name|byline__name|byline-name|bylines|submitted)([\\s_-]|$)");

    private final Document document;
    private final String pageUrl;
    private final MetaTags meta = new MetaTags();
    private final LinkedData linkedData;
    private final JsonNode article;
    private final Headlines headlines;
    private final Bylines bylines;
    private final PublicationDate publication;
    private Element articleImage;
    private Element imageLink;

    PageMetadata(Document document, String pageUrl) {
        this.document = document;
        this.pageUrl = pageUrl == null ? "" : pageUrl;
        String host = Headlines.hostLabel(this.pageUrl);
        List<Element> headings = new ArrayList<>();
        List<Element> times = new ArrayList<>();
        List<Element> authorElements = new ArrayList<>();
        List<Element> bylineElements = new ArrayList<>();
        List<Element> stamps = new ArrayList<>();
        // One walk over the page gathers everything the questions below look at; a select per question would walk
        // a 200 KB page a dozen times.
        List<Element> scripts = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            String tag = element.normalName();
            switch (tag) {
                case "meta" -> meta.read(element);
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
        linkedData = new LinkedData(scripts);
        article = linkedData.article();
        headlines = new Headlines(document, host, headings, meta, linkedData);
        bylines = new Bylines(host, authorElements, bylineElements, meta, linkedData);
        publication = new PublicationDate(this.pageUrl, times, stamps, meta, linkedData);
    }

    String siteName() {
        if (article != null) {
            JsonNode publisher = article.get("publisher");
            if (publisher != null && publisher.isArray() && !publisher.isEmpty()) {
                publisher = publisher.get(0);
            }
            if (publisher != null) {
                String name = clean(publisher.isValueNode() ? publisher.asText("") : linkedData.resolved(publisher).path("name").asText(""));
                if (name != null) {
                    return name;
                }
            }
        }
        String named = meta.first("og:site_name", "application-name", "twitter:app:name:iphone");
        if (named != null) {
            return named;
        }
        for (JsonNode node : linkedData.objects()) {
            String types = LinkedData.types(node);
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
        return headlines.siteNameFromTitle();
    }

    /** The article's name as its readers see it; see {@link Headlines#title}. */
    String title(String siteName) {
        return headlines.title(siteName);
    }

    /** Cuts " | Site" (or "Site | ") off a title; with {@code guess}, also a short unknown tail. */
    static String stripSite(String title, String siteName, boolean guess) {
        return Headlines.stripSite(title, siteName, guess);
    }

    /** The article's authors; see {@link Bylines#byline}. */
    String byline(String siteName) {
        return bylines.byline(siteName);
    }

    /** The news agency the byline named ("Associated Press", "Reuters"), once {@link #byline} has run. */
    String agency() {
        return bylines.agency();
    }

    /** A person's name out of a byline text, or null when the text is a date, a section or a link. */
    String cleanByline(String raw) {
        return bylines.cleanByline(raw);
    }

    /** Reads a byline apart into its names and its agency; null when it holds neither. */
    Byline parseByline(String raw) {
        return bylines.parseByline(raw);
    }

    /** A byline read apart: the people's names (null when none) and the news agency it names (null when none). */
    record Byline(String name, String agency) {
    }

    Instant publishedTime() {
        Dates.When when = published();
        return when == null ? null : when.instant();
    }

    /** When the article was first published, in the page's offset; see {@link PublicationDate#published}. */
    Dates.When published() {
        return publication.published();
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
                candidates.add(image.isValueNode() ? image.asText("") : linkedData.resolved(image).path("url").asText(""));
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
            lang = meta.first("content-language", "og:locale", "language", "dc.language");
        }
        if (lang == null) {
            lang = linkedData.articleText("inLanguage");
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
}
