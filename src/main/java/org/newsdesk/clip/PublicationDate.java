package org.newsdesk.clip;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** When the page says its article was first published, never taking an update's time for it. */
final class PublicationDate {
    private final String pageUrl;
    private final List<Element> times;
    private final List<Element> stamps;
    private final MetaTags meta;
    private final LinkedData linkedData;

    /** {@code times} are the page's time and datePublished elements, {@code stamps} its dated boxes with a title. */
    PublicationDate(String pageUrl, List<Element> times, List<Element> stamps, MetaTags meta, LinkedData linkedData) {
        this.pageUrl = pageUrl;
        this.times = times;
        this.stamps = stamps;
        this.meta = meta;
        this.linkedData = linkedData;
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
        candidates.add(linkedData.articleText("datePublished"));
        candidates.add(meta.first("article:published_time", "og:published_time", "article:published", "datepublished",
                "published_time", "publish_date", "publish-date", "publishdate", "pubdate", "publication_date",
                "sailthru.date", "parsely-pub-date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created",
                "dcterms.date", "date", "citation_publication_date", "citation_date", "bepress_citation_date",
                "article.published", "article:publicationdate", "publicationdate", "cxenseparse:recs:publishtime"));
        Dates.When stated = firstDate(candidates);
        if (stated != null) {
            return stated;
        }
        for (Element time : times) {
            if (PageFurniture.isAside(time) || isUpdate(time)) {
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
            if (!PageFurniture.isAside(stamp) && !isUpdate(stamp)) {
                candidates.add(stamp.attr("title"));
            }
        }
        candidates.add(linkedData.articleText("dateCreated"));
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
}
