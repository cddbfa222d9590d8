package org.newsdesk.clip;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Word-level F1 of an extracted text against the expected one: the measure the benchmark uses. */
final class WordF1 {
    private WordF1() {
    }

    static double of(String expected, String actual) {
        Map<String, Integer> wanted = counts(expected);
        Map<String, Integer> got = counts(actual);
        int wantedTotal = wanted.values().stream().mapToInt(Integer::intValue).sum();
        int gotTotal = got.values().stream().mapToInt(Integer::intValue).sum();
        if (wantedTotal == 0 && gotTotal == 0) {
            return 1.0;
        }
        if (wantedTotal == 0 || gotTotal == 0) {
            return 0.0;
        }
        int overlap = 0;
        for (Map.Entry<String, Integer> entry : got.entrySet()) {
            overlap += Math.min(entry.getValue(), wanted.getOrDefault(entry.getKey(), 0));
        }
        double precision = (double) overlap / gotTotal;
        double recall = (double) overlap / wantedTotal;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        return counts;
    }
}
