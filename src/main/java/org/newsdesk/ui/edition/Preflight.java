package org.newsdesk.ui.edition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.newsdesk.app.EditionExportService;
import org.newsdesk.app.IntegrityService;
import org.newsdesk.app.SettingsService;
import org.newsdesk.app.StoryService;
import org.newsdesk.export.RenderedEdition;
import org.newsdesk.integrity.Finding;
import org.newsdesk.model.Edition;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;

/**
 * An edition's pre-flight list, read off the FX thread in two parts, so that the edition can be previewed and
 * exported before LanguageTool has loaded: first the rendering with the quick checks (status, quotes, copying,
 * attribution, links, length, duplicates), then spelling, grammar and house style, merged in reading order.
 */
final class Preflight {
    private Preflight() {
    }

    /** The rendered files, the quick part of the list and the stories' headlines in reading order. */
    record Quick(RenderedEdition rendered, List<PreflightItem> items, Map<UUID, String> headlines, int budgetKb) {
    }

    /** Spelling, grammar and house style: each story's items, and the intro's. */
    record Writing(Map<UUID, List<PreflightItem>> stories, List<PreflightItem> intro) {
    }

    static Quick quick(StoryService storyService, IntegrityService integrity, EditionExportService export,
                       SettingsService settings, Edition edition) {
        List<PreflightItem> items = new ArrayList<>();
        Map<UUID, String> headlines = new LinkedHashMap<>();
        for (Story story : storyService.findAll(edition.storyIds())) {
            headlines.put(story.id(), story.headline());
            if (story.status() != StoryStatus.APPROVED && story.status() != StoryStatus.PUBLISHED) {
                items.add(new PreflightItem(story.id(), story.headline(), "not approved",
                        "This story is " + story.status().label().toLowerCase(Locale.ROOT)
                                + ", not approved; only approved stories are published."));
            }
        }
        addAll(items, integrity.checkEditionQuickly(edition.date()), headlines);
        return new Quick(export.render(edition.date()), items, headlines, settings.current().sizeBudgetKb());
    }

    static Writing writing(IntegrityService integrity, Edition edition, Map<UUID, String> headlines) {
        Map<UUID, List<PreflightItem>> stories = new LinkedHashMap<>();
        integrity.checkEditionWriting(edition.date()).forEach((id, findings) -> {
            List<PreflightItem> items = new ArrayList<>();
            addAll(items, Map.of(id, findings), headlines);
            stories.put(id, items);
        });
        List<PreflightItem> intro = new ArrayList<>();
        for (Finding finding : integrity.checkIntro(edition.date())) {
            intro.add(new PreflightItem(null, "Edition intro", label(finding.kind()), finding.message()));
        }
        return new Writing(stories, intro);
    }

    /** The whole list: what is not approved, then each story's findings in reading order, then the intro's. */
    static List<PreflightItem> merged(Quick quick, Writing writing) {
        List<PreflightItem> merged = new ArrayList<>();
        quick.items().stream().filter(item -> item.kind().equals("not approved")).forEach(merged::add);
        for (UUID id : quick.headlines().keySet()) {
            for (PreflightItem item : quick.items()) {
                if (id.equals(item.storyId()) && !item.kind().equals("not approved")) {
                    merged.add(item);
                }
            }
            for (PreflightItem item : writing.stories().getOrDefault(id, List.of())) {
                if (!merged.contains(item)) {
                    merged.add(item);
                }
            }
        }
        merged.addAll(writing.intro());
        return merged;
    }

    private static void addAll(List<PreflightItem> items, Map<UUID, List<Finding>> findings,
                               Map<UUID, String> headlines) {
        for (Map.Entry<UUID, List<Finding>> entry : findings.entrySet()) {
            String headline = headlines.getOrDefault(entry.getKey(), entry.getKey().toString());
            for (Finding finding : entry.getValue()) {
                PreflightItem item = new PreflightItem(entry.getKey(), headline, label(finding.kind()),
                        sentence(finding));
                // Two checks, or two clips of one story, can find the same passage: it is listed once.
                if (!items.contains(item)) {
                    items.add(item);
                }
            }
        }
    }

    /** The finding's sentence and, for copied prose, the words it is about, so two runs read apart. */
    private static String sentence(Finding finding) {
        if (finding.kind() != Finding.Kind.COPIED || finding.quote() == null || finding.quote().isBlank()) {
            return finding.message();
        }
        String words = finding.quote().strip().replaceAll("\\s+", " ");
        if (words.length() > 90) {
            int cut = words.lastIndexOf(' ', 88);
            words = words.substring(0, cut > 40 ? cut : 88).strip() + "\u2026";
        }
        return finding.message() + " \u201C" + words + "\u201D";
    }

    private static String label(Finding.Kind kind) {
        return switch (kind) {
            case MISQUOTE -> "quote check";
            case COPIED -> "copied prose";
            case ATTRIBUTION -> "attribution";
            case LINK -> "link";
            case LENGTH -> "length";
            case DUPLICATE -> "duplicate source";
            case SPELLING -> "spelling";
            case GRAMMAR -> "grammar";
            case STYLE -> "house style";
        };
    }
}
