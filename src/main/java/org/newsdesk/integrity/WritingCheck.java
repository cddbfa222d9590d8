package org.newsdesk.integrity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.model.Clip;

/**
 * Spelling, grammar and house style over a piece of a story (headline, summary, edition intro): LanguageTool's
 * findings, less the words the clip spells that way (names as the source spells them), the newsroom's dictionary
 * and the words the writer chose to ignore, plus the house style rules.
 */
public final class WritingCheck {
    private static final String REPEAT_RULE = "ENGLISH_WORD_REPEAT_RULE";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’\\-][\\p{L}\\p{M}\\p{N}]+)*");

    private final Proofreader proofreader;
    private final HouseStyle style;
    private final Set<String> rulesOff;

    /** @param rulesOff house style rule ids and LanguageTool rule ids this newsroom switched off */
    public WritingCheck(Proofreader proofreader, HouseStyle style, Set<String> rulesOff) {
        this.proofreader = proofreader;
        this.style = style;
        this.rulesOff = Set.copyOf(rulesOff);
    }

    public Proofreader proofreader() {
        return proofreader;
    }

    /** The words allowed without question: every word the clips spell, and each part of a hyphenated one. */
    public static Set<String> words(List<Clip> clips) {
        Set<String> words = new HashSet<>();
        for (Clip clip : clips) {
            addWords(words, clip.title());
            addWords(words, clip.byline());
            addWords(words, clip.text());
        }
        return words;
    }

    private static void addWords(Set<String> words, String text) {
        if (text == null) {
            return;
        }
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            String found = word.group();
            words.add(found);
            for (String part : found.split("['’\\-]")) {
                words.add(part);
            }
        }
    }

    /**
     * The findings for a Markdown text, with spans in it.
     *
     * @param allowed   words never flagged as misspelt (the clip's words, the newsroom dictionary, ignored words)
     * @param withStyle whether the house style applies (not to headlines)
     */
    public List<Finding> check(String text, Set<String> allowed, boolean withStyle) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> lowerAllowed = new HashSet<>();
        for (String word : allowed) {
            if (word.equals(word.toLowerCase(Locale.ROOT))) {
                lowerAllowed.add(word);
            }
        }
        ParsedSummary summary = ParsedSummary.of(text);
        List<int[]> quotations = new ArrayList<>();
        for (Quotation quotation : summary.quotations) {
            quotations.add(new int[] {quotation.start(), quotation.end()});
        }
        List<Finding> findings = new ArrayList<>();
        int grammarEnd = -1;
        List<Proofreader.Match> matches = new ArrayList<>(proofreader.check(text));
        matches.sort(Comparator.comparingInt(Proofreader.Match::start));
        for (Proofreader.Match match : matches) {
            if (isOff(match.ruleId()) || rulesOff.contains(match.category()) || match.end() > text.length()) {
                continue;
            }
            String flagged = text.substring(match.start(), match.end());
            if (match.spelling()) {
                if (isAllowed(flagged, allowed, lowerAllowed)) {
                    continue;
                }
                findings.add(new Finding(Finding.Kind.SPELLING, match.start(), match.end(), flagged,
                        "\u201C" + flagged + "\u201D may be misspelled.", "", match.suggestions()));
            } else {
                // a quotation stays as the source has it; one mark per stretch of words (the first rule's);
                // a capitalised word repeated inside a sentence is a name (Maji Maji, Bora Bora), not a slip
                if (within(match.start(), match.end(), quotations) || match.start() < grammarEnd
                        || REPEAT_RULE.equals(match.ruleId()) && isRepeatedName(text, match.start(), flagged)) {
                    continue;
                }
                grammarEnd = match.end();
                findings.add(new Finding(Finding.Kind.GRAMMAR, match.start(), match.end(), flagged,
                        match.message() + " [" + match.ruleId() + "]", "", match.suggestions()));
            }
        }
        if (withStyle) {
            List<int[]> leaveAlone = new ArrayList<>(quotations);
            for (ParsedSummary.MarkdownLink link : summary.links) {
                if (link.image()) {
                    leaveAlone.add(new int[] {link.start(), link.end()});
                }
            }
            // blanked link markup reads as a letter, not a space, so it neither makes nor breaks a double space
            char[] prose = summary.prose.toCharArray();
            for (int i = 0; i < prose.length && i < text.length(); i++) {
                if (prose[i] == ' ' && text.charAt(i) != ' ') {
                    prose[i] = '\u0000';
                }
            }
            findings.addAll(style.check(new String(prose), text, leaveAlone, rulesOff));
        }
        findings.sort(Comparator.comparingInt(Finding::start).thenComparing(Finding::kind));
        return List.copyOf(findings);
    }

    /** A rule is off when its id, or the family its id starts with (EN_COMPOUNDS for EN_COMPOUNDS_MULTI_STEP), is. */
    private boolean isOff(String ruleId) {
        if (rulesOff.contains(ruleId)) {
            return true;
        }
        for (int underscore = ruleId.lastIndexOf('_'); underscore > 0; underscore = ruleId.lastIndexOf('_', underscore - 1)) {
            if (rulesOff.contains(ruleId.substring(0, underscore))) {
                return true;
            }
        }
        return false;
    }

    /** A word is allowed as the clip or dictionary spells it; a flagged run of words when each of its words is. */
    private static boolean isAllowed(String flagged, Set<String> allowed, Set<String> lowerAllowed) {
        String[] words = flagged.strip().split("\\s+");
        if (words.length > 1) {
            for (String word : words) {
                if (!isAllowed(word, allowed, lowerAllowed)) {
                    return false;
                }
            }
            return true;
        }
        if (allowed.contains(flagged) || lowerAllowed.contains(flagged.toLowerCase(Locale.ROOT))) {
            return true;
        }
        String bare = flagged.replaceAll("['’]s$", "");
        return allowed.contains(bare) || lowerAllowed.contains(bare.toLowerCase(Locale.ROOT));
    }

    private static boolean within(int start, int end, List<int[]> spans) {
        for (int[] span : spans) {
            if (span[0] <= start && end <= span[1]) {
                return true;
            }
        }
        return false;
    }

    /** Whether a flagged repetition is a capitalised word twice, not at the start of a sentence. */
    private static boolean isRepeatedName(String text, int start, String flagged) {
        String[] words = flagged.strip().split("\\s+");
        if (words.length < 2) {
            return false;
        }
        for (String word : words) {
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
        }
        int before = start - 1;
        while (before >= 0 && (Character.isWhitespace(text.charAt(before)) || "\"'“‘(*_".indexOf(text.charAt(before)) >= 0)) {
            before--;
        }
        return before >= 0 && ".!?:".indexOf(text.charAt(before)) < 0;
    }
}
