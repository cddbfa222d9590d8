package org.newsdesk.fault;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdesk.clip.ClipException;
import org.newsdesk.clip.Extraction;
import org.newsdesk.clip.Extractor;
import org.newsdesk.clip.Fetcher;

/**
 * The clip extractor survives a corpus of malformed, enormous and adversarial pages, each within a bounded time,
 * and the fetcher gives a clear error for a server that never finishes or redirects forever.
 */
class HostilePagesTest {
    private static final String ARTICLE = "<article><h1>Jail deaths rise</h1><p>"
            + "Deaths in county jails rose for the third year, the Marshall Project reports. ".repeat(12)
            + "</p></article>";

    private final CountDownLatch releaseServer = new CountDownLatch(1);
    private HttpServer server;

    @AfterEach
    void stopServer() {
        releaseServer.countDown();
        if (server != null) {
            server.stop(0);
        }
    }

    static Stream<Arguments> hostilePages() {
        return Stream.of(
                page("empty", () -> ""),
                page("only whitespace", () -> " \n\t ".repeat(1000)),
                page("unclosed tags everywhere", () -> "<html><body><div><p>Open <b>bold <i>italic <table><tr><td>"
                        + ARTICLE + "<p><p><p></div></div></span></table>"),
                page("stray closing tags", () -> "</html></body></div>" + ARTICLE + "</p></p></article></x>"),
                page("100,000 nested divs", () -> "<div>".repeat(100_000) + ARTICLE + "</div>".repeat(100_000)),
                page("100,000 nested inline tags", () -> "<b><i>".repeat(50_000) + ARTICLE),
                page("100,000 nested lists", () -> "<ul><li>".repeat(100_000) + ARTICLE),
                page("100,000 nested tables", () -> "<table><tr><td>".repeat(30_000) + ARTICLE),
                page("50 MB page", () -> "<html><body>" + ARTICLE + "<p>filler words here</p>".repeat(2_100_000)),
                page("a 10 MB text node without tags", () -> "word ".repeat(2_000_000)),
                page("a 5 MB word", () -> "<p>" + "x".repeat(5_000_000) + "</p>"),
                page("a 10 MB attribute", () -> "<div class=\"" + "a".repeat(10_000_000) + "\">" + ARTICLE + "</div>"),
                page("100,000 sibling paragraphs", () -> "<body>" + "<p>Short line of text.</p>".repeat(100_000)),
                page("binary bytes", HostilePagesTest::binary),
                page("NUL bytes and lone surrogates", () -> "<title>\u0000\ud800</title><p>\u0000\udfff text</p>"
                        + ARTICLE),
                page("an unterminated comment", () -> ARTICLE + "<!-- " + "never closed ".repeat(100_000)),
                page("an unterminated script", () -> ARTICLE + "<script>var a = '" + "x".repeat(1_000_000)),
                page("an unterminated style", () -> "<style>" + "p{}".repeat(500_000)),
                page("plaintext swallowing the page", () -> "<plaintext>" + ARTICLE.repeat(1000)),
                page("a huge script and style", () -> "<script>" + "var x=1;".repeat(1_000_000) + "</script><style>"
                        + ".a{}".repeat(1_000_000) + "</style>" + ARTICLE),
                page("JSON-LD nested 100,000 deep", () -> "<script type=\"application/ld+json\">"
                        + "{\"a\":[".repeat(100_000) + "</script>" + ARTICLE),
                page("broken JSON-LD", () -> "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\","
                        + " \"headline\": </script>" + ARTICLE),
                page("JSON-LD of the wrong types", () -> "<script type=\"application/ld+json\">{\"@type\": 7,"
                        + " \"headline\": [1, 2], \"datePublished\": {\"x\": null}, \"author\": 3.5}</script>"
                        + ARTICLE),
                page("absurd dates and metadata", () -> "<meta property=\"article:published_time\" content=\""
                        + "99999999-99-99T99:99:99Z\"><meta name=\"author\" content=\"" + "By ".repeat(10_000)
                        + "\"><link rel=\"canonical\" href=\"javascript:alert(1)\"><meta property=\"og:image\""
                        + " content=\"data:image/png;base64," + "A".repeat(2_000_000) + "\">" + ARTICLE),
                page("script in the title and body", () -> "<title><script>alert(1)</script>Headline</title>"
                        + "<body onload=\"alert(1)\"><iframe src=\"javascript:alert(1)\"></iframe>" + ARTICLE),
                page("deep SVG and MathML", () -> "<svg>" + "<g>".repeat(50_000) + "</svg><math>"
                        + "<mrow>".repeat(50_000) + "</math>" + ARTICLE),
                page("ten thousand frames and forms", () -> "<form><input><frame><noscript>".repeat(10_000)
                        + ARTICLE),
                page("a billion laughs in entities", () -> "<p>" + "&amp;lt;&#x1F4A9;&#0;&#xD800;&bogus;"
                        .repeat(200_000) + "</p>" + ARTICLE),
                page("a base tag pointing elsewhere", () -> "<base href=\"javascript:void(0)//\">"
                        + "<a href=\"../../../../etc/passwd\">x</a>" + ARTICLE),
                page("many tiny articles", () -> "<article><p>a</p></article>".repeat(50_000)));
    }

    private static Arguments page(String name, Supplier<String> html) {
        return Arguments.of(name, html);
    }

    private static String binary() {
        byte[] bytes = new byte[3_000_000];
        new Random(9).nextBytes(bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostilePages")
    void theExtractorSurvivesEachHostilePageWithinItsTimeBound(String name, Supplier<String> html) {
        String page = html.get();
        Extraction extraction = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> new Extractor().extract(page, "https://news.example.org/2024/05/10/story"), name);

        assertNotNull(extraction, name);
        assertTrue(extraction.text().length() <= page.length() + 1_000, name);
        assertFalse(extraction.text().contains("<script"), name);
    }

    @Test
    void aServerThatNeverFinishesSendingGivesAClearErrorInTime() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/slow", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write("<html><body><p>The start of a page that never ends".getBytes(StandardCharsets.UTF_8));
                body.flush();
                releaseServer.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/slow";

        ClipException error = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(
                ClipException.class, () -> new Fetcher(Duration.ofSeconds(2), Fetcher.MAX_BYTES,
                        Fetcher.MAX_REDIRECTS).fetch(url)));

        assertOneSentence(error);
    }

    @Test
    void anEndlessRedirectLoopGivesAClearErrorInTime() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String next = exchange.getRequestURI().getPath().equals("/a") ? "/b" : "/a";
            exchange.getResponseHeaders().add("Location", next);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/a";

        ClipException error = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(ClipException.class, () -> new Fetcher().fetch(url)));

        assertOneSentence(error);
    }

    private static void assertOneSentence(ClipException error) {
        String message = error.getMessage();
        assertTrue(message != null && !message.isBlank() && !message.contains("\n") && message.length() < 300,
                String.valueOf(message));
    }
}
