package org.newsdesk.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Story;
import org.newsdesk.model.Words;

/**
 * A 250-word summary against an 8,000-word clip: checks that the findings are right at that size and prints how long
 * a warm check takes (printed, not asserted: timing depends on the machine).
 */
@Timeout(60)
class CheckTimingTest {
    private static final String[] ARTICLES = {"fentanyl-talks", "bail-reform", "prison-heat", "police-tech",
        "court-backlog"};

    /** About {@code words} words of article-like text: a seeded word chain over the fixture articles. */
    static String clipText(int words, long seed) {
        Map<String, List<String>> next = new HashMap<>();
        List<String> starts = new ArrayList<>();
        for (String name : ARTICLES) {
            String[] tokens = Fixtures.article(name).split("\\s+");
            starts.add(tokens[0] + " " + tokens[1]);
            for (int i = 0; i + 2 < tokens.length; i++) {
                next.computeIfAbsent(tokens[i] + " " + tokens[i + 1], key -> new ArrayList<>()).add(tokens[i + 2]);
            }
        }
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        String[] pair = starts.get(0).split(" ");
        text.append(pair[0]).append(' ').append(pair[1]);
        for (int i = 2; i < words; i++) {
            List<String> options = next.get(pair[0] + " " + pair[1]);
            if (options == null) {
                pair = starts.get(random.nextInt(starts.size())).split(" ");
                text.append("\n\n").append(pair[0]).append(' ').append(pair[1]);
                i++;
                continue;
            }
            String word = options.get(random.nextInt(options.size()));
            text.append(i % 90 == 0 && word.endsWith(".") ? " " + word + "\n\n" : " " + word);
            pair = new String[] {pair[1], word};
        }
        return text.toString().replace("\n\n ", "\n\n");
    }

    /** {@code count} consecutive words of {@code text} from word {@code from}, as written there. */
    private static String words(String text, int from, int count) {
        String[] tokens = text.split("\\s+");
        return String.join(" ", Arrays.copyOfRange(tokens, from, from + count)).replace("\"", "");
    }

    @Test
    void aWarmCheckOfA250WordSummaryAgainstAn8000WordClip() {
        String text = clipText(8000, 42);
        Clip clip = new Clip(UUID.randomUUID(), StoryCheckerTest.CLIP_URL, null, "Heat and bail", null,
                "The Wall Street Journal", null, null, "en", text, Instant.EPOCH);
        String paraphrase = "Officials in several states are struggling with problems that have built up over many"
                + " years, and critics argue that the answers on offer come too slowly for the people affected. ";
        StringBuilder body = new StringBuilder();
        for (int q = 0; q < 5; q++) {
            body.append(paraphrase).append("One official said \"").append(words(text, 700 + q * 1400, 8))
                    .append("\" on Tuesday. ");
        }
        body.append("Another said \"").append(words(text, 5000, 6)).append(" zebra ").append(words(text, 5007, 3))
                .append(",\" and the report found that ").append(words(text, 6000, 14).replaceAll("[.,;:]$", ""))
                .append(", the Wall Street Journal reports.");
        Story story = StoryCheckerTest.story(body.toString(), "The Wall Street Journal", null, List.of(clip.id()));
        StoryChecker checker = new StoryChecker();
        CheckContext context = CheckContext.defaults().withWordTarget(150, 300);

        List<Finding> findings = checker.check(story, List.of(clip), StoryCheckerTest.WSJ, context);
        for (int i = 0; i < 1000; i++) {
            checker.check(story, List.of(clip), StoryCheckerTest.WSJ, context);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] full = new long[1000];
        long[] fullCpu = new long[full.length];
        for (int i = 0; i < full.length; i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            checker.check(story, List.of(clip), StoryCheckerTest.WSJ, context);
            full[i] = System.nanoTime() - started;
            fullCpu[i] = threads.getCurrentThreadCpuTime() - cpu;
        }
        QuoteCheck quotes = new QuoteCheck();
        for (int i = 0; i < 1000; i++) {
            quotes.misquotes(story.body(), List.of(text));
        }
        long[] quoteOnly = new long[1000];
        for (int i = 0; i < quoteOnly.length; i++) {
            long started = System.nanoTime();
            quotes.misquotes(story.body(), List.of(text));
            quoteOnly[i] = System.nanoTime() - started;
        }
        for (int i = 0; i < 50; i++) {
            SourceIndex.of(text);
        }
        long[] indexing = new long[50];
        for (int i = 0; i < indexing.length; i++) {
            long started = System.nanoTime();
            SourceIndex.of(text);
            indexing[i] = System.nanoTime() - started;
        }

        System.out.printf("Summary %d words, clip %d words: full check min %.3f ms, median %.3f ms, p95 %.3f ms"
                        + " (thread CPU time median %.3f ms, p95 %.3f ms); quote check median %.3f ms;"
                        + " building the source index min %.3f ms, median %.3f ms%n",
                Words.count(story.body()), Words.count(text), percentile(full, 0), median(full),
                percentile(full, 95), median(fullCpu), percentile(fullCpu, 95), median(quoteOnly),
                percentile(indexing, 0), median(indexing));
        assertEquals(List.of("misquote", "copied"), findings.stream().map(f -> f.kind().label()).toList(),
                findings.toString());
        assertEquals("The quotation says \"zebra\" where the source says \"" + words(text, 5006, 1)
                .replaceAll("[^\\p{L}\\p{N}'’-]", "") + "\".", findings.get(0).message());
    }

    private static double median(long[] nanos) {
        return percentile(nanos, 50);
    }

    private static double percentile(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)] / 1e6;
    }
}
