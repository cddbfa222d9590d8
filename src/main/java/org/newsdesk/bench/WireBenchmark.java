package org.newsdesk.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.newsdesk.app.FeedRefresh;
import org.newsdesk.app.FeedRefreshService;
import org.newsdesk.bench.BenchmarkReport.Measurement;
import org.newsdesk.clip.Fetcher;
import org.newsdesk.feed.FeedFetcher;
import org.newsdesk.feed.FeedParser;
import org.newsdesk.feed.HostGate;
import org.newsdesk.model.Feed;
import org.newsdesk.store.Database;
import org.newsdesk.store.WireStore;

/**
 * The wire desk's row of the benchmark: refreshing 200 feeds of 50 items each, served by a local web server
 * (with the one-request-per-host limit lifted for loopback only), into a fresh database, and the heap it took.
 */
public final class WireBenchmark {
    static final int FEEDS = 200;
    static final int ITEMS = 50;
    static final double TARGET_SECONDS = 10;

    private final Consumer<String> progress;
    private final int feeds;
    private final int items;

    public WireBenchmark(Consumer<String> progress) {
        this(progress, FEEDS, ITEMS);
    }

    WireBenchmark(Consumer<String> progress, int feeds, int items) {
        this.progress = progress;
        this.feeds = feeds;
        this.items = items;
    }

    public List<Measurement> run() {
        progress.accept("Refreshing " + feeds + " feeds of " + items + " items from a local server…");
        Path folder;
        try {
            folder = Files.createTempDirectory("newsdesk-wire-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpServer server = null;
        ExecutorService serverThreads = Executors.newFixedThreadPool(4);
        ExecutorService network = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "bench-network");
            thread.setDaemon(true);
            return thread;
        });
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        try (Database db = Database.open(folder.resolve("wire.db"))) {
            server = serve(serverThreads);
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Clock clock = Clock.systemUTC();
            WireStore store = new WireStore(db);
            db.write(connection -> {
                for (int n = 0; n < feeds; n++) {
                    store.insertFeed(Feed.subscribe(base + "/feed/" + n, null, null, null, clock.instant()));
                }
                return null;
            });
            FeedRefreshService refreshing = new FeedRefreshService(db, store, clock, new FeedFetcher(new HostGate(true),
                    Fetcher.TIMEOUT, Fetcher.MAX_BYTES, Fetcher.MAX_REDIRECTS, clock), new FeedParser(), network);
            System.gc();
            long baseline = heapUsed();
            AtomicLong peak = new AtomicLong(baseline);
            sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(heapUsed(), Math::max), 0, 5,
                    TimeUnit.MILLISECONDS);
            long started = System.nanoTime();
            long cpuStarted = processCpuNanos();
            List<FeedRefresh> results = refreshing.refresh(true);
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpuStarted) / 1e9;
            sampler.shutdownNow();
            long failed = results.stream().filter(result -> result.result() == FeedRefresh.Result.FAILED).count();
            int stored = results.stream().mapToInt(FeedRefresh::newItems).sum();
            if (failed > 0 || stored != feeds * items) {
                throw new IllegalStateException("The wire benchmark stored " + stored + " of " + feeds * items
                        + " items; " + failed + " feeds failed, the first with: " + results.stream()
                        .filter(result -> result.error() != null).map(FeedRefresh::error).findFirst().orElse("-"));
            }
            List<Measurement> measurements = new ArrayList<>();
            measurements.add(new Measurement("wireRefreshSeconds", String.format(Locale.ROOT,
                    "wire refresh: %d feeds x %d items (local)", feeds, items), seconds, "s", TARGET_SECONDS, false));
            measurements.add(new Measurement("wireRefreshCpuSeconds", "wire refresh: CPU time of the process"
                    + " (server too)", cpuSeconds, "s", null, false));
            measurements.add(new Measurement("wireItemsPerSecond", "wire refresh: items stored per second",
                    stored / seconds, "items/s", null, true));
            measurements.add(new Measurement("wireHeapMb", "wire refresh: heap above its start (peak)",
                    (peak.get() - baseline) / 1_048_576.0, "MB", null, false));
            return measurements;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            sampler.shutdownNow();
            if (server != null) {
                server.stop(0);
            }
            serverThreads.shutdownNow();
            network.shutdownNow();
            deleteAll(folder);
        }
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** A server on 127.0.0.1 whose /feed/N is an RSS 2.0 feed of distinct items, as an outlet's would be. */
    private HttpServer serve(ExecutorService threads) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(threads);
        server.createContext("/feed/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                int n = Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
                byte[] body = feed(n).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
                exchange.getResponseHeaders().add("ETag", "\"feed-" + n + "\"");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
        return server;
    }

    private String feed(int n) {
        DateTimeFormatter rfc822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
        Instant newest = Instant.parse("2024-06-11T15:00:00Z");
        StringBuilder feed = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Outlet " + n + " news</title>"
                + "<link>https://outlet" + n + ".example/</link><description>All the news of outlet " + n
                + "</description>\n");
        for (int i = 0; i < items; i++) {
            feed.append("<item><title>Council ").append(n).append(" weighs police overtime audit, item ").append(i)
                    .append("</title><link>https://outlet").append(n).append(".example/2024/06/story-").append(i)
                    .append("?utm_source=rss</link><guid isPermaLink=\"false\">outlet-").append(n).append('-')
                    .append(i).append("</guid><pubDate>").append(rfc822.format(newest.minusSeconds(600L * i)))
                    .append("</pubDate><dc:creator>Reporter ").append(i % 7).append("</dc:creator>")
                    .append("<description><![CDATA[<p>The <b>council</b> met on Tuesday to weigh the audit of police")
                    .append(" overtime; members asked for a full accounting before the budget vote. <a href=\"")
                    .append("https://outlet").append(n).append(".example/more\">Read more</a></p>]]></description>")
                    .append("</item>\n");
        }
        return feed.append("</channel></rss>\n").toString();
    }

    private static void deleteAll(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary folder left behind is the system's to clean
        }
    }
}
