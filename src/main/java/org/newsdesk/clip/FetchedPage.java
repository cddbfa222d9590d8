package org.newsdesk.clip;

/** A web page as fetched: the address asked for, the address it ended at after redirects, and its decoded HTML. */
public record FetchedPage(String requestedUrl, String finalUrl, String html, String contentType) {
}
