package org.newsdesk.integrity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The lifted-prose check: a run of {@value SourceIndex#COPY_RUN} or more consecutive source words in a summary outside
 * quotation marks. Words of names (capitalised words inside a sentence) do not count towards the run's length, and a
 * run of little words only ("one of the…") is not prose, so names and common phrases are not flagged.
 */
final class CopyCheck {
    private static final int MIN_CONTENT_WORDS = 3;
    private static final Set<String> LITTLE_WORDS = Set.of("a", "an", "the", "of", "to", "in", "on", "at", "for",
            "and", "or", "but", "is", "was", "were", "are", "be", "been", "by", "with", "as", "that", "this", "it",
            "its", "from", "he", "she", "they", "his", "her", "their", "had", "has", "have", "said", "says", "not");

    private CopyCheck() {
    }

    static List<Finding> check(ParsedSummary summary, List<SourceIndex> sources) {
        WordSpans words = summary.words;
        int n = words.size();
        int[] segment = segments(summary);
        List<Finding> findings = new ArrayList<>();
        for (SourceIndex source : sources) {
            boolean[] copied = new boolean[n];
            int[] sourceAt = new int[n];
            for (int i = 0; i + SourceIndex.COPY_RUN <= n; i++) {
                if (segment[i] < 0 || segment[i] != segment[i + SourceIndex.COPY_RUN - 1]) {
                    continue;
                }
                int at = source.findRun(words.words, i);
                if (at >= 0) {
                    for (int k = i; k < i + SourceIndex.COPY_RUN; k++) {
                        if (!copied[k]) {
                            copied[k] = true;
                            sourceAt[k] = at + k - i;
                        }
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                if (!copied[i]) {
                    continue;
                }
                int end = i;
                while (end < n && copied[end] && segment[end] == segment[i]) {
                    end++;
                }
                if (counts(summary, i, end) && !overlaps(findings, words.starts[i], words.ends[end - 1])) {
                    findings.add(finding(summary, source, i, end, sourceAt[i]));
                }
                i = end - 1;
            }
        }
        return findings;
    }

    /** The stretch of prose each word is in, numbered; -1 for a word inside a quotation. */
    private static int[] segments(ParsedSummary summary) {
        WordSpans words = summary.words;
        int[] segment = new int[words.size()];
        int current = 0;
        int q = 0;
        List<Quotation> quotations = summary.quotations;
        for (int i = 0; i < words.size(); i++) {
            int start = words.starts[i];
            while (q < quotations.size() && quotations.get(q).end() <= start) {
                q++;
                current++;
            }
            segment[i] = q < quotations.size() && quotations.get(q).start() <= start ? -1 : current;
        }
        return segment;
    }

    private static boolean counts(ParsedSummary summary, int from, int to) {
        int prose = 0;
        int content = 0;
        for (int i = from; i < to; i++) {
            if (!summary.isNameWord(i)) {
                prose++;
                if (!LITTLE_WORDS.contains(summary.words.words[i])) {
                    content++;
                }
            }
        }
        return prose >= SourceIndex.COPY_RUN && content >= MIN_CONTENT_WORDS;
    }

    private static boolean overlaps(List<Finding> findings, int start, int end) {
        return findings.stream().anyMatch(f -> f.start() < end && start < f.end());
    }

    private static Finding finding(ParsedSummary summary, SourceIndex source, int from, int to, int firstMatch) {
        int sourceFrom = firstMatch;
        int length = matchLength(summary, source, from, to, firstMatch);
        for (int candidate : source.positions(summary.words.words[from])) {
            int candidateLength = matchLength(summary, source, from, to, candidate);
            if (candidateLength > length) {
                sourceFrom = candidate;
                length = candidateLength;
            }
        }
        int start = summary.words.starts[from];
        int end = summary.words.ends[to - 1];
        return new Finding(Finding.Kind.COPIED, start, end, summary.body.substring(start, end),
                "The summary repeats " + (to - from) + " consecutive words of the source outside quotation marks.",
                source.passage(sourceFrom, sourceFrom + length));
    }

    /** How many words from summary word {@code from} (up to {@code to}) the source repeats from {@code at}. */
    private static int matchLength(ParsedSummary summary, SourceIndex source, int from, int to, int at) {
        int length = 0;
        while (from + length < to && at + length < source.wordCount()
                && source.spans.words[at + length].equals(summary.words.words[from + length])) {
            length++;
        }
        return length;
    }
}
