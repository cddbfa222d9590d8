package org.newsdesk.export;

import java.util.Locale;

/** Text from clips, stories and settings made fit to print: no control characters, short forms for warnings. */
final class Texts {
    private Texts() {
    }

    /**
     * The text without characters that have no business in a page or a feed: control characters (other than tab
     * and line breaks, which become spaces or stay as line breaks), lone surrogates and the non-characters.
     * XML 1.0 refuses them outright, so a feed with one would not parse.
     */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    continue;
                }
                kept.append('\n');
            } else if (c == '\t') {
                kept.append(' ');
            } else if (c == '\n') {
                kept.append(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                kept.append(c).append(text.charAt(++i));
            } else if (c < 0x20 || (c >= 0x7f && c < 0xa0) || Character.isSurrogate(c) || c == '\ufffe'
                    || c == '\uffff') {
                continue;
            } else {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /** Cleaned text on one line, runs of white space made one space. */
    static String line(String text) {
        return clean(text).replaceAll("\\s+", " ").strip();
    }

    /** The text cut at a word boundary to at most {@code max} characters, with an ellipsis when it was cut. */
    static String shorten(String text, int max) {
        String one = line(text);
        if (one.length() <= max) {
            return one;
        }
        int cut = one.lastIndexOf(' ', max - 1);
        return (cut > max / 2 ? one.substring(0, cut) : one.substring(0, max - 1)).strip() + "\u2026";
    }

    static String capitalized(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** A short form of a headline or address for a warning. */
    static String quoted(String text) {
        return "\u201c" + shorten(text, 80) + "\u201d";
    }
}
