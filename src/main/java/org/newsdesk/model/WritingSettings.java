package org.newsdesk.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The newsroom's settings for the writing checks: the language of the spelling and grammar check and the rules
 * switched off (LanguageTool rule ids and house style rule names), stored as text under the {@code KEY_*} names.
 */
public record WritingSettings(String language, Set<String> rulesOff) {
    public static final String KEY_LANGUAGE = "writing.language";
    public static final String KEY_RULES_OFF = "writing.rulesOff";
    public static final List<String> KEYS = List.of(KEY_LANGUAGE, KEY_RULES_OFF);
    public static final List<String> LANGUAGES = List.of("en-US", "en-GB");

    /**
     * LanguageTool rules a digest does not want by default: typographic quotes and dashes (the export sets them),
     * the whitespace rule (house style has its own double-space rule), matters of taste that news copy decides
     * otherwise (a comma before every "and", diacritics on names, closed compounds, "the" before superlatives),
     * sentence-length advice, LanguageTool's own style and wordiness advice (its categories STYLE and REDUNDANCY:
     * informal words, "all of the", passive voice), since the newsroom's house style file decides style, and its
     * preposition advice (category COLLOCATIONS: "consequences like", "wrote in the blog"), written for learners.
     * A name switches off the rule, every rule whose id starts with it and "_", and the category of that id.
     */
    public static final Set<String> DEFAULT_RULES_OFF = Set.of("EN_QUOTES", "DASH_RULE", "WHITESPACE_RULE",
            "EN_UNPAIRED_QUOTES", "EN_UNPAIRED_BRACKETS", "PUNCTUATION_PARAGRAPH_END", "UPPERCASE_SENTENCE_START",
            "ENGLISH_WORD_REPEAT_BEGINNING_RULE", "EN_SPECIFIC_CASE", "ARROWS", "MULTIPLICATION_SIGN", "PLUS_MINUS",
            "SENTENCE_WHITESPACE", "COMMA_PARENTHESIS_WHITESPACE", "TOO_LONG_SENTENCE",
            "EN_COMPOUNDS", "EN_DIACRITICS", "COMMA_COMPOUND_SENTENCE", "THE_SUPERLATIVE", "STYLE", "REDUNDANCY",
            "COLLOCATIONS");

    public WritingSettings {
        language = language == null || language.isBlank() ? LANGUAGES.get(0) : language;
        rulesOff = rulesOff == null ? Set.of() : Set.copyOf(rulesOff);
    }

    public static WritingSettings defaults() {
        return new WritingSettings(LANGUAGES.get(0), DEFAULT_RULES_OFF);
    }

    /** Settings read from stored text values; a missing value keeps its default. */
    public static WritingSettings fromMap(Map<String, String> values) {
        String language = values.get(KEY_LANGUAGE);
        String off = values.get(KEY_RULES_OFF);
        return new WritingSettings(language != null && LANGUAGES.contains(language) ? language : LANGUAGES.get(0),
                off == null ? DEFAULT_RULES_OFF : parseRules(off));
    }

    public static Set<String> parseRules(String text) {
        return Arrays.stream(text.split("[,\\s]+")).map(String::strip).filter(rule -> !rule.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public Map<String, String> toMap() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(KEY_LANGUAGE, language);
        values.put(KEY_RULES_OFF, rulesOff.stream().sorted().collect(Collectors.joining(",")));
        return values;
    }
}
