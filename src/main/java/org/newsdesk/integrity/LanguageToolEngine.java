package org.newsdesk.integrity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.rules.CategoryId;
import org.languagetool.markup.AnnotatedTextBuilder;
import org.languagetool.rules.RuleMatch;

/**
 * LanguageTool's checker behind {@link Proofreader.Engine}. {@link IsolatedEngine} loads this class (and so all of
 * LanguageTool) in a class loader of its own; nothing else in the application refers to it by name.
 */
public final class LanguageToolEngine implements Proofreader.Engine {
    private static final Pattern BARE_URL = Pattern.compile("(?i)\\b(?:https?://|www\\.|mailto:)[^\\s)>\\]]+");
    private static final Pattern LINE_MARKUP = Pattern.compile("(?m)^[ \\t]*(?:#{1,6}[ \\t]+|>[ \\t]?|[-*+][ \\t]+"
            + "|\\d{1,3}[.)][ \\t]+)");
    private static final Pattern EMPHASIS = Pattern.compile("\\*{1,3}|(?<![\\p{L}\\p{N}])_{1,3}|_{1,3}(?![\\p{L}\\p{N}])"
            + "|`+|~~");

    private final JLanguageTool tool;

    /**
     * Loads LanguageTool for {@code languageCode} ("en-US", "en-GB") with {@code rulesOff} disabled: rule ids, or
     * category ids such as STYLE.
     */
    public LanguageToolEngine(String languageCode, Set<String> rulesOff) {
        tool = new JLanguageTool(Languages.getLanguageForShortCode(languageCode));
        for (String rule : rulesOff) {
            tool.disableRule(rule);
            tool.disableCategory(new CategoryId(rule));
        }
    }

    @Override
    public List<Proofreader.Match> check(String paragraph) throws IOException {
        List<Proofreader.Match> found = new ArrayList<>();
        for (RuleMatch match : tool.check(annotated(paragraph))) {
            found.add(new Proofreader.Match(match.getFromPos(), match.getToPos(), match.getRule().getId(),
                    match.getRule().getCategory().getId().toString(), match.getRule().isDictionaryBasedSpellingRule(), plain(match.getMessage()),
                    match.getSuggestedReplacements().stream().limit(5).toList()));
        }
        return found;
    }

    /**
     * The paragraph as LanguageTool should read it: link addresses, bare URLs, emphasis markers and line prefixes
     * (headings, quotes, list bullets) become markup; a URL reads as the word "link" so the sentence stays whole.
     */
    static AnnotatedText annotated(String paragraph) {
        String prose = ParsedSummary.of(paragraph).prose;
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
