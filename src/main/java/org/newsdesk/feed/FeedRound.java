package org.newsdesk.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * One round of fetching: each feed is fetched and parsed on the network executor, many at once (the
 * {@link HostGate} still lets one request at a time reach each host); nothing here touches the database.
 */
public final class FeedRound {
    /** A feed to fetch, with the validators of its last fetch (each may be null). */
    public record Request(UUID feedId, String url, String etag, String lastModified) {
    }

    /**
     * How one feed's fetch went: {@code response} and {@code feed} (null when not modified), or {@code error}.
     */
    public record Outcome(Request request, FeedResponse response, ParsedFeed feed, FeedException error) {
        public boolean notModified() {
            return error == null && response.notModified();
        }
    }

    private final FeedFetcher fetcher;
    private final FeedParser parser;
    private final Executor network;

    public FeedRound(FeedFetcher fetcher, FeedParser parser, Executor network) {
        this.fetcher = fetcher;
        this.parser = parser;
        this.network = network;
    }

    /** Fetches and parses every request; the future completes with one outcome per request, in order. */
    public CompletableFuture<List<Outcome>> run(List<Request> requests) {
        List<CompletableFuture<Outcome>> pending = new ArrayList<>();
        for (Request request : requests) {
            pending.add(CompletableFuture.supplyAsync(() -> fetch(request), network));
        }
        return CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                .thenApply(done -> pending.stream().map(CompletableFuture::join).toList());
    }

    /** Fetches and parses one feed; never throws, a failure is the outcome's error. */
    public Outcome fetch(Request request) {
        try {
            FeedResponse response = fetcher.fetch(request.url(), request.etag(), request.lastModified());
            if (response.notModified()) {
                return new Outcome(request, response, null, null);
            }
            ParsedFeed feed = parser.parse(response.body(), response.contentType(), response.finalUrl());
            return new Outcome(request, response, feed, null);
        } catch (FeedException e) {
            return new Outcome(request, null, null, e);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(request, null, null, new FeedException("The feed could not be read ("
                    + e.getClass().getSimpleName() + ").", e));
        }
    }
}
