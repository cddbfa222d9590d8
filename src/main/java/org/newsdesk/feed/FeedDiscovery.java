package org.newsdesk.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds a site's feeds in its page: the {@code <link rel="alternate">} elements of RSS, Atom or JSON Feed type. */
public final class FeedDiscovery {
    private FeedDiscovery() {
    }

    /** The feed addresses {@code html} (the page at {@code pageUrl}) announces, in the page's order, http(s) only. */
    public static List<String> find(String html, String pageUrl) {
        Document page = Jsoup.parse(html, pageUrl);
        List<String> found = new ArrayList<>();
        for (Element link : page.select("link[rel~=(?i)\\balternate\\b][href]")) {
            String type = link.attr("type").toLowerCase(Locale.ROOT).strip();
            if (type.equals("application/rss+xml") || type.equals("application/atom+xml")
                    || type.equals("application/feed+json") || type.equals("application/json")
                    || type.equals("application/rdf+xml")) {
                String address = FeedText.link(link.attr("href"), pageUrl);
                if (address != null && !found.contains(address)) {
                    found.add(address);
                }
            }
        }
        return found;
    }
}
