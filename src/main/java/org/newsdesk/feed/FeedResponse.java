package org.newsdesk.feed;

/**
 * A feed's answer to a conditional GET: either "not modified" (no body) or the body with the validators to send
 * next time ({@code etag}, {@code lastModified}, each null when the site gave none).
 */
public record FeedResponse(String finalUrl, boolean notModified, byte[] body, String contentType, String etag,
                           String lastModified) {
    static FeedResponse unchanged(String finalUrl, String etag, String lastModified) {
        return new FeedResponse(finalUrl, true, new byte[0], "", etag, lastModified);
    }
}
