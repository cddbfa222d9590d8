package org.newsdesk.feed;

/** One subscription in an OPML file: the feed's address, its title, the site it belongs to, and its outlet. */
public record OpmlOutline(String feedUrl, String title, String siteUrl, String outlet) {
}
