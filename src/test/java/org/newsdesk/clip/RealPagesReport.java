package org.newsdesk.clip;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Development harness, not a check: measures the extractor over a folder of real pages with human expectations
 * (the shared real-pages corpus: {@code gold.json} plus {@code pages/}) and prints title, byline and date match
 * rates, the share of must-have and must-not-have text snippets it gets right, and the warm time per page. Given
 * a Readability result file (see README, "Measuring the clipper"), it prints Readability's figures beside ours.
 *
 * <pre>mvn -q -o test -Dtest=RealPagesReport -Dnewsdesk.realPages=/path/to/real-pages \
 *     [-Dnewsdesk.readability=/tmp/readability.json] [-Dnewsdesk.misses=true]</pre>
 *
 * The report is printed and written to {@code target/real-pages-report.txt}.
 */
@EnabledIfSystemProperty(named = "newsdesk.realPages", matches = ".+")
class RealPagesReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One side's tallies: title, byline, date hits over pages that state them; snippets found and avoided. */
    private static final class Tally {
        int titles, titleHits, authors, authorHits, dates, dateHits, with, withHits, without, withoutHits;
        final List<String> misses = new ArrayList<>();

        String line(String who) {
            return String.format(Locale.ROOT, "%-12s title %2d/%2d (%3.0f%%)  byline %2d/%2d (%3.0f%%)  date %2d/%2d (%3.0f%%)"
                    + "  text must-have %3d/%3d (%4.1f%%)  must-not %3d/%3d (%4.1f%%)", who,
                    titleHits, titles, pct(titleHits, titles), authorHits, authors, pct(authorHits, authors),
                    dateHits, dates, pct(dateHits, dates), withHits, with, pct(withHits, with),
                    withoutHits, without, pct(withoutHits, without));
        }

        void score(String name, JsonNode gold, String title, String byline, String date, String text) {
            String wantTitle = gold.path("title").asText("");
            if (!wantTitle.isBlank()) {
                titles++;
                if (norm(wantTitle).equals(norm(title))) {
                    titleHits++;
                } else {
                    misses.add(name + " title: want «" + wantTitle + "» got «" + title + "»");
                }
            }
            String wantAuthor = gold.path("author").asText("");
            if (!wantAuthor.isBlank()) {
                authors++;
                if (nameWords(wantAuthor).equals(nameWords(byline))) {
                    authorHits++;
                } else {
                    misses.add(name + " byline: want «" + wantAuthor + "» got «" + byline + "»");
                }
            }
            String wantDate = gold.path("date").asText("");
            if (!wantDate.isBlank()) {
                dates++;
                if (date != null && date.startsWith(wantDate)) {
                    dateHits++;
                } else {
                    misses.add(name + " date: want " + wantDate + " got " + date);
                }
            }
            String body = norm(text);
            for (JsonNode snippet : gold.path("with")) {
                with++;
                if (body.contains(norm(snippet.asText()))) {
                    withHits++;
                } else {
                    misses.add(name + " missing: «" + snippet.asText() + "»");
                }
            }
            for (JsonNode snippet : gold.path("without")) {
                without++;
                if (!body.contains(norm(snippet.asText()))) {
                    withoutHits++;
                } else {
                    misses.add(name + " kept: «" + snippet.asText() + "»");
                }
            }
        }
    }

    @Test
    void report() throws IOException {
        Path folder = Path.of(System.getProperty("newsdesk.realPages"));
        JsonNode gold = JSON.readTree(folder.resolve("gold.json").toFile());
        Map<String, String> pages = new LinkedHashMap<>();
        for (Iterator<String> names = gold.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            pages.put(name, SavedPage.readHtml(folder.resolve("pages").resolve(name)));
        }
        Extractor extractor = new Extractor();
        Map<String, Extraction> results = new LinkedHashMap<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            results.put(page.getKey(), extractor.extract(page.getValue(), gold.path(page.getKey()).path("url").asText()));
        }
        // Warm up, then time three rounds over the whole set, in wall and CPU time of this thread.
        for (int round = 0; round < 5; round++) {
            for (Map.Entry<String, String> page : pages.entrySet()) {
                extractor.extract(page.getValue(), gold.path(page.getKey()).path("url").asText());
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int rounds = 5;
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, String> page : pages.entrySet()) {
                extractor.extract(page.getValue(), gold.path(page.getKey()).path("url").asText());
            }
        }
        double wallMs = (System.nanoTime() - wall) / 1e6 / rounds / pages.size();
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / rounds / pages.size();
        long parseCpu = threads.getCurrentThreadCpuTime();
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, String> page : pages.entrySet()) {
                org.jsoup.Jsoup.parse(page.getValue(), gold.path(page.getKey()).path("url").asText());
            }
        }
        double parseMs = (threads.getCurrentThreadCpuTime() - parseCpu) / 1e6 / rounds / pages.size();

        Tally ours = new Tally();
        for (Map.Entry<String, Extraction> result : results.entrySet()) {
            Extraction e = result.getValue();
            String date = e.publishedTime() == null ? null
                    : e.publishedTime().atOffset(e.publishedOffset() == null ? ZoneOffset.UTC : e.publishedOffset())
                            .toLocalDate().toString();
            ours.score(result.getKey(), gold.path(result.getKey()), e.title(), e.byline(), date, e.text());
        }
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "%d pages; newsdesk %.2f ms/page wall, %.2f ms CPU (jsoup parse alone %.2f ms CPU)",
                pages.size(), wallMs, cpuMs, parseMs));
        report.add(ours.line("newsdesk"));
        String readabilityFile = System.getProperty("newsdesk.readability", "");
        Tally theirs = null;
        if (!readabilityFile.isBlank()) {
            JsonNode readability = JSON.readTree(Path.of(readabilityFile).toFile());
            theirs = new Tally();
            int sameTitle = 0;
            int sameByline = 0;
            for (Map.Entry<String, Extraction> result : results.entrySet()) {
                JsonNode r = readability.path(result.getKey());
                String published = r.path("publishedTime").asText("");
                String date = published.length() >= 10 ? published.substring(0, 10) : null;
                theirs.score(result.getKey(), gold.path(result.getKey()), r.path("title").asText(""),
                        r.path("byline").asText(""), date, r.path("text").asText(""));
                sameTitle += norm(r.path("title").asText("")).equals(norm(result.getValue().title())) ? 1 : 0;
                sameByline += nameWords(r.path("byline").asText("")).equals(nameWords(result.getValue().byline())) ? 1 : 0;
            }
            report.add(theirs.line("readability"));
            report.add(String.format(Locale.ROOT, "agreement with readability: title %d/%d, byline %d/%d", sameTitle,
                    results.size(), sameByline, results.size()));
        }
        if (Boolean.getBoolean("newsdesk.misses")) {
            report.add("-- newsdesk misses --");
            report.addAll(ours.misses);
            if (theirs != null) {
                report.add("-- readability misses (metadata) --");
                theirs.misses.stream().filter(m -> !m.contains(" missing: ") && !m.contains(" kept: ")).forEach(report::add);
            }
        }
        String text = String.join("\n", report);
        System.out.println(text);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "real-pages-report.txt"), text + "\n");
    }

    private static double pct(int hits, int total) {
        return total == 0 ? 0 : 100.0 * hits / total;
    }

    static String norm(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00a0', ' ').replaceAll("[‘’‚′]", "'")
                .replaceAll("[“”„″]", "\"").replaceAll("[–—]", "-").replaceAll("\\s+", " ").strip()
                .toLowerCase(Locale.ROOT);
    }

    private static final Set<String> JOINERS = Set.of("and", "und", "et", "y", "e", "by", "von");

    static Set<String> nameWords(String text) {
        Set<String> words = new TreeSet<>();
        for (String word : norm(text).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !JOINERS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }
}
