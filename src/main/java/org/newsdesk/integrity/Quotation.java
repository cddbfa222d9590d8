package org.newsdesk.integrity;

import java.util.ArrayList;
import java.util.List;

/**
 * A passage in quotation marks in a summary: its span with the marks ({@code start}..{@code end}), the span of its
 * words, and those words split into parts where an ellipsis or a bracketed editorial insertion stands for omitted or
 * changed words.
 */
record Quotation(int start, int end, int contentStart, int contentEnd, List<String[]> parts, int wordCount) {
    /** Quotations of fewer words are scare quotes or single terms and are not checked against the source. */
    static final int MIN_CHECKED_WORDS = 3;

    boolean isChecked() {
        return wordCount >= MIN_CHECKED_WORDS;
    }

    /**
     * The quotations of {@code prose} (a body with its link addresses blanked out): double-quoted passages, straight
     * or curly, ending at their closing mark or, unclosed, at the end of the paragraph as a quotation running over
     * paragraphs does; then single-quoted passages outside them when clearly quotations (an opening mark before a
     * word, a closing mark after one, at least {@value #MIN_CHECKED_WORDS} words, in one paragraph).
     */
    static List<Quotation> findAll(String prose) {
        List<Quotation> found = new ArrayList<>();
        int open = -1;
        int n = prose.length();
        for (int i = 0; i < n; i++) {
            char c = prose.charAt(i);
            if (c == '\n' && open >= 0 && isParagraphBreak(prose, i)) {
                found.add(of(prose, open, trimEnd(prose, open + 1, i), false));
                open = -1;
            } else if (open < 0 && (c == '"' || c == '\u201C' || c == '\u201E' || c == '\u00AB')) {
                if (i + 1 < n && !Character.isWhitespace(prose.charAt(i + 1))) {
                    open = i;
                }
            } else if (open >= 0 && (c == '"' || c == '\u201D' || c == '\u00BB')) {
                found.add(of(prose, open, i + 1, true));
                open = -1;
            }
        }
        if (open >= 0) {
            found.add(of(prose, open, trimEnd(prose, open + 1, n), false));
        }
        found.addAll(singleQuoted(prose, found));
        found.sort((a, b) -> Integer.compare(a.start, b.start));
        return List.copyOf(found);
    }

    private static List<Quotation> singleQuoted(String prose, List<Quotation> doubleQuoted) {
        List<Quotation> found = new ArrayList<>();
        int n = prose.length();
        for (int i = 0; i < n; i++) {
            char c = prose.charAt(i);
            boolean opener = (c == '\'' || c == '\u2018')
                    && (i == 0 || Character.isWhitespace(prose.charAt(i - 1))
                        || "([{—–*_".indexOf(prose.charAt(i - 1)) >= 0)
                    && i + 1 < n && Character.isLetterOrDigit(prose.charAt(i + 1));
            if (!opener || inside(doubleQuoted, i)) {
                continue;
            }
            for (int j = i + 2; j < n; j++) {
                char d = prose.charAt(j);
                if ((d == '\n' && isParagraphBreak(prose, j)) || d == '"' || d == '\u201C' || d == '\u201D') {
                    break;
                }
                boolean closer = (d == '\'' || d == '\u2019')
                        && (Character.isLetterOrDigit(prose.charAt(j - 1)) || ".,!?".indexOf(prose.charAt(j - 1)) >= 0)
                        && (j + 1 == n || !Character.isLetterOrDigit(prose.charAt(j + 1)));
                if (closer) {
                    Quotation quotation = of(prose, i, j + 1, true);
                    if (quotation.wordCount >= MIN_CHECKED_WORDS) {
                        found.add(quotation);
                        i = j;
                    }
                    break;
                }
            }
        }
        return found;
    }

    private static boolean inside(List<Quotation> quotations, int offset) {
        for (Quotation quotation : quotations) {
            if (offset >= quotation.start && offset < quotation.end) {
                return true;
            }
        }
        return false;
    }

    static boolean isParagraphBreak(String text, int newline) {
        for (int k = newline + 1; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private static int trimEnd(String text, int from, int to) {
        int end = to;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static Quotation of(String prose, int start, int end, boolean closed) {
        int contentStart = start + 1;
        int contentEnd = closed ? end - 1 : end;
        List<int[]> gaps = gaps(prose, contentStart, contentEnd);
        WordSpans spans = WordSpans.of(prose, contentStart, contentEnd);
        List<List<String>> parts = new ArrayList<>();
        parts.add(new ArrayList<>());
        int gap = 0;
        int words = 0;
        for (int w = 0; w < spans.size(); w++) {
            int at = spans.starts[w];
            boolean passedGap = false;
            while (gap < gaps.size() && gaps.get(gap)[1] <= at) {
                gap++;
                passedGap = true;
            }
            if (gap < gaps.size() && gaps.get(gap)[0] <= at) {
                continue;
            }
            if (passedGap && !parts.get(parts.size() - 1).isEmpty()) {
                parts.add(new ArrayList<>());
            }
            parts.get(parts.size() - 1).add(spans.words[w]);
            words++;
        }
        List<String[]> arrays = parts.stream().filter(part -> !part.isEmpty())
                .map(part -> part.toArray(String[]::new)).toList();
        return new Quotation(start, end, contentStart, contentEnd, arrays, words);
    }

    /** Ellipses ("...", "…", ". . .") and bracketed insertions ("[the company]") inside a quotation. */
    private static List<int[]> gaps(String prose, int from, int to) {
        List<int[]> gaps = new ArrayList<>();
        for (int i = from; i < to; i++) {
            char c = prose.charAt(i);
            if (c == '\u2026') {
                gaps.add(new int[] {i, i + 1});
            } else if (c == '.' && prose.startsWith("..", i + 1)) {
                int end = i;
                while (end < to && (prose.charAt(end) == '.' || prose.charAt(end) == ' ')) {
                    end++;
                }
                gaps.add(new int[] {i, end});
                i = end - 1;
            } else if (c == '.' && prose.startsWith(" . .", i + 1)) {
                gaps.add(new int[] {i, i + 5});
                i += 4;
            } else if (c == '[') {
                int close = prose.indexOf(']', i);
                if (close > i && close < to) {
                    gaps.add(new int[] {i, close + 1});
                    i = close;
                }
            }
        }
        return gaps;
    }
}
