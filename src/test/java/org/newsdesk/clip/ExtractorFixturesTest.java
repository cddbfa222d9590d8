package org.newsdesk.clip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The extractor against fixture pages shaped like real news sites: each page's expected metadata must come out
 * exactly, and its main text with a word-level F1 of at least 0.95 (0.97 on average).
 */
@Timeout(60)
class ExtractorFixturesTest {
    private static final String FOLDER = "/org/newsdesk/clip/pages/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Extractor extractor = new Extractor();

    static Stream<String> pages() throws IOException {
        try (InputStream in = ExtractorFixturesTest.class.getResourceAsStream(FOLDER + "index.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank())
                    .toList().stream();
        }
    }

    private static Path page(String name) {
        try {
            return Path.of(ExtractorFixturesTest.class.getResource(FOLDER + name + ".html").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode expected(String name) throws IOException {
        try (InputStream in = ExtractorFixturesTest.class.getResourceAsStream(FOLDER + name + ".expected.json")) {
            return JSON.readTree(in);
        }
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void eachFixturePageGivesItsExpectedMetadataAndText(String name) throws IOException {
        JsonNode expected = expected(name);
        Extraction extraction = extractor.extract(SavedPage.readHtml(page(name)), expected.get("url").asText());

        assertEquals(textOrNull(expected, "title"), extraction.title(), "title");
        assertEquals(textOrNull(expected, "byline"), extraction.byline(), "byline");
        assertEquals(textOrNull(expected, "siteName"), extraction.siteName(), "site name");
        String published = textOrNull(expected, "publishedTime");
        assertEquals(published == null ? null : Instant.parse(published), extraction.publishedTime(), "published");
        assertEquals(textOrNull(expected, "canonicalUrl"), extraction.canonicalUrl(), "canonical URL");
        assertEquals(textOrNull(expected, "lang"), extraction.lang(), "language");
        assertEquals(textOrNull(expected, "agency"), extraction.agency(), "news agency");
        double f1 = WordF1.of(expected.get("text").asText(), extraction.text());
        assertTrue(f1 >= 0.95, "main text F1 " + f1 + " for " + name + ":\n" + extraction.text());
    }

    @Test
    void meanMainTextF1OverTheFixturesIsAtLeast97Percent() throws IOException {
        List<String> report = new ArrayList<>();
        double sum = 0;
        List<String> names = pages().toList();
        for (String name : names) {
            JsonNode expected = expected(name);
            Extraction extraction = extractor.extract(SavedPage.readHtml(page(name)), expected.get("url").asText());
            double f1 = WordF1.of(expected.get("text").asText(), extraction.text());
            sum += f1;
            report.add(String.format("%-30s %.3f", name, f1));
        }
        double mean = sum / names.size();
        System.out.println(String.join("\n", report) + String.format("%nmean F1 %.4f over %d pages", mean, names.size()));
        assertTrue(mean >= 0.97, "mean F1 " + mean + "\n" + String.join("\n", report));
    }

    @Test
    void textKeepsHeadingsListItemsAndTableRowsInTheirShape() throws IOException {
        JsonNode expected = expected("listicle-with-bom");
        Extraction extraction = extractor.extract(SavedPage.readHtml(page("listicle-with-bom")),
                expected.get("url").asText());

        assertEquals(expected.get("text").asText(), extraction.text());
    }
}
