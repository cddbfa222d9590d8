package org.newsdesk.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wraps plain text at 78 columns, line by line, so that whatever a template writes fits a mail reader. A
 * continuation keeps the line's indent, quote marks and list indent; an address longer than a line goes on a line of
 * its own, unbroken, so it stays a working link, and any other word that long is cut.
 */
final class PlainText {
    static final int WIDTH = 78;
    private static final Pattern ADDRESS = Pattern.compile("(?i)^(https?://|mailto:)\\S+$");
    private static final Pattern LEAD = Pattern.compile("^(\\s*(?:> ?)*)((?:[-*\u2022] |\\d{1,3}\\. )?)");

    private PlainText() {
    }

    static String wrap(String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 20);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            wrapLine(lines[i].stripTrailing(), out);
        }
        return out.toString();
    }

    private static void wrapLine(String line, StringBuilder out) {
        if (line.codePointCount(0, line.length()) <= WIDTH) {
            out.append(line);
            return;
        }
        Matcher lead = LEAD.matcher(line);
        lead.find();
        String first = lead.group(1) + lead.group(2);
        String next = lead.group(1) + " ".repeat(lead.group(2).length());
        List<String> words = words(line.substring(first.length()).strip(), WIDTH - length(next));
        StringBuilder current = new StringBuilder(first);
        int length = length(first);
        boolean empty = true;
        for (String word : words) {
            int wordLength = length(word);
            if (!empty && length + 1 + wordLength > WIDTH) {
                out.append(current.toString().stripTrailing()).append('\n');
                current.setLength(0);
                current.append(next);
                length = length(next);
                empty = true;
            }
            if (!empty) {
                current.append(' ');
                length++;
            }
            current.append(word);
            length += wordLength;
            empty = false;
        }
        out.append(current.toString().stripTrailing());
    }

    /** The words of {@code text}, with any word but an address cut into pieces of at most {@code room}. */
    private static List<String> words(String text, int room) {
        List<String> words = new ArrayList<>();
        for (String word : text.split(" +")) {
            int[] points = word.codePoints().toArray();
            if (points.length <= room || ADDRESS.matcher(word).matches() || room < 10) {
                words.add(word);
                continue;
            }
            for (int start = 0; start < points.length; start += room) {
                words.add(new String(points, start, Math.min(room, points.length - start)));
            }
        }
        return words;
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
