package org.newsdesk.feed;

import java.util.List;

/** A feed as read: its title and site address (text, http(s) only) and its items in the feed's order. */
public record ParsedFeed(String format, String title, String siteUrl, List<ParsedItem> items) {
    public ParsedFeed {
        items = List.copyOf(items);
    }
}
