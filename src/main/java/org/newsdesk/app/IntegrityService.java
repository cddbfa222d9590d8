package org.newsdesk.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.newsdesk.integrity.ArchiveLookup;
import org.newsdesk.integrity.CheckContext;
import org.newsdesk.integrity.Finding;
import org.newsdesk.integrity.PublishedUse;
import org.newsdesk.integrity.StoryChecker;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Edition;
import org.newsdesk.model.NewsroomSettings;
import org.newsdesk.model.Outlet;
import org.newsdesk.model.SourceUrl;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;
import org.newsdesk.store.Clips;
import org.newsdesk.store.Editions;
import org.newsdesk.store.OutletStore;
import org.newsdesk.store.SettingsStore;
import org.newsdesk.store.Stories;

/** Runs the integrity checks over stored stories: one story, every story in a status, or a whole edition. */
public final class IntegrityService {
    private final Stories stories;
    private final Clips clips;
    private final OutletStore outlets;
    private final Editions editions;
    private final SettingsStore settings;
    private final StoryChecker checker;
    private final WritingService writing;
    private final org.newsdesk.integrity.QuoteCheck quoteCheck = new org.newsdesk.integrity.QuoteCheck();

    public IntegrityService(Stories stories, Clips clips, OutletStore outlets, Editions editions,
                            SettingsStore settings) {
        this(stories, clips, outlets, editions, settings, new StoryChecker());
    }

    /** A service sharing {@code checker} (and so its kept source indexes) with the story editor. */
    public IntegrityService(Stories stories, Clips clips, OutletStore outlets, Editions editions,
                            SettingsStore settings, StoryChecker checker) {
        this(stories, clips, outlets, editions, settings, checker, null);
    }

    /** A service that also lists spelling, grammar and house style findings from {@code writing} (null: none). */
    public IntegrityService(Stories stories, Clips clips, OutletStore outlets, Editions editions,
                            SettingsStore settings, StoryChecker checker, WritingService writing) {
        this.writing = writing;
        this.stories = stories;
        this.clips = clips;
        this.outlets = outlets;
        this.editions = editions;
        this.settings = settings;
        this.checker = checker;
    }

    /**
     * The quotations of {@code markdownBody} that none of {@code sources} contains, by the project's one quote
     * check (which keeps the clips' indexes, so checking on every pause in typing stays cheap).
     */
    public List<Finding> misquotes(String markdownBody, List<Clip> sources) {
        if (sources.isEmpty()) {
            return List.of();
        }
        return quoteCheck.misquotes(markdownBody,
                sources.stream().map(org.newsdesk.integrity.QuoteCheck::sourceText).toList());
    }

    /**
     * The findings for one story, checked against its clips, the latest edition that carries it (for duplicates
     * within it) and every other published edition; throws {@link IllegalArgumentException} when there is no such
     * story.
     */
    public List<Finding> check(UUID storyId) {
        Story story = stories.find(storyId)
                .orElseThrow(() -> new IllegalArgumentException("There is no story " + storyId + "."));
        List<Edition> carrying = editions.containing(storyId);
        Optional<Edition> edition = carrying.isEmpty() ? Optional.empty()
                : Optional.of(carrying.get(carrying.size() - 1));
        CheckContext context = context(edition);
        return check(story, context);
    }

    /** The findings for every story in one of {@code statuses}, newest change first. */
    public Map<UUID, List<Finding>> checkInStatus(Collection<StoryStatus> statuses) {
        Map<UUID, List<Finding>> findings = new LinkedHashMap<>();
        for (Story story : stories.list(statuses, null, 0)) {
            findings.put(story.id(), check(story.id()));
        }
        return findings;
    }

    /**
     * The edition's pre-flight: the findings for every story of the edition of {@code date}, in reading order;
     * throws {@link IllegalArgumentException} when there is no edition that day.
     */
    public Map<UUID, List<Finding>> checkEdition(LocalDate date) {
        Map<UUID, List<Finding>> findings = new LinkedHashMap<>();
        Map<UUID, List<Finding>> writingFindings = checkEditionWriting(date);
        checkEditionQuickly(date).forEach((id, integrity) -> {
            List<Finding> all = new ArrayList<>(integrity);
            all.addAll(writingFindings.getOrDefault(id, List.of()));
            all.sort(Comparator.comparingInt(Finding::start).thenComparing(Finding::kind));
            findings.put(id, List.copyOf(all));
        });
        return findings;
    }

    /**
     * The pre-flight's quick part: every check of every story of the edition but spelling, grammar and house style
     * (which need LanguageTool loaded), in reading order.
     */
    public Map<UUID, List<Finding>> checkEditionQuickly(LocalDate date) {
        Edition edition = editions.find(date)
                .orElseThrow(() -> new IllegalArgumentException("There is no edition for " + date + "."));
        CheckContext context = context(Optional.of(edition));
        Map<UUID, List<Finding>> findings = new LinkedHashMap<>();
        for (CheckContext.EditionStory entry : context.edition()) {
            findings.put(entry.story().id(),
                    checker.check(entry.story(), entry.clips(), outletOf(entry.story(), entry.clips()), context));
        }
        return findings;
    }

    /** The pre-flight's slow part: spelling, grammar and house style of every story of the edition, in reading order. */
    public Map<UUID, List<Finding>> checkEditionWriting(LocalDate date) {
        Edition edition = editions.find(date)
                .orElseThrow(() -> new IllegalArgumentException("There is no edition for " + date + "."));
        Map<UUID, List<Finding>> findings = new LinkedHashMap<>();
        for (Story story : stories.findAll(edition.storyIds())) {
            findings.put(story.id(), writing == null ? List.of()
                    : writing.findings(story.headline(), story.body(), clips.findAll(story.clipIds())));
        }
        return findings;
    }

    /**
     * The integrity findings (quotes, copied prose, attribution, links, length; not the writing checks) of a story
     * as it is being written, before it is saved: the editor and the review queue mark them in the text.
     */
    public List<Finding> checkDraft(Story draft) {
        List<Clip> storyClips = clips.findAll(draft.clipIds());
        return checker.check(draft, storyClips, outletOf(draft, storyClips), context(Optional.empty()));
    }

    /**
     * The spelling, grammar and house style findings of the intro of the edition of {@code date} (its stories'
     * clips count as sources, so their names are not flagged); empty without the writing checks.
     */
    public List<Finding> checkIntro(LocalDate date) {
        Edition edition = editions.find(date)
                .orElseThrow(() -> new IllegalArgumentException("There is no edition for " + date + "."));
        return checkIntro(date, edition.intro(), Set.of());
    }

    /**
     * The same for an intro as it is being typed, before it is saved, less the words the editor chose to ignore.
     */
    public List<Finding> checkIntro(LocalDate date, String intro, Set<String> ignored) {
        Edition edition = editions.find(date)
                .orElseThrow(() -> new IllegalArgumentException("There is no edition for " + date + "."));
        if (writing == null || intro == null || intro.isBlank()) {
            return List.of();
        }
        List<Clip> sources = new ArrayList<>();
        for (Story story : stories.findAll(edition.storyIds())) {
            sources.addAll(clips.findAll(story.clipIds()));
        }
        return writing.checkText(intro, sources, ignored);
    }

    private List<Finding> check(Story story, CheckContext context) {
        List<Clip> storyClips = clips.findAll(story.clipIds());
        return withWriting(story, storyClips, checker.check(story, storyClips, outletOf(story, storyClips), context));
    }

    private List<Finding> withWriting(Story story, List<Clip> storyClips, List<Finding> integrity) {
        if (writing == null) {
            return integrity;
        }
        List<Finding> all = new ArrayList<>(integrity);
        all.addAll(writing.findings(story.headline(), story.body(), storyClips));
        all.sort(Comparator.comparingInt(Finding::start).thenComparing(Finding::kind));
        return List.copyOf(all);
    }

    private CheckContext context(Optional<Edition> edition) {
        CheckContext context = CheckContext.of(NewsroomSettings.fromMap(settings.all()))
                .withOutlets(outlets.all())
                .withArchive(archive(edition.map(Edition::id).orElse(null)));
        if (edition.isEmpty()) {
            return context;
        }
        List<CheckContext.EditionStory> entries = new ArrayList<>();
        for (Story story : stories.findAll(edition.get().storyIds())) {
            entries.add(new CheckContext.EditionStory(story, clips.findAll(story.clipIds())));
        }
        return context.withEdition(entries);
    }

    /** The outlet of the story's first clip, found by the clip's domain; the story's own outlet if it has no clip. */
    private Outlet outletOf(Story story, List<Clip> storyClips) {
        for (Clip clip : storyClips) {
            Optional<Outlet> outlet = outlets.findByDomain(SourceUrl.domain(clip.sourceUrl()))
                    .or(() -> outlets.findByDomain(SourceUrl.domain(clip.url())));
            if (outlet.isPresent()) {
                return outlet.get();
            }
        }
        return storyClips.isEmpty() && story.outlet() != null ? outlets.find(story.outlet()).orElse(null) : null;
    }

    /** The archive over the stores: published editions, other than {@code checkedEdition}, that used the source. */
    private ArchiveLookup archive(UUID checkedEdition) {
        return (sourceUrlKey, excludingStoryId) -> {
            // A key has no scheme; given one back it keys to itself, so the store can look it up as a URL.
            String url = sourceUrlKey.contains("://") ? sourceUrlKey : "https://" + sourceUrlKey;
            List<PublishedUse> uses = new ArrayList<>();
            for (Clip clip : clips.findBySource(url)) {
                for (Story story : stories.findByClip(clip.id())) {
                    if (story.id().equals(excludingStoryId)) {
                        continue;
                    }
                    for (Edition edition : editions.containing(story.id())) {
                        if (edition.isPublished() && !edition.id().equals(checkedEdition)) {
                            uses.add(new PublishedUse(edition.date(), edition.title(), story.id(), story.headline()));
                        }
                    }
                }
            }
            return uses.stream().max(Comparator.comparing(PublishedUse::editionDate));
        };
    }
}
