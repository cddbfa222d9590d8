package org.newsdesk.integrity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Detection and false-flag rates of the misquote check over the quote corpus built from the fixture articles. */
@Timeout(30)
class QuoteCorpusTest {
    private final QuoteCheck check = new QuoteCheck();

    record Case(String article, boolean faithful, String variant, String quotation) {
    }

    static List<Case> corpus() {
        List<Case> cases = new ArrayList<>();
        String lines = Fixtures.read("corpus/quotes.tsv") + "\n" + Fixtures.read("corpus/quotes-by-hand.tsv");
        for (String line : lines.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", 4);
            cases.add(new Case(fields[0], fields[1].equals("true"), fields[2], fields[3].replace("\\n", "\n")));
        }
        return cases;
    }

    private boolean flagged(Case c) {
        String body = "The official was blunt. " + c.quotation() + ", the official said, the Example Times reports.";
        return !check.misquotes(body, List.of(Fixtures.article(c.article()))).isEmpty();
    }

    @Test
    void alteredQuotesAreDetectedAndTrueQuotesAreNotFlagged() {
        List<Case> cases = corpus();
        int altered = 0;
        int detected = 0;
        int faithful = 0;
        int falseFlags = 0;
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            boolean flagged = flagged(c);
            if (c.faithful()) {
                faithful++;
                falseFlags += flagged ? 1 : 0;
            } else {
                altered++;
                detected += flagged ? 1 : 0;
            }
            if (flagged == c.faithful()) {
                misses.add(c.variant() + " " + c.quotation());
            }
        }
        double detection = 100.0 * detected / altered;
        double falseFlagRate = 100.0 * falseFlags / faithful;
        System.out.printf("Quote corpus: %d quotes; detection %d/%d = %.1f%%, false flags %d/%d = %.1f%%%n",
                cases.size(), detected, altered, detection, falseFlags, faithful, falseFlagRate);
        misses.forEach(miss -> System.out.println("  wrong: " + miss));
        assertTrue(cases.size() >= 100, "the corpus holds at least 100 quotes");
        assertTrue(detection >= 95.0, "detection " + detection + "% " + misses);
        assertTrue(falseFlagRate <= 2.0, "false flags " + falseFlagRate + "% " + misses);
    }
}
