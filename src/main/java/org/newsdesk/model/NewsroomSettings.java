package org.newsdesk.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The newsroom's settings, typed, with the defaults a new newsroom starts from. Stored as text under the
 * {@code KEY_*} names, so the command line's {@code settings get|set} and the settings screen use one vocabulary.
 */
public record NewsroomSettings(
        String newsletterName,
        String tagline,
        String sponsorLine,
        String webAddress,
        String senderName,
        int sizeBudgetKb,
        String templateFolder,
        List<String> defaultSections,
        int minWords,
        int maxWords) {

    public static final String KEY_NEWSLETTER_NAME = "newsletter.name";
    public static final String KEY_TAGLINE = "newsletter.tagline";
    public static final String KEY_SPONSOR_LINE = "newsletter.sponsor";
    public static final String KEY_WEB_ADDRESS = "newsletter.webAddress";
    public static final String KEY_SENDER_NAME = "newsletter.sender";
    public static final String KEY_SIZE_BUDGET_KB = "export.sizeBudgetKb";
    public static final String KEY_TEMPLATE_FOLDER = "export.templateFolder";
    public static final String KEY_DEFAULT_SECTIONS = "edition.sections";
    public static final String KEY_WORD_TARGET = "story.wordTarget";

    public static final List<String> KEYS = List.of(KEY_NEWSLETTER_NAME, KEY_TAGLINE, KEY_SPONSOR_LINE,
            KEY_WEB_ADDRESS, KEY_SENDER_NAME, KEY_SIZE_BUDGET_KB, KEY_TEMPLATE_FOLDER, KEY_DEFAULT_SECTIONS,
            KEY_WORD_TARGET);

    public NewsroomSettings {
        newsletterName = newsletterName == null ? "" : newsletterName;
        tagline = tagline == null ? "" : tagline;
        sponsorLine = sponsorLine == null ? "" : sponsorLine;
        webAddress = webAddress == null ? "" : webAddress;
        senderName = senderName == null ? "" : senderName;
        templateFolder = templateFolder == null ? "" : templateFolder;
        defaultSections = defaultSections == null ? List.of() : List.copyOf(defaultSections);
    }

    public static NewsroomSettings defaults() {
        return new NewsroomSettings("Newsdesk Daily", "", "", "", "", 90, "", List.of("Top stories"), 150, 250);
    }

    /** Settings read from stored text values; a missing or unreadable value keeps its default. */
    public static NewsroomSettings fromMap(Map<String, String> values) {
        NewsroomSettings d = defaults();
        int[] target = parseTarget(values.get(KEY_WORD_TARGET), d.minWords, d.maxWords);
        String sections = values.get(KEY_DEFAULT_SECTIONS);
        return new NewsroomSettings(
                values.getOrDefault(KEY_NEWSLETTER_NAME, d.newsletterName),
                values.getOrDefault(KEY_TAGLINE, d.tagline),
                values.getOrDefault(KEY_SPONSOR_LINE, d.sponsorLine),
                values.getOrDefault(KEY_WEB_ADDRESS, d.webAddress),
                values.getOrDefault(KEY_SENDER_NAME, d.senderName),
                parseInt(values.get(KEY_SIZE_BUDGET_KB), d.sizeBudgetKb),
                values.getOrDefault(KEY_TEMPLATE_FOLDER, d.templateFolder),
                sections == null ? d.defaultSections
                        : Arrays.stream(sections.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                target[0], target[1]);
    }

    /** The settings as stored text values, under the {@code KEY_*} names. */
    public Map<String, String> toMap() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(KEY_NEWSLETTER_NAME, newsletterName);
        values.put(KEY_TAGLINE, tagline);
        values.put(KEY_SPONSOR_LINE, sponsorLine);
        values.put(KEY_WEB_ADDRESS, webAddress);
        values.put(KEY_SENDER_NAME, senderName);
        values.put(KEY_SIZE_BUDGET_KB, Integer.toString(sizeBudgetKb));
        values.put(KEY_TEMPLATE_FOLDER, templateFolder);
        values.put(KEY_DEFAULT_SECTIONS, String.join(", ", defaultSections));
        values.put(KEY_WORD_TARGET, minWords + "-" + maxWords);
        return values;
    }

    private static int parseInt(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static int[] parseTarget(String text, int min, int max) {
        if (text == null) {
            return new int[] {min, max};
        }
        String[] parts = text.split("[-–]");
        if (parts.length != 2) {
            return new int[] {min, max};
        }
        int low = parseInt(parts[0], -1);
        int high = parseInt(parts[1], -1);
        return low > 0 && high >= low ? new int[] {low, high} : new int[] {min, max};
    }
}
