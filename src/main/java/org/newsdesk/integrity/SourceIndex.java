package org.newsdesk.integrity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A source text (a clip's title and text) indexed once for the checks: its words with their paragraphs, where each
 * word occurs, and every run of {@value #COPY_RUN} words, so that a quotation or a sentence of a summary is looked
 * up rather than searched for. Immutable and safe to share; callers that check on every keystroke keep it.
 */
public final class SourceIndex {
    /** The number of consecutive source words that count as lifted prose. */
    static final int COPY_RUN = 12;
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n");
    private static final int[] NONE = new int[0];

    private final String text;
    final WordSpans spans;
    final int[] paragraphs;
    private final Map<String, int[]> positions;
    private final Map<Long, Integer> runs;

    private SourceIndex(String text) {
        this.text = text;
        this.spans = WordSpans.of(text);
        this.paragraphs = paragraphsOf(text, spans);
        Map<String, int[]> counts = new HashMap<>();
        for (String word : spans.words) {
            counts.computeIfAbsent(word, w -> new int[1])[0]++;
        }
        Map<String, int[]> index = new HashMap<>(counts.size() * 2);
        counts.forEach((word, count) -> index.put(word, new int[count[0]]));
        for (int i = 0; i < spans.size(); i++) {
            int[] found = index.get(spans.words[i]);
            found[found.length - counts.get(spans.words[i])[0]--] = i;
        }
        this.positions = index;
        Map<Long, Integer> grams = new HashMap<>(spans.size() * 2);
        for (int i = 0; i + COPY_RUN <= spans.size(); i++) {
            grams.putIfAbsent(runHash(spans.words, i), i);
        }
        this.runs = grams;
    }

    /** The index of {@code text}; paragraphs are separated by a blank line. */
    public static SourceIndex of(String text) {
        return new SourceIndex(text == null ? "" : text);
    }

    public String text() {
        return text;
    }

    public int wordCount() {
        return spans.size();
    }

    private static int[] paragraphsOf(String text, WordSpans spans) {
        int[] result = new int[spans.size()];
        Matcher breaks = PARAGRAPH_BREAK.matcher(text);
        int paragraph = 0;
        int nextBreak = breaks.find() ? breaks.start() : Integer.MAX_VALUE;
        for (int i = 0; i < spans.size(); i++) {
            while (spans.starts[i] > nextBreak) {
                paragraph++;
                nextBreak = breaks.find() ? breaks.start() : Integer.MAX_VALUE;
            }
            result[i] = paragraph;
        }
        return result;
    }

    static long runHash(String[] words, int from) {
        long hash = 1125899906842597L;
        for (int k = from; k < from + COPY_RUN; k++) {
            hash = 31 * hash + words[k].hashCode() * 0x9E3779B97F4A7C15L;
        }
        return hash;
    }

    int[] positions(String word) {
        return positions.getOrDefault(word, NONE);
    }

    /**
     * The first source position at or after {@code from} where {@code words[lo..hi)} occur in a row, or -1; when
     * {@code paragraph} is not negative the whole run must lie in that paragraph.
     */
    int find(String[] words, int lo, int hi, int from, int paragraph) {
        if (hi <= lo) {
            return -1;
        }
        int anchor = -1;
        int[] anchorPositions = null;
        for (int k = lo; k < hi; k++) {
            int[] found = positions(words[k]);
            if (found.length == 0) {
                return -1;
            }
            if (anchorPositions == null || found.length < anchorPositions.length) {
                anchorPositions = found;
                anchor = k - lo;
            }
        }
        int length = hi - lo;
        int first = Arrays.binarySearch(anchorPositions, from + anchor);
        for (int p = first < 0 ? -first - 1 : first; p < anchorPositions.length; p++) {
            int start = anchorPositions[p] - anchor;
            if (start + length > spans.size()) {
                return -1;
            }
            if (paragraph >= 0 && paragraphs[start] > paragraph) {
                return -1;
            }
            if (paragraph >= 0 && (paragraphs[start] != paragraph || paragraphs[start + length - 1] != paragraph)) {
                continue;
            }
            if (matchesAt(words, lo, hi, start)) {
                return start;
            }
        }
        return -1;
    }

    private boolean matchesAt(String[] words, int lo, int hi, int start) {
        for (int k = lo; k < hi; k++) {
            if (!spans.words[start + k - lo].equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    /** Where the {@value #COPY_RUN} words from {@code words[from]} occur in the source, or -1. */
    int findRun(String[] words, int from) {
        Integer at = runs.get(runHash(words, from));
        return at != null && matchesAt(words, from, from + COPY_RUN, at) ? at : -1;
    }

    /** The source text from word {@code from} to word {@code to} (exclusive), whitespace made single spaces. */
    String passage(int from, int to) {
        if (to <= from) {
            return "";
        }
        return text.substring(spans.starts[from], spans.ends[to - 1]).replaceAll("\\s+", " ");
    }

    /** The source passage most like {@code quote}, found by word votes, then aligned word by word; null if none. */
    Alignment closest(String[] quote) {
        int m = quote.length;
        int n = spans.size();
        if (m == 0 || n == 0) {
            return null;
        }
        int[] votes = new int[n + m];
        boolean any = false;
        for (int j = 0; j < m; j++) {
            for (int p : positions(quote[j])) {
                votes[p - j + m]++;
                any = true;
            }
        }
        if (!any) {
            return null;
        }
        Alignment best = null;
        for (int round = 0; round < 3; round++) {
            int diagonal = -1;
            for (int d = 0; d < votes.length; d++) {
                if (votes[d] > 0 && (diagonal < 0 || votes[d] > votes[diagonal])) {
                    diagonal = d;
                }
            }
            if (diagonal < 0) {
                break;
            }
            int start = diagonal - m;
            int slack = m / 2 + 3;
            Alignment candidate = align(quote, Math.max(0, start - slack), Math.min(n, start + m + slack));
            if (best == null || candidate.cost() < best.cost()) {
                best = candidate;
            }
            Arrays.fill(votes, Math.max(0, diagonal - slack), Math.min(votes.length, diagonal + slack + 1), 0);
        }
        return best;
    }

    /** The best alignment of {@code quote} inside source words [from, to), free to start and end anywhere. */
    private Alignment align(String[] quote, int from, int to) {
        int width = to - from;
        int[] previous = new int[width + 1];
        int[] previousStart = new int[width + 1];
        int[] current = new int[width + 1];
        int[] currentStart = new int[width + 1];
        for (int j = 0; j <= width; j++) {
            previousStart[j] = j;
        }
        for (int i = 1; i <= quote.length; i++) {
            current[0] = i;
            currentStart[0] = 0;
            for (int j = 1; j <= width; j++) {
                int substitute = previous[j - 1] + (quote[i - 1].equals(spans.words[from + j - 1]) ? 0 : 1);
                int extraQuoteWord = previous[j] + 1;
                int droppedSourceWord = current[j - 1] + 1;
                if (substitute <= extraQuoteWord && substitute <= droppedSourceWord) {
                    current[j] = substitute;
                    currentStart[j] = previousStart[j - 1];
                } else if (extraQuoteWord <= droppedSourceWord) {
                    current[j] = extraQuoteWord;
                    currentStart[j] = previousStart[j];
                } else {
                    current[j] = droppedSourceWord;
                    currentStart[j] = currentStart[j - 1];
                }
            }
            int[] swap = previous;
            previous = current;
            current = swap;
            swap = previousStart;
            previousStart = currentStart;
            currentStart = swap;
        }
        int end = 0;
        for (int j = 1; j <= width; j++) {
            if (previous[j] < previous[end]) {
                end = j;
            }
        }
        return new Alignment(from + previousStart[end], from + end, previous[end]);
    }

    /** Source words [from, to) aligned with a quotation at {@code cost} word edits. */
    record Alignment(int from, int to, int cost) {
    }
}
