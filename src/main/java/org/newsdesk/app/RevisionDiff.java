package org.newsdesk.app;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What changed between two texts of a story, word by word, in reading order. */
public record RevisionDiff(List<DiffPart> parts) {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_'’]+|\\s+|[^\\p{L}\\p{N}_'’\\s]");

    public RevisionDiff {
        parts = List.copyOf(parts);
    }

    /** Whether a part of the text is in both, only in the newer, or only in the older text. */
    public enum Kind { SAME, ADDED, REMOVED }

    /** A run of text that is the same, added or removed. */
    public record DiffPart(Kind kind, String text) {
    }

    /** The word-level difference from {@code older} to {@code newer} (java-diff-utils over words and spaces). */
    public static RevisionDiff between(String older, String newer) {
        List<String> from = tokens(older);
        List<String> to = tokens(newer);
        List<DiffPart> parts = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            int start = delta.getSource().getPosition();
            append(parts, Kind.SAME, from.subList(position, start));
            append(parts, Kind.REMOVED, delta.getSource().getLines());
            append(parts, Kind.ADDED, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        append(parts, Kind.SAME, from.subList(position, from.size()));
        return new RevisionDiff(parts);
    }

    /** The text a story's revision is compared by: its headline, a blank line, its body. */
    public static String text(String headline, String body) {
        return (headline == null ? "" : headline) + "\n\n" + (body == null ? "" : body);
    }

    public boolean hasChanges() {
        return parts.stream().anyMatch(part -> part.kind() != Kind.SAME);
    }

    /** Words added (a word is a run of letters or digits). */
    public int wordsAdded() {
        return words(Kind.ADDED);
    }

    public int wordsRemoved() {
        return words(Kind.REMOVED);
    }

    /** The diff as plain text, in the style of {@code git diff --word-diff}: {@code [-removed-]{+added+}}. */
    public String render() {
        StringBuilder text = new StringBuilder();
        for (DiffPart part : parts) {
            switch (part.kind()) {
                case SAME -> text.append(part.text());
                case ADDED -> text.append("{+").append(part.text()).append("+}");
                case REMOVED -> text.append("[-").append(part.text()).append("-]");
            }
        }
        return text.toString();
    }

    private int words(Kind kind) {
        int count = 0;
        for (DiffPart part : parts) {
            if (part.kind() == kind) {
                Matcher matcher = TOKEN.matcher(part.text());
                while (matcher.find()) {
                    if (Character.isLetterOrDigit(matcher.group().codePointAt(0))) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text == null ? "" : text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static void append(List<DiffPart> parts, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        int last = parts.size() - 1;
        if (last >= 0 && parts.get(last).kind() == kind) {
            parts.set(last, new DiffPart(kind, parts.get(last).text() + text));
        } else {
            parts.add(new DiffPart(kind, text));
        }
    }
}
