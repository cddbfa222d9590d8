package org.newsdesk.ui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the summary's quotations in the source for the review queue's highlights: case, runs of spaces, curly or
 * straight quotes and dashes aside, and without the punctuation a quotation often carries at its end.
 */
final class Quotes {
    private static final Pattern QUOTED = Pattern.compile("\u201C([^\u201D\\n]{3,})\u201D|\"([^\"\\n]{3,})\"");
    private static final int SHORTEST = 12;

    private Quotes() {
    }

    /** The passages in quotation marks in a Markdown summary, long enough to find in a source. */
    static List<String> inSummary(String body) {
        List<String> passages = new ArrayList<>();
        Matcher matcher = QUOTED.matcher(body == null ? "" : body);
        while (matcher.find()) {
            String passage = trim(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
            if (passage.length() >= SHORTEST) {
                passages.add(passage);
            }
        }
        return passages;
    }

    /** Text made comparable: lower case, one space for any run of white space, plain quotes and hyphens. */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : trim(text).toCharArray()) {
            char plain = plain(c);
            if (plain == ' ' && (out.length() == 0 || out.charAt(out.length() - 1) == ' ')) {
                continue;
            }
            out.append(plain);
        }
        return out.toString().strip();
    }

    /** Every place {@code passage} appears in {@code text}, as {start, end, tag} in {@code text}. */
    static List<int[]> find(String text, String passage, int tag) {
        String needle = normalise(passage);
        List<int[]> found = new ArrayList<>();
        if (needle.length() < SHORTEST) {
            return found;
        }
        StringBuilder hay = new StringBuilder();
        List<Integer> origin = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char plain = plain(text.charAt(i));
            if (plain == ' ' && (hay.length() == 0 || hay.charAt(hay.length() - 1) == ' ')) {
                continue;
            }
            hay.append(plain);
            origin.add(i);
        }
        for (int at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length())) {
            found.add(new int[] {origin.get(at), origin.get(at + needle.length() - 1) + 1, tag});
        }
        return found;
    }

    private static char plain(char c) {
        if (Character.isWhitespace(c)) {
            return ' ';
        }
        return switch (c) {
            case '\u2018', '\u2019' -> '\'';
            case '\u201C', '\u201D' -> '"';
            case '\u2013', '\u2014' -> '-';
            default -> Character.toLowerCase(c);
        };
    }

    private static String trim(String text) {
        String trimmed = text.strip();
        while (!trimmed.isEmpty() && ".,;:!?".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
        }
        return trimmed.toLowerCase(Locale.ROOT);
    }
}
