package org.newsdesk.feed;

import java.time.Instant;

/** One item as read from a feed: text only, a link that is http(s) or null, a publication time or null. */
public record ParsedItem(String guid, String link, String headline, String teaser, String author,
                         Instant publishedAt) {
}
