package org.newsdesk.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.impl.XmlFixerReader;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.xml.sax.SAXException;

/**
 * Reads a feed's bytes: RSS 0.9x, 1.0 and 2.0 and Atom 0.3 and 1.0 through Rome, with a parser that refuses any
 * DTD (and so every external or internal entity), and JSON Feed 1.0 and 1.1 through Jackson. Everything kept is
 * plain text and http(s) links; a web page, broken XML or an unknown format is one {@link
 * org.newsdesk.feed.FeedException} sentence. Safe to share between threads.
 */
public final class FeedParser {
    /** A feed keeps at most this many items per fetch, so that a runaway feed costs bounded work. */
    public static final int MAX_ITEMS = 500;

    private static final ObjectMapper JSON = new ObjectMapper();
    /** One parser per network thread, reused: creating a SAX parser costs more than parsing a feed. */
    private static final ThreadLocal<SAXBuilder> XML = ThreadLocal.withInitial(FeedParser::secureBuilder);

    /**
     * Parses {@code body} fetched from {@code feedUrl} (served as {@code contentType}, which may be empty).
     *
     * @throws org.newsdesk.feed.FeedException saying why this is not a feed Newsdesk can read
     */
    public ParsedFeed parse(byte[] body, String contentType, String feedUrl) {
        String start = start(body);
        if (start.isEmpty()) {
            throw new org.newsdesk.feed.FeedException("The feed is empty.");
        }
        if (start.startsWith("{") || start.startsWith("[")) {
            return json(body, feedUrl);
        }
        if (looksLikeHtml(start)) {
            throw new org.newsdesk.feed.FeedException("The address gives a web page, not a feed.");
        }
        if (!start.startsWith("<")) {
            throw new org.newsdesk.feed.FeedException("The address gives something that is neither XML nor JSON,"
                    + " so not a feed.");
        }
        return xml(body, contentType, feedUrl);
    }

    /**
     * A non-validating parser that refuses any DOCTYPE, and so every entity declaration (XXE, "billion laughs"),
     * loads no external DTD and resolves no external entity; Rome's defaults, made explicit and checked by tests.
     */
    static SAXBuilder secureBuilder() {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        builder.setExpandEntities(false);
        builder.setEntityResolver((publicId, systemId) -> {
            throw new SAXException("External entities are refused.");
        });
        builder.setReuseParser(true);
        return builder;
    }

    /** Whether {@code body} is a web page rather than a feed (where to look for the feed's address). */
    public static boolean isWebPage(byte[] body) {
        return looksLikeHtml(start(body));
    }

    private static boolean looksLikeHtml(String start) {
        String head = start.length() > 1024 ? start.substring(0, 1024) : start;
        return head.startsWith("<!doctype html") || head.startsWith("<html")
                || (!head.contains("<rss") && !head.contains("<feed") && !head.contains("<rdf")
                && (head.contains("<html") || head.contains("<head") || head.contains("<body")));
    }

    /** The first kilobytes of the body, without a byte-order mark or leading space, lower-cased. */
    private static String start(byte[] body) {
        int length = Math.min(body.length, 4096);
        String text = new String(body, 0, length, StandardCharsets.ISO_8859_1);
        if (text.startsWith("\u00ef\u00bb\u00bf")) {
            text = text.substring(3);
        } else if (text.startsWith("\u00fe\u00ff") || text.startsWith("\u00ff\u00fe")) {
            text = new String(body, 0, length, StandardCharsets.UTF_16).replace("\ufeff", "");
        }
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private ParsedFeed xml(byte[] body, String contentType, String feedUrl) {
        SyndFeed feed;
        try {
            Document document;
            try {
                document = document(body, contentType, false);
            } catch (JDOMParseException strict) {
                // Rome's healing, only for feeds that need it: junk before the prolog, HTML entities (&nbsp;)
                document = document(body, contentType, true);
            }
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(document);
        } catch (JDOMParseException e) {
            if (String.valueOf(e.getMessage()).toUpperCase(Locale.ROOT).contains("DOCTYPE")) {
                throw new org.newsdesk.feed.FeedException("The feed declares a DTD, which Newsdesk refuses to read"
                        + " (it could pull in other files).", e);
            }
            int line = e.getLineNumber();
            throw new org.newsdesk.feed.FeedException("The feed is not well-formed XML"
                    + (line > 0 ? " (line " + line + ")" : "") + ".", e);
        } catch (IllegalArgumentException e) {
            throw new org.newsdesk.feed.FeedException("The address gives XML that is not an RSS or Atom feed.", e);
        } catch (JDOMException | FeedException | IOException | RuntimeException e) {
            throw new org.newsdesk.feed.FeedException("The feed could not be read as XML.", e);
        }
        String base = FeedText.link(feed.getLink(), feedUrl) != null ? FeedText.link(feed.getLink(), feedUrl) : feedUrl;
        List<ParsedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            if (items.size() >= MAX_ITEMS) {
                break;
            }
            ParsedItem item = item(entry, base);
            if (item != null) {
                items.add(item);
            }
        }
        return new ParsedFeed(feed.getFeedType(), FeedText.headline(feed.getTitle()), siteOf(feed, feedUrl), items);
    }

    private static Document document(byte[] body, String contentType, boolean heal) throws IOException,
            JDOMException {
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body),
                contentType == null || contentType.isBlank() ? null : contentType, true)) {
            return XML.get().build(heal ? new XmlFixerReader(reader) : reader);
        }
    }

    private static String siteOf(SyndFeed feed, String feedUrl) {
        String site = FeedText.link(feed.getLink(), feedUrl);
        if (site == null && feed.getLinks() != null) {
            for (SyndLink link : feed.getLinks()) {
                if (link.getRel() == null || link.getRel().equals("alternate")) {
                    site = FeedText.link(link.getHref(), feedUrl);
                    if (site != null) {
                        break;
                    }
                }
            }
        }
        return site;
    }

    private static ParsedItem item(SyndEntry entry, String base) {
        String link = FeedText.link(entry.getLink(), base);
        if (link == null && entry.getLinks() != null) {
            for (SyndLink candidate : entry.getLinks()) {
                if (candidate.getRel() == null || candidate.getRel().equals("alternate")) {
                    link = FeedText.link(candidate.getHref(), base);
                    if (link != null) {
                        break;
                    }
                }
            }
        }
        String headline = FeedText.headline(entry.getTitle());
        String teaser = teaser(entry);
        if (headline.isEmpty()) {
            headline = FeedText.plain(teaser, 120);
        }
        String guid = entry.getUri() == null || entry.getUri().isBlank() ? null : clip(entry.getUri().strip(), 1000);
        if (headline.isEmpty() && link == null && guid == null) {
            return null;
        }
        Date published = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return new ParsedItem(guid, link, headline, teaser, author(entry),
                published == null ? null : plausible(published.toInstant()));
    }

    private static String teaser(SyndEntry entry) {
        SyndContent description = entry.getDescription();
        if (description != null && description.getValue() != null && !description.getValue().isBlank()) {
            return FeedText.plain(description.getValue(), FeedText.TEASER_LENGTH);
        }
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null && !content.getValue().isBlank()) {
                return FeedText.plain(content.getValue(), FeedText.TEASER_LENGTH);
            }
        }
        return "";
    }

    private static String author(SyndEntry entry) {
        String author = entry.getAuthor();
        if ((author == null || author.isBlank()) && entry.getAuthors() != null && !entry.getAuthors().isEmpty()) {
            author = entry.getAuthors().get(0).getName();
        }
        String text = FeedText.plain(author, 200);
        return text.isEmpty() ? null : text;
    }

    private ParsedFeed json(byte[] body, String feedUrl) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new org.newsdesk.feed.FeedException("The feed is not valid JSON (line "
                    + (e.getLocation() == null ? 0 : e.getLocation().getLineNr()) + ").", e);
        } catch (IOException e) {
            throw new org.newsdesk.feed.FeedException("The feed could not be read as JSON.", e);
        }
        String version = root == null ? "" : root.path("version").asText("");
        if (!root.isObject() || !version.startsWith("https://jsonfeed.org/version/")) {
            throw new org.newsdesk.feed.FeedException("The address gives JSON that is not a JSON Feed.");
        }
        String format = "json_" + version.substring("https://jsonfeed.org/version/".length());
        String site = FeedText.link(root.path("home_page_url").asText(null), feedUrl);
        List<ParsedItem> items = new ArrayList<>();
        for (JsonNode node : root.path("items")) {
            if (items.size() >= MAX_ITEMS) {
                break;
            }
            if (!node.isObject()) {
                continue;
            }
            String link = FeedText.link(text(node, "url"), feedUrl);
            if (link == null) {
                link = FeedText.link(text(node, "external_url"), feedUrl);
            }
            String teaser = FeedText.plain(firstOf(node, "summary", "content_text", "content_html"),
                    FeedText.TEASER_LENGTH);
            String headline = FeedText.headline(text(node, "title"));
            if (headline.isEmpty()) {
                headline = FeedText.plain(teaser, 120);
            }
            String guid = text(node, "id");
            if (headline.isEmpty() && link == null && guid == null) {
                continue;
            }
            String author = node.path("authors").path(0).path("name").asText(null);
            if (author == null) {
                author = node.path("author").path("name").asText(null);
            }
            String authorText = FeedText.plain(author, 200);
            String date = text(node, "date_published");
            items.add(new ParsedItem(guid == null ? null : clip(guid, 1000), link, headline, teaser,
                    authorText.isEmpty() ? null : authorText,
                    instant(date != null ? date : text(node, "date_modified"))));
        }
        return new ParsedFeed(format, FeedText.headline(text(root, "title")), site, items);
    }

    private static String firstOf(JsonNode node, String... fields) {
        for (String field : fields) {
            String value = text(node, field);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /** A field's text; a number is read as text (JSON Feed ids are strings, but some feeds send numbers). */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
    }

    /** RFC 3339 dates, as JSON Feed asks; anything else is no date rather than a wrong one. */
    static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return plausible(OffsetDateTime.parse(text.strip()).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return plausible(Instant.parse(text.strip()));
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    /** Dates before 1995 (no news feed is older) are typos or zeroes: no date. */
    private static Instant plausible(Instant instant) {
        return instant.isBefore(Instant.parse("1995-01-01T00:00:00Z")) ? null : instant;
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
