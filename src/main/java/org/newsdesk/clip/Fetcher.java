package org.newsdesk.clip;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches a web page for clipping, within firm bounds: one overall time limit (also for a server that trickles
 * bytes forever), a few redirects, a body size cap, gzip or deflate, and the charset a browser would pick.
 * Safe to share between threads.
 */
public final class Fetcher {
    public static final String USER_AGENT = "Newsdesk/0.1 (+newsroom clipping tool)";
    public static final Duration TIMEOUT = Duration.ofSeconds(15);
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_REDIRECTS = 5;

    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(402, "Payment Required"),
            Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
            Map.entry(406, "Not Acceptable"), Map.entry(408, "Request Timeout"), Map.entry(410, "Gone"),
            Map.entry(429, "Too Many Requests"), Map.entry(451, "Unavailable For Legal Reasons"),
            Map.entry(500, "Internal Server Error"), Map.entry(501, "Not Implemented"),
            Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

    private final HttpClient client;
    private final Duration timeout;
    private final int maxBytes;
    private final int maxRedirects;

    public Fetcher() {
        this(TIMEOUT, MAX_BYTES, MAX_REDIRECTS);
    }

    /** A fetcher with other bounds, for tests that cannot wait fifteen seconds. */
    public Fetcher(Duration timeout, int maxBytes, int maxRedirects) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.maxRedirects = maxRedirects;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /**
     * Fetches {@code url}, following redirects.
     *
     * @throws ClipException with one sentence saying what went wrong; {@link ClipException#isOffline()} when the
     *         site could not be reached at all
     */
    public FetchedPage fetch(String url) {
        URI uri = parse(url);
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<URI> seen = new HashSet<>();
        seen.add(uri);
        for (int hop = 0; ; hop++) {
            HttpResponse<byte[]> response = send(uri, deadline);
            int status = response.statusCode();
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                String location = response.headers().firstValue("Location").orElse("");
                if (location.isBlank()) {
                    throw new ClipException("The site answered " + status + " (a redirect) without saying where to.");
                }
                URI next = resolve(uri, location);
                if (!seen.add(next)) {
                    throw new ClipException("The address redirects in a loop (" + host(uri) + ").");
                }
                if (hop + 1 > maxRedirects) {
                    throw new ClipException("The address redirects more than " + maxRedirects + " times.");
                }
                uri = next;
                continue;
            }
            if (status >= 400) {
                String reason = REASONS.get(status);
                throw new ClipException("The site answered " + status + (reason == null ? "" : " " + reason) + ".");
            }
            if (status < 200 || status >= 300) {
                throw new ClipException("The site answered " + status + " instead of a page.");
            }
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            String refusal = refusal(contentType);
            if (refusal != null) {
                throw new ClipException("The address gives " + refusal + ", not a web page.");
            }
            byte[] body = decompress(response.body(),
                    response.headers().firstValue("Content-Encoding").orElse("").toLowerCase(Locale.ROOT).strip());
            if (PageDecoder.looksBinary(body)) {
                throw new ClipException("The address gives binary data, not a web page.");
            }
            return new FetchedPage(url, uri.toString(), PageDecoder.decode(body, contentType), contentType);
        }
    }

    private HttpResponse<byte[]> send(URI uri, long deadline) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw tooSlow(uri);
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofNanos(remaining))
                .header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
                .header("Accept-Encoding", "gzip, deflate")
                .GET()
                .build();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, this::bodyFor);
        try {
            return future.get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw tooSlow(uri);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ClipException("Fetching " + host(uri) + " was interrupted.", e);
        } catch (ExecutionException e) {
            throw failure(uri, e.getCause());
        }
    }

    private ClipException tooSlow(URI uri) {
        return new ClipException("The site " + host(uri) + " did not send the whole page within "
                + timeout.toSeconds() + " seconds.");
    }

    /** Reads the body only of a successful HTML answer; anything else is cut off at once. */
    private HttpResponse.BodySubscriber<byte[]> bodyFor(HttpResponse.ResponseInfo info) {
        int status = info.statusCode();
        String contentType = info.headers().firstValue("Content-Type").orElse("");
        if (status < 200 || status >= 300 || refusal(contentType) != null) {
            return HttpBodies.discarded();
        }
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > maxBytes) {
            return HttpBodies.failing(tooLarge());
        }
        return HttpBodies.capped(maxBytes, this::tooLarge);
    }

    private ClipException tooLarge() {
        return tooLarge(maxBytes);
    }

    private static ClipException tooLarge(int cap) {
        return new ClipException("The page is larger than " + HttpBodies.size(cap) + ".");
    }

    private static ClipException failure(URI uri, Throwable cause) {
        if (cause instanceof ClipException clip) {
            return clip;
        }
        HttpBodies.Failure failure = HttpBodies.describe(uri, cause);
        return failure.offline() ? ClipException.offline(failure.message(), cause)
                : new ClipException(failure.message(), cause);
    }

    private byte[] decompress(byte[] body, String encoding) {
        if (!HttpBodies.canDecompress(encoding)) {
            throw new ClipException("The site sent the page compressed as \"" + encoding
                    + "\", which Newsdesk cannot read.");
        }
        try {
            return HttpBodies.decompress(body, encoding, maxBytes, this::tooLarge);
        } catch (IOException e) {
            throw new ClipException("The site sent a damaged compressed page.", e);
        }
    }

    /** What the content type is in words when it is not HTML, or null for a web page. */
    static String refusal(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        int semicolon = type.indexOf(';');
        type = (semicolon >= 0 ? type.substring(0, semicolon) : type).strip();
        if (type.isEmpty() || type.equals("text/html") || type.equals("application/xhtml+xml")) {
            return null;
        }
        if (type.equals("application/pdf")) {
            return "a PDF document";
        }
        if (type.startsWith("image/")) {
            return "an image (" + type + ")";
        }
        if (type.startsWith("video/")) {
            return "a video (" + type + ")";
        }
        if (type.startsWith("audio/")) {
            return "an audio file (" + type + ")";
        }
        if (type.equals("application/json") || type.endsWith("+json")) {
            return "JSON data (" + type + ")";
        }
        if (type.contains("rss") || type.contains("atom")) {
            return "a news feed (" + type + ")";
        }
        if (type.endsWith("/xml") || type.endsWith("+xml")) {
            return "an XML document (" + type + ")";
        }
        if (type.equals("text/plain")) {
            return "a plain text file";
        }
        if (type.contains("zip") || type.contains("compressed") || type.contains("tar")) {
            return "an archive (" + type + ")";
        }
        if (type.contains("msword") || type.contains("officedocument") || type.contains("opendocument")) {
            return "an office document (" + type + ")";
        }
        return "a file of type " + type;
    }

    private static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw new ClipException("No address was given.");
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new ClipException("\"" + url.strip() + "\" is not a web address (it must start with http:// or https://).");
            }
            if (uri.getHost() == null) {
                throw new ClipException("\"" + url.strip() + "\" has no site name in it.");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ClipException("\"" + url.strip() + "\" is not a valid web address.", e);
        }
    }

    private static URI resolve(URI base, String location) {
        try {
            URI next = base.resolve(new URI(location.strip().replace(" ", "%20")));
            String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new ClipException("The site redirects to \"" + location + "\", which is not a web page.");
            }
            return next;
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new ClipException("The site redirects to an invalid address.", e);
        }
    }

    private static String host(URI uri) {
        return uri.getHost() == null ? uri.toString() : uri.getHost();
    }
}
