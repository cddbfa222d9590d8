package org.newsdesk.feed;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.newsdesk.clip.Fetcher;
import org.newsdesk.clip.HttpBodies;

/**
 * Fetches a feed politely: a conditional GET (ETag, Last-Modified), gzip or deflate, the clip {@link Fetcher}'s
 * bounds on time, size and redirects, at most one request at a time per host ({@link HostGate}), and a
 * {@code Retry-After} answer reported so the feed waits as long as asked. Safe to share between threads.
 */
public final class FeedFetcher {
    private final HttpClient client;
    private final HostGate gate;
    private final Duration timeout;
    private final int maxBytes;
    private final int maxRedirects;
    private final Clock clock;

    /** The clip fetcher's limits, one request at a time per host. */
    public FeedFetcher() {
        this(new HostGate(), Fetcher.TIMEOUT, Fetcher.MAX_BYTES, Fetcher.MAX_REDIRECTS, Clock.systemUTC());
    }

    public FeedFetcher(HostGate gate, Duration timeout, int maxBytes, int maxRedirects, Clock clock) {
        this.gate = gate;
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.maxRedirects = maxRedirects;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /**
     * Fetches {@code url}, sending {@code etag} and {@code lastModified} (each may be null) so an unchanged feed
     * answers 304 without a body.
     *
     * @throws FeedException with one sentence, the wait a {@code Retry-After} asked for, and whether the site was
     *                       unreachable
     */
    public FeedResponse fetch(String url, String etag, String lastModified) {
        URI uri = parse(url);
        Set<URI> seen = new HashSet<>();
        seen.add(uri);
        for (int hop = 0; ; hop++) {
            URI current = uri;
            HttpResponse<byte[]> response = gate.through(current, () -> send(current, etag, lastModified));
            int status = response.statusCode();
            HttpHeaders headers = response.headers();
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                String location = headers.firstValue("Location").orElse("");
                if (location.isBlank()) {
                    throw new FeedException("The site answered " + status + " (a redirect) without saying where to.");
                }
                URI next = resolve(uri, location);
                if (!seen.add(next)) {
                    throw new FeedException("The feed's address redirects in a loop (" + host(uri) + ").");
                }
                if (hop + 1 > maxRedirects) {
                    throw new FeedException("The feed's address redirects more than " + maxRedirects + " times.");
                }
                uri = next;
                continue;
            }
            if (status == 304) {
                return FeedResponse.unchanged(uri.toString(), headers.firstValue("ETag").orElse(etag),
                        headers.firstValue("Last-Modified").orElse(lastModified));
            }
            if (status >= 400) {
                Duration wait = retryAfter(headers.firstValue("Retry-After").orElse(null));
                throw new FeedException("The site answered " + status + reason(status) + ".", wait, false, null);
            }
            if (status < 200 || status >= 300) {
                throw new FeedException("The site answered " + status + " instead of a feed.");
            }
            byte[] body = decompress(response.body(),
                    headers.firstValue("Content-Encoding").orElse("").toLowerCase(Locale.ROOT).strip());
            return new FeedResponse(uri.toString(), false, body, headers.firstValue("Content-Type").orElse(""),
                    headers.firstValue("ETag").orElse(null), headers.firstValue("Last-Modified").orElse(null));
        }
    }

    private HttpResponse<byte[]> send(URI uri, String etag, String lastModified) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("User-Agent", Fetcher.USER_AGENT)
                .header("Accept", "application/rss+xml, application/atom+xml, application/feed+json,"
                        + " application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5")
                .header("Accept-Encoding", "gzip, deflate")
                .GET();
        if (etag != null && !etag.isBlank()) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null && !lastModified.isBlank()) {
            request.header("If-Modified-Since", lastModified);
        }
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request.build(), this::bodyFor);
        try {
            return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FeedException("The site " + host(uri) + " did not send the whole feed within "
                    + timeout.toSeconds() + " seconds.");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FeedException("Fetching " + host(uri) + " was interrupted.", e);
        } catch (ExecutionException e) {
            throw failure(uri, e.getCause());
        }
    }

    /** Reads the body only of a successful answer; anything else is cut off at once. */
    private HttpResponse.BodySubscriber<byte[]> bodyFor(HttpResponse.ResponseInfo info) {
        int status = info.statusCode();
        if (status < 200 || status >= 300) {
            return HttpBodies.discarded();
        }
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > maxBytes) {
            return HttpBodies.failing(tooLarge(maxBytes));
        }
        return HttpBodies.capped(maxBytes, () -> tooLarge(maxBytes));
    }

    /** A {@code Retry-After} value (seconds or an HTTP date) as a wait, or null when absent or unreadable. */
    Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        try {
            long seconds = Long.parseLong(trimmed);
            return seconds < 0 ? null : Duration.ofSeconds(Math.min(seconds, Duration.ofDays(7).toSeconds()));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(clock.instant(), at);
                return wait.isNegative() ? Duration.ZERO : wait.compareTo(Duration.ofDays(7)) > 0
                        ? Duration.ofDays(7) : wait;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 401 -> " Unauthorized";
            case 403 -> " Forbidden";
            case 404 -> " Not Found";
            case 410 -> " Gone";
            case 429 -> " Too Many Requests";
            case 500 -> " Internal Server Error";
            case 502 -> " Bad Gateway";
            case 503 -> " Service Unavailable";
            case 504 -> " Gateway Timeout";
            default -> "";
        };
    }

    private static FeedException tooLarge(int cap) {
        return new FeedException("The feed is larger than " + HttpBodies.size(cap) + ".");
    }

    private static FeedException failure(URI uri, Throwable cause) {
        if (cause instanceof FeedException feed) {
            return feed;
        }
        HttpBodies.Failure failure = HttpBodies.describe(uri, cause);
        return new FeedException(failure.message(), null, failure.offline(), cause);
    }

    private byte[] decompress(byte[] body, String encoding) {
        if (!HttpBodies.canDecompress(encoding)) {
            throw new FeedException("The site sent the feed compressed as \"" + encoding
                    + "\", which Newsdesk cannot read.");
        }
        try {
            return HttpBodies.decompress(body, encoding, maxBytes, () -> tooLarge(maxBytes));
        } catch (IOException e) {
            throw new FeedException("The site sent a damaged compressed feed.", e);
        }
    }

    private static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw new FeedException("No feed address was given.");
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new FeedException("\"" + url.strip() + "\" is not a web address (it must start with http://"
                        + " or https://).");
            }
            if (uri.getHost() == null) {
                throw new FeedException("\"" + url.strip() + "\" has no site name in it.");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new FeedException("\"" + url.strip() + "\" is not a valid web address.", e);
        }
    }

    private static URI resolve(URI base, String location) {
        try {
            URI next = base.resolve(new URI(location.strip().replace(" ", "%20")));
            String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new FeedException("The site redirects the feed to \"" + FeedText.plain(location, 100)
                        + "\", which is not a web address.");
            }
            return next;
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FeedException("The site redirects the feed to an invalid address.", e);
        }
    }

    private static String host(URI uri) {
        return uri.getHost() == null ? uri.toString() : uri.getHost();
    }
}
