package org.newsdesk.clip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(20)
class FetcherTest {
    private static final String PAGE = "<html><head><title>Budget passes</title></head><body><p>Café prices rise.</p></body></html>";
    private final LocalSite site;
    private final Fetcher fetcher = new Fetcher(Duration.ofSeconds(2), 64 * 1024, Fetcher.MAX_REDIRECTS);

    FetcherTest() throws IOException {
        site = new LocalSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void aPageIsFetchedWithAnHonestUserAgent() {
        AtomicReference<String> agent = new AtomicReference<>();
        site.handle("/story", exchange -> {
            agent.set(exchange.getRequestHeaders().getFirst("User-Agent"));
            LocalSite.send(exchange, 200, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8));
        });

        FetchedPage page = fetcher.fetch(site.url("/story"));

        assertEquals(PAGE, page.html());
        assertEquals("Newsdesk/0.1 (+newsroom clipping tool)", agent.get());
        assertEquals(site.url("/story"), page.finalUrl());
    }

    @Test
    void redirectsAreFollowedAndTheFinalAddressIsKept() {
        site.redirect("/short", "/middle").redirect("/middle", site.url("/article"))
                .page("/article", "text/html", PAGE);

        FetchedPage page = fetcher.fetch(site.url("/short"));

        assertEquals(site.url("/short"), page.requestedUrl());
        assertEquals(site.url("/article"), page.finalUrl());
        assertTrue(page.html().contains("Café"));
    }

    @Test
    void aRedirectLoopIsNamedAsSuch() {
        site.redirect("/a", "/b").redirect("/b", "/a");

        ClipException error = assertThrows(ClipException.class, () -> fetcher.fetch(site.url("/a")));

        assertEquals("The address redirects in a loop (127.0.0.1).", error.getMessage());
    }

    @Test
    void moreThanFiveRedirectsAreRefused() {
        for (int i = 0; i < 7; i++) {
            site.redirect("/hop" + i, "/hop" + (i + 1));
        }
        site.page("/hop7", "text/html", PAGE);

        ClipException error = assertThrows(ClipException.class, () -> fetcher.fetch(site.url("/hop0")));

        assertEquals("The address redirects more than 5 times.", error.getMessage());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            404, The site answered 404 Not Found.
            403, The site answered 403 Forbidden.
            503, The site answered 503 Service Unavailable.
            418, The site answered 418.
            """)
    void httpErrorsNameTheStatus(int status, String message) {
        site.handle("/gone", exchange -> LocalSite.send(exchange, status, "text/html", "<p>nope</p>".getBytes()));

        ClipException error = assertThrows(ClipException.class, () -> fetcher.fetch(site.url("/gone")));

        assertEquals(message, error.getMessage());
        assertFalse(error.isOffline());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            application/pdf, 'The address gives a PDF document, not a web page.'
            image/png, 'The address gives an image (image/png), not a web page.'
            application/json; charset=utf-8, 'The address gives JSON data (application/json), not a web page.'
            application/rss+xml, 'The address gives a news feed (application/rss+xml), not a web page.'
            """)
    void nonHtmlContentIsRefusedByName(String contentType, String message) {
        site.page("/file", contentType, "%PDF-1.7 binary");

        ClipException error = assertThrows(ClipException.class, () -> fetcher.fetch(site.url("/file")));

        assertEquals(message, error.getMessage());
    }

    @Test
    void binaryBytesServedAsHtmlAreRefused() {
        site.handle("/binary", exchange -> LocalSite.send(exchange, 200, "text/html",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3, 0, 0}));

        ClipException error = assertThrows(ClipException.class, () -> fetcher.fetch(site.url("/binary")));

        assertEquals("The address gives binary data, not a web page.", error.getMessage());
    }

    @Test
    void gzipAndDeflateBodiesAreDecompressed() throws IOException {
        byte[] html = PAGE.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gzipped)) {
            out.write(html);
        }
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (OutputStream out = new DeflaterOutputStream(deflated)) {
            out.write(html);
        }
        site.handle("/gzip", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            LocalSite.send(exchange, 200, "text/html; charset=utf-8", gzipped.toByteArray());
        });
        site.handle("/deflate", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "deflate");
            LocalSite.send(exchange, 200, "text/html; charset=utf-8", deflated.toByteArray());
        });

        assertEquals(PAGE, fetcher.fetch(site.url("/gzip")).html());
        assertEquals(PAGE, fetcher.fetch(site.url("/deflate")).html());
    }

    @Test
    void theCharsetComesFromTheHeaderThenTheBomThenTheMetaTag() {
        Charset latin = Charset.forName("windows-1252");
        String meta = "<html><head><meta charset=\"windows-1252\"></head><body><p>Café “quoted”</p></body></html>";
        site.handle("/header", exchange -> LocalSite.send(exchange, 200, "text/html; charset=ISO-8859-1",
                PAGE.getBytes(latin)));
        site.handle("/meta", exchange -> LocalSite.send(exchange, 200, "text/html", meta.getBytes(latin)));
        site.handle("/bom", exchange -> {
            byte[] utf8 = PAGE.getBytes(StandardCharsets.UTF_8);
            byte[] withBom = new byte[utf8.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(utf8, 0, withBom, 3, utf8.length);
            LocalSite.send(exchange, 200, "text/html", withBom);
        });

        assertEquals(PAGE, fetcher.fetch(site.url("/header")).html());
        assertEquals(meta, fetcher.fetch(site.url("/meta")).html());
        assertEquals(PAGE, fetcher.fetch(site.url("/bom")).html());
    }

    @Test
    void aPageLargerThanTheCapIsRefusedWhetherItsLengthIsDeclaredOrNot() {
        byte[] big = "<p>word</p>".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
        site.handle("/declared", exchange -> LocalSite.send(exchange, 200, "text/html", big));
        site.handle("/chunked", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write(big);
                }
            }
        });

        assertEquals("The page is larger than 64 KB.",
                assertThrows(ClipException.class, () -> fetcher.fetch(site.url("/declared"))).getMessage());
        assertEquals("The page is larger than 64 KB.",
                assertThrows(ClipException.class, () -> fetcher.fetch(site.url("/chunked"))).getMessage());
    }

    @Test
    void aServerThatNeverFinishesSendingIsGivenUpWithinTheTimeLimit() {
        site.handle("/trickle", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write("<html><body><p>".getBytes());
            out.flush();
            while (!site.pause(100)) {
                out.write('a');
                out.flush();
            }
        });
        long start = System.nanoTime();

        ClipException error = assertThrows(ClipException.class, () -> fetcher.fetch(site.url("/trickle")));

        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals("The site 127.0.0.1 did not send the whole page within 2 seconds.", error.getMessage());
        assertTrue(millis < 4_000, "gave up after " + millis + " ms");
    }

    @Test
    void anUnreachableSiteIsReportedAsOfflineSoTheUrlCanBeQueued() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        ClipException error = assertThrows(ClipException.class,
                () -> fetcher.fetch("http://127.0.0.1:" + closedPort + "/story"));

        assertTrue(error.isOffline());
        assertTrue(error.getMessage().startsWith("Could not connect to 127.0.0.1"), error.getMessage());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            ftp://example.com/a, '"ftp://example.com/a" is not a web address (it must start with http:// or https://).'
            'not a url', '"not a url" is not a valid web address.'
            '  ', No address was given.
            """)
    void addressesThatAreNotWebAddressesAreRefusedBeforeAnyNetwork(String url, String message) {
        assertEquals(message, assertThrows(ClipException.class, () -> fetcher.fetch(url)).getMessage());
    }
}
