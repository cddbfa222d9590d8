package org.newsdesk.integrity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.markup.AnnotatedTextBuilder;
import org.languagetool.rules.RuleMatch;
import org.newsdesk.model.WritingSettings;

/**
 * LanguageTool's spelling and grammar check over Markdown, offline: loaded on first use (it takes a second or more
 * and about a hundred megabytes), checking paragraph by paragraph with a cache keyed by the paragraph's text, so
 * only the paragraph being typed is checked again, and able to let go of all of it ({@link #unload()}) when nobody
 * is writing. Markdown syntax and web addresses are handed to LanguageTool as markup, so they are never flagged.
 * One check at a time: LanguageTool's checker is not thread-safe.
 */
public final class Proofreader {
    private static final int CACHED_PARAGRAPHS = 2_000;
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n");
    private static final Pattern BARE_URL = Pattern.compile("(?i)\\b(?:https?://|www\\.|mailto:)[^\\s)>\\]]+");
    private static final Pattern LINE_MARKUP = Pattern.compile("(?m)^[ \\t]*(?:#{1,6}[ \\t]+|>[ \\t]?|[-*+][ \\t]+"
            + "|\\d{1,3}[.)][ \\t]+)");
    private static final Pattern EMPHASIS = Pattern.compile("\\*{1,3}|(?<![\\p{L}\\p{N}])_{1,3}|_{1,3}(?![\\p{L}\\p{N}])"
            + "|`+|~~");

    /** One thing LanguageTool found: its span in the checked text, the rule, whether it is spelling, and replacements. */
    public record Match(int start, int end, String ruleId, boolean spelling, String message, List<String> suggestions) {
        public Match {
            suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
        }

        Match shifted(int offset) {
            return new Match(start + offset, end + offset, ruleId, spelling, message, suggestions);
        }
    }

    private final String languageCode;
    private final Set<String> rulesOff;
    private final Map<String, List<Match>> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Match>> eldest) {
            return size() > CACHED_PARAGRAPHS;
        }
    };
    private JLanguageTool tool;
    private long lastUsedNanos = System.nanoTime();

    /**
     * @param languageCode "en-US" or "en-GB" (anything else is refused with one sentence)
     * @param rulesOff     LanguageTool rule ids this newsroom has switched off
     */
    public Proofreader(String languageCode, Set<String> rulesOff) {
        if (!WritingSettings.LANGUAGES.contains(languageCode)) {
            throw new IllegalArgumentException("The language must be one of " + String.join(", ", WritingSettings.LANGUAGES) + ".");
        }
        this.languageCode = languageCode;
        this.rulesOff = Set.copyOf(rulesOff);
    }

    public String languageCode() {
        return languageCode;
    }

    public Set<String> rulesOff() {
        return rulesOff;
    }

    /** Whether LanguageTool is in memory now. */
    public synchronized boolean isLoaded() {
        return tool != null;
    }

    /** Loads LanguageTool now if it is not loaded (call it off the FX thread, ahead of the first check). */
    public synchronized void load() {
        lastUsedNanos = System.nanoTime();
        if (tool == null) {
            Language language = Languages.getLanguageForShortCode(languageCode);
            JLanguageTool loaded = new JLanguageTool(language);
            for (String rule : rulesOff) {
                loaded.disableRule(rule);
            }
            tool = loaded;
        }
    }

    /** Lets LanguageTool and the cache go, so the heap can shrink back; the next check loads it again. */
    public synchronized void unload() {
        tool = null;
        cache.clear();
    }

    /** Unloads when no check has run for {@code idleNanos}; returns whether it did. */
    public synchronized boolean unloadIfIdle(long idleNanos) {
        if (tool != null && System.nanoTime() - lastUsedNanos > idleNanos) {
            unload();
            return true;
        }
        return false;
    }

    /**
     * Everything LanguageTool finds in the Markdown {@code text}, with spans in {@code text}; paragraphs already
     * checked come from the cache.
     */
    public synchronized List<Match> check(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        load();
        List<Match> matches = new ArrayList<>();
        int start = 0;
        Matcher breaks = PARAGRAPH_BREAK.matcher(text);
        while (start < text.length()) {
            int end = breaks.find(start) ? breaks.start() : text.length();
            String paragraph = text.substring(start, end);
            if (!paragraph.isBlank()) {
                for (Match match : paragraph(paragraph)) {
                    matches.add(match.shifted(start));
                }
            }
            start = end < text.length() ? breaks.end() : text.length();
        }
        return matches;
    }

    private List<Match> paragraph(String paragraph) {
        List<Match> cached = cache.get(paragraph);
        if (cached != null) {
            return cached;
        }
        List<Match> found = new ArrayList<>();
        try {
            for (RuleMatch match : tool.check(annotated(paragraph))) {
                found.add(new Match(match.getFromPos(), match.getToPos(), match.getRule().getId(),
                        match.getRule().isDictionaryBasedSpellingRule(), plain(match.getMessage()),
                        match.getSuggestedReplacements().stream().limit(5).toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("LanguageTool could not check the text: " + e.getMessage(), e);
        }
        List<Match> kept = List.copyOf(found);
        cache.put(paragraph, kept);
        return kept;
    }

    /**
     * The paragraph as LanguageTool should read it: link addresses, bare URLs, emphasis markers and line prefixes
     * (headings, quotes, list bullets) become markup; a URL reads as the word "link" so the sentence stays whole.
     */
    static AnnotatedText annotated(String paragraph) {
        String prose = Summary.of(paragraph).prose;
        boolean[] markup = new boolean[paragraph.length()];
        for (int i = 0; i < paragraph.length() && i < prose.length(); i++) {
            markup[i] = prose.charAt(i) == ' ' && paragraph.charAt(i) != ' ';
        }
        TreeSet<Integer> urlStarts = new TreeSet<>();
        Map<Integer, Integer> urls = new LinkedHashMap<>();
        mark(markup, LINE_MARKUP.matcher(paragraph));
        mark(markup, EMPHASIS.matcher(paragraph));
        Matcher url = BARE_URL.matcher(paragraph);
        while (url.find()) {
            if (markup[url.start()]) {
                continue;
            }
            int end = url.end();
            while (end > url.start() && ".,;:!?".indexOf(paragraph.charAt(end - 1)) >= 0) {
                end--;
            }
            urlStarts.add(url.start());
            urls.put(url.start(), end);
        }
        AnnotatedTextBuilder builder = new AnnotatedTextBuilder();
        int i = 0;
        while (i < paragraph.length()) {
            if (urls.containsKey(i)) {
                int end = urls.get(i);
                builder.addMarkup(paragraph.substring(i, end), "link");
                i = end;
                continue;
            }
            boolean isMarkup = markup[i];
            int j = i;
            Integer nextUrl = urlStarts.higher(i);
            int limit = nextUrl == null ? paragraph.length() : nextUrl;
            while (j < limit && markup[j] == isMarkup) {
                j++;
            }
            if (isMarkup) {
                builder.addMarkup(paragraph.substring(i, j));
            } else {
                builder.addText(paragraph.substring(i, j));
            }
            i = j;
        }
        return builder.build();
    }

    private static void mark(boolean[] markup, Matcher matcher) {
        while (matcher.find()) {
            for (int i = matcher.start(); i < matcher.end(); i++) {
                markup[i] = true;
            }
        }
    }

    /** LanguageTool's messages carry {@code <suggestion>} tags; the person reads plain quotes. */
    private static String plain(String message) {
        return message.replace("<suggestion>", "\u201C").replace("</suggestion>", "\u201D");
    }
}
