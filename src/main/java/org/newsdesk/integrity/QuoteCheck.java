package org.newsdesk.integrity;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsdesk.model.Clip;

/**
 * The misquote check: every passage in quotation marks in a summary must appear in a source, ignoring case, quote
 * style, dashes, whitespace and line breaks, with an ellipsis standing for omitted words. The story editor calls it on
 * every pause in typing, so source indexes are kept (the last {@value #CACHED_SOURCES} texts) and a check is a few
 * look-ups per quotation.
 */
public final class QuoteCheck {
    private static final int CACHED_SOURCES = 16;

    private final Map<String, SourceIndex> indexes = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SourceIndex> eldest) {
            return size() > CACHED_SOURCES;
        }
    };

    /** What a summary may quote from a clip, its headline and its text: the source text to pass to {@link #misquotes}. */
    public static String sourceText(Clip clip) {
        return clip.title().isBlank() ? clip.text() : clip.title() + "\n\n" + clip.text();
    }

    /** The index of {@code sourceText}, built on first use and kept for the next checks. */
    public SourceIndex index(String sourceText) {
        String text = sourceText == null ? "" : sourceText;
        synchronized (indexes) {
            SourceIndex index = indexes.get(text);
            if (index == null) {
                index = SourceIndex.of(text);
                indexes.put(text, index);
            }
            return index;
        }
    }

    /**
     * Misquote findings for the quotations of {@code markdownBody} checked against {@code sourceTexts} (a quotation
     * may come from any of them; see {@link #sourceText(Clip)}); none when there is no source to check against.
     */
    public List<Finding> misquotes(String markdownBody, List<String> sourceTexts) {
        return misquotesAgainst(markdownBody, sourceTexts.stream().map(this::index).toList());
    }

    /** As {@link #misquotes}, against sources the caller has indexed. */
    public List<Finding> misquotesAgainst(String markdownBody, List<SourceIndex> sources) {
        return check(ParsedSummary.of(markdownBody), sources);
    }

    List<Finding> check(ParsedSummary summary, List<SourceIndex> sources) {
        List<Finding> findings = new ArrayList<>();
        if (sources.isEmpty()) {
            return findings;
        }
        for (Quotation quotation : summary.quotations) {
            if (quotation.isChecked() && !appears(quotation, sources)) {
                findings.add(describe(summary, quotation, sources));
            }
        }
        return findings;
    }

    private static boolean appears(Quotation quotation, List<SourceIndex> sources) {
        for (SourceIndex source : sources) {
            if (quotation.parts().size() == 1) {
                String[] words = quotation.parts().get(0);
                if (source.find(words, 0, words.length, 0, -1) >= 0) {
                    return true;
                }
            } else if (inOneParagraph(quotation.parts(), source)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the parts occur in order in one paragraph; the earliest fit in each paragraph is the one to try. */
    private static boolean inOneParagraph(List<String[]> parts, SourceIndex source) {
        String[] first = parts.get(0);
        int from = 0;
        while (true) {
            int at = source.find(first, 0, first.length, from, -1);
            if (at < 0) {
                return false;
            }
            int paragraph = source.paragraphs[at];
            int next = at + first.length;
            boolean fits = true;
            for (int p = 1; p < parts.size() && fits; p++) {
                String[] part = parts.get(p);
                int found = source.find(part, 0, part.length, next, paragraph);
                fits = found >= 0;
                next = found + part.length;
            }
            if (fits) {
                return true;
            }
            from = nextParagraphStart(source, paragraph, at);
            if (from < 0) {
                return false;
            }
        }
    }

    private static int nextParagraphStart(SourceIndex source, int paragraph, int from) {
        for (int i = from; i < source.paragraphs.length; i++) {
            if (source.paragraphs[i] > paragraph) {
                return i;
            }
        }
        return -1;
    }

    private static Finding describe(ParsedSummary summary, Quotation quotation, List<SourceIndex> sources) {
        String quoted = summary.body.substring(quotation.contentStart(), quotation.contentEnd()).strip();
        String[] failing = null;
        for (String[] part : quotation.parts()) {
            if (sources.stream().noneMatch(source -> source.find(part, 0, part.length, 0, -1) >= 0)) {
                failing = part;
                break;
            }
        }
        if (failing == null) {
            String[] first = quotation.parts().get(0);
            SourceIndex source = sources.stream()
                    .filter(s -> s.find(first, 0, first.length, 0, -1) >= 0).findFirst().orElseThrow();
            int at = source.find(first, 0, first.length, 0, -1);
            int to = at;
            while (to < source.paragraphs.length && to < at + 60 && source.paragraphs[to] == source.paragraphs[at]) {
                to++;
            }
            return new Finding(Finding.Kind.MISQUOTE, quotation.start(), quotation.end(), quoted,
                    "The parts of the quotation around the ellipsis do not appear in this order in one paragraph"
                            + " of the source.", source.passage(at, to));
        }
        SourceIndex bestSource = null;
        SourceIndex.Alignment best = null;
        for (SourceIndex source : sources) {
            SourceIndex.Alignment alignment = source.closest(failing);
            if (alignment != null && (best == null || alignment.cost() < best.cost())) {
                best = alignment;
                bestSource = source;
            }
        }
        if (best == null || best.cost() * 2 > failing.length) {
            return new Finding(Finding.Kind.MISQUOTE, quotation.start(), quotation.end(), quoted,
                    "The quotation does not appear in the source.",
                    best == null ? "" : bestSource.passage(best.from(), best.to()));
        }
        String closest = bestSource.passage(best.from(), best.to());
        return new Finding(Finding.Kind.MISQUOTE, quotation.start(), quotation.end(), quoted,
                difference(failing, bestSource, best), closest);
    }

    /** Whether the source has the quotation's words, in another order, at about the aligned place. */
    private static boolean isReordering(String[] quoted, SourceIndex source, SourceIndex.Alignment alignment) {
        String[] sortedQuote = quoted.clone();
        Arrays.sort(sortedQuote);
        for (int start = alignment.from() - 2; start <= alignment.from() + 2; start++) {
            if (start < 0 || start + quoted.length > source.wordCount()) {
                continue;
            }
            String[] window = Arrays.copyOfRange(source.spans.words, start, start + quoted.length);
            Arrays.sort(window);
            if (Arrays.equals(window, sortedQuote)) {
                return true;
            }
        }
        return false;
    }

    /** One sentence naming the first difference between the quoted words and the aligned source words. */
    private static String difference(String[] quoted, SourceIndex source, SourceIndex.Alignment alignment) {
        List<String> sourceWords = Arrays.asList(source.spans.words).subList(alignment.from(), alignment.to());
        List<String> quoteWords = Arrays.asList(quoted);
        if (isReordering(quoted, source, alignment)) {
            return "The quotation has the source's words in a different order.";
        }
        List<AbstractDelta<String>> deltas = DiffUtils.diff(sourceWords, quoteWords).getDeltas();
        if (deltas.isEmpty()) {
            return "The quotation differs from the source.";
        }
        AbstractDelta<String> first = deltas.get(0);
        String was = source.passage(alignment.from() + first.getSource().getPosition(),
                alignment.from() + first.getSource().getPosition() + first.getSource().size());
        String now = String.join(" ", first.getTarget().getLines());
        String sentence = switch (first.getType()) {
            case DELETE -> "The quotation leaves out \"" + was + "\", which the source has there";
            case INSERT -> "The quotation adds \"" + now + "\", which the source does not have";
            default -> "The quotation says \"" + now + "\" where the source says \"" + was + "\"";
        };
        int more = deltas.size() - 1;
        return sentence + (more == 0 ? "." : more == 1 ? ", and differs in one more place."
                : ", and differs in " + more + " more places.");
    }
}
