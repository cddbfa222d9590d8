package org.newsdesk.integrity;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * The words of a text as the checks compare them, each with its character span: runs of letters and digits (with an
 * apostrophe inside a word), lower-cased, curly apostrophes made straight. Punctuation, quotation marks, dashes and
 * hyphens, whitespace and line breaks separate words and are otherwise ignored, which is what makes "well-known"
 * match "well — known" and a quotation match across a line break. Each word is compared in Unicode NFC with its
 * invisible format characters (soft hyphen, zero-width space and joiners, bidi marks) dropped and its combining
 * accents kept, so "cafe\u0301" is "café" and "pre\u00ADcursor" is "precursor"; the spans still point at the
 * original text, so a finding marks exactly what the writer sees.
 */
final class WordSpans {
    final String[] words;
    final int[] starts;
    final int[] ends;

    private WordSpans(String[] words, int[] starts, int[] ends) {
        this.words = words;
        this.starts = starts;
        this.ends = ends;
    }

    static WordSpans of(String text) {
        return of(text, 0, text.length());
    }

    /** The words of {@code text} between {@code from} (inclusive) and {@code to} (exclusive). */
    static WordSpans of(String text, int from, int to) {
        int capacity = Math.max(8, (to - from) / 5);
        String[] words = new String[capacity];
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int count = 0;
        int i = from;
        StringBuilder word = new StringBuilder();
        while (i < to) {
            if (!Character.isLetterOrDigit(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
                continue;
            }
            int start = i;
            int end = i;
            word.setLength(0);
            while (i < to) {
                int c = text.codePointAt(i);
                if (Character.isLetterOrDigit(c) || isMark(c)) {
                    word.appendCodePoint(c);
                    i += Character.charCount(c);
                    end = i;
                } else if (isInvisible(c)) {
                    // inside a word it joins; trailing ones are left out of the span
                    i += Character.charCount(c);
                } else if (isApostrophe(c) && i + 1 < to && Character.isLetterOrDigit(text.codePointAt(i + 1))
                        && word.length() > 0) {
                    word.append('\'');
                    i++;
                    end = i;
                } else {
                    break;
                }
            }
            if (count == words.length) {
                words = Arrays.copyOf(words, count * 2);
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            words[count] = Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
            starts[count] = start;
            ends[count] = end;
            count++;
        }
        return new WordSpans(Arrays.copyOf(words, count), Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
    }

    /** A combining accent or other mark that belongs to the letter before it. */
    static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Soft hyphen, zero-width space, zero-width (non-)joiner, word joiner, bidi marks, BOM: seen by no reader. */
    static boolean isInvisible(int c) {
        return Character.getType(c) == Character.FORMAT || c == '\u200B';
    }

    static boolean isApostrophe(int c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u2018';
    }

    int size() {
        return words.length;
    }
}
