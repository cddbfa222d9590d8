package org.newsdesk.feed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.model.WatchTerm;

/**
 * The newsroom's watch-list applied to text: whole words and phrases, any case, spaces in a phrase matching any
 * run of white space; a term for one outlet applies only to that outlet's items.
 */
public final class WatchList {
    /** Where a term matched: {@code [start, end)} in the text. */
    public record Span(int start, int end, String term) {
    }

    private record Compiled(WatchTerm term, Pattern pattern) {
    }

    private final List<Compiled> terms;

    public WatchList(List<WatchTerm> watchTerms) {
        List<Compiled> compiled = new ArrayList<>();
        for (WatchTerm term : watchTerms) {
            compiled.add(new Compiled(term, pattern(term.term())));
        }
        this.terms = List.copyOf(compiled);
    }

    static Pattern pattern(String term) {
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}_])");
        String[] words = term.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                regex.append("\\s+");
            }
            regex.append(Pattern.quote(words[i]));
        }
        regex.append("(?![\\p{L}\\p{N}_])");
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** The matches in {@code text} of the terms that apply to {@code outlet}, in order, overlaps merged. */
    public List<Span> spans(String text, String outlet) {
        if (text == null || text.isEmpty() || terms.isEmpty()) {
            return List.of();
        }
        List<Span> found = new ArrayList<>();
        for (Compiled compiled : terms) {
            if (!compiled.term().appliesTo(outlet)) {
                continue;
            }
            Matcher matcher = compiled.pattern().matcher(text);
            while (matcher.find()) {
                found.add(new Span(matcher.start(), matcher.end(), compiled.term().term()));
            }
        }
        if (found.size() < 2) {
            return found;
        }
        found.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        List<Span> merged = new ArrayList<>();
        Span current = found.get(0);
        for (Span next : found.subList(1, found.size())) {
            if (next.start() < current.end()) {
                if (next.end() > current.end()) {
                    current = new Span(current.start(), next.end(), current.term());
                }
            } else {
                merged.add(current);
                current = next;
            }
        }
        merged.add(current);
        return merged;
    }

    /** Whether any applicable term is in the headline or the teaser. */
    public boolean matches(String headline, String teaser, String outlet) {
        for (Compiled compiled : terms) {
            if (compiled.term().appliesTo(outlet)
                    && (find(compiled.pattern(), headline) || find(compiled.pattern(), teaser))) {
                return true;
            }
        }
        return false;
    }

    private static boolean find(Pattern pattern, String text) {
        return text != null && !text.isEmpty() && pattern.matcher(text).find();
    }
}
