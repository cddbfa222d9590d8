package org.newsdesk.clip;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import javax.net.ssl.SSLException;

/**
 * Reading an HTTP answer within bounds, shared by the clip {@link Fetcher} and the wire desk's feed fetcher: a body
 * capped in size (the download cut off as soon as it grows past the cap), gzip and deflate unpacked within the same
 * cap, and a failed connection said in one sentence.
 */
public final class HttpBodies {
    private HttpBodies() {
    }

    /** A failed connection in one sentence, and whether the site could not be reached at all (offline). */
    public record Failure(String message, boolean offline) {
    }

    /** A body of at most {@code cap} bytes; past it the download stops and the body fails with {@code tooLarge}. */
    public static HttpResponse.BodySubscriber<byte[]> capped(int cap, Supplier<? extends RuntimeException> tooLarge) {
        return new CappedBody(cap, tooLarge, null);
    }

    /** No body at all: the download is cut off at once (an error page, a type that is refused). */
    public static HttpResponse.BodySubscriber<byte[]> discarded() {
        return new CappedBody(-1, null, null);
    }

    /** A body that fails at once with {@code failure} (one announced larger than the cap). */
    public static HttpResponse.BodySubscriber<byte[]> failing(RuntimeException failure) {
        return new CappedBody(-1, null, failure);
    }

    /** The cap in words: "10 MB", "512 KB". */
    public static String size(int cap) {
        return cap >= 1024 * 1024 ? (cap / (1024 * 1024)) + " MB" : (cap / 1024) + " KB";
    }

    /** Whether {@link #decompress} reads {@code encoding} (a lower-case {@code Content-Encoding}). */
    public static boolean canDecompress(String encoding) {
        return encoding.isEmpty() || encoding.equals("identity") || encoding.equals("gzip")
                || encoding.equals("x-gzip") || encoding.equals("deflate");
    }

    /**
     * {@code body} unpacked as {@code encoding} says, at most {@code cap} bytes, so a small compressed bomb cannot
     * fill the memory.
     *
     * @throws IOException when the compressed data is damaged
     * @throws IllegalArgumentException when {@link #canDecompress} says no
     */
    public static byte[] decompress(byte[] body, String encoding, int cap, Supplier<? extends RuntimeException> tooLarge)
            throws IOException {
        if (encoding.isEmpty() || encoding.equals("identity")) {
            return body;
        }
        if (encoding.equals("gzip") || encoding.equals("x-gzip")) {
            return readCapped(new GZIPInputStream(new ByteArrayInputStream(body)), cap, tooLarge);
        }
        if (encoding.equals("deflate")) {
            // "deflate" should be zlib-wrapped, but some servers send raw deflate data.
            boolean zlib = body.length > 1 && (body[0] & 0x0f) == 8
                    && ((body[0] & 0xff) * 256 + (body[1] & 0xff)) % 31 == 0;
            return readCapped(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(!zlib)), cap,
                    tooLarge);
        }
        throw new IllegalArgumentException("Cannot unpack \"" + encoding + "\".");
    }

    private static byte[] readCapped(InputStream in, int cap, Supplier<? extends RuntimeException> tooLarge)
            throws IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16384];
            int read;
            while ((read = in.read(buffer)) > 0) {
                out.write(buffer, 0, read);
                if (out.size() > cap) {
                    throw tooLarge.get();
                }
            }
            return out.toByteArray();
        }
    }

    /** Why the connection to {@code uri} failed, in one sentence for the person. */
    public static Failure describe(URI uri, Throwable cause) {
        String host = uri.getHost() == null ? uri.toString() : uri.getHost();
        if (cause instanceof HttpConnectTimeoutException) {
            return new Failure("Could not connect to " + host + " in time; the network may be down.", true);
        }
        if (cause instanceof HttpTimeoutException) {
            return new Failure("The site " + host + " did not answer in time.", false);
        }
        if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException
                || (cause != null && cause.getCause() instanceof UnresolvedAddressException)) {
            return new Failure("Could not find the site " + host
                    + "; the network may be down or the address mistyped.", true);
        }
        if (cause instanceof ConnectException) {
            return new Failure("Could not connect to " + host
                    + "; the network may be down or the site unreachable.", true);
        }
        if (cause instanceof SSLException) {
            return new Failure("The secure connection to " + host + " failed.", false);
        }
        String detail = cause == null || cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")";
        return new Failure("The connection to " + host + " failed" + detail + ".", false);
    }

    /** Collects a body up to a cap, cancelling the download as soon as it grows past it (or at once if -1). */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final int cap;
        private final Supplier<? extends RuntimeException> tooLarge;
        private final RuntimeException failure;
        private Flow.Subscription subscription;

        CappedBody(int cap, Supplier<? extends RuntimeException> tooLarge, RuntimeException failure) {
            this.cap = cap;
            this.tooLarge = tooLarge;
            this.failure = failure;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription newSubscription) {
            subscription = newSubscription;
            if (cap < 0) {
                newSubscription.cancel();
                if (failure != null) {
                    result.completeExceptionally(failure);
                } else {
                    result.complete(new byte[0]);
                }
                return;
            }
            newSubscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                out.write(chunk, 0, chunk.length);
            }
            if (out.size() > cap) {
                subscription.cancel();
                result.completeExceptionally(tooLarge.get());
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }
    }
}
