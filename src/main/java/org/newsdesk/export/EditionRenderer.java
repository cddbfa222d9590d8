package org.newsdesk.export;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.newsdesk.model.Outlet;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Edition;
import org.newsdesk.model.NewsroomSettings;
import org.newsdesk.model.Section;
import org.newsdesk.model.SourceUrl;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;

/**
 * Turns an edition into its exported files — email HTML, plain text, web page, archive page and Atom feed — from
 * Mustache templates. Pure: no database, no clock; the same content gives the same bytes.
 */
public final class EditionRenderer {
    static final int WORDS_PER_MINUTE = 230;
    static final int IMAGE_WIDTH = 552;
    private static final DateTimeFormatter DATE_LABEL = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final String[] FILES = {RenderedEdition.NEWSLETTER_HTML, RenderedEdition.NEWSLETTER_TEXT,
        RenderedEdition.WEB_PAGE, RenderedEdition.ARCHIVE, RenderedEdition.FEED};

    public RenderedEdition render(EditionContent content) {
        List<String> warnings = new ArrayList<>();
        Map<String, Object> scope = scope(content, warnings);
        Templates templates = new Templates(content.settings().templateFolder());
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : FILES) {
            String text = templates.render(name, scope);
            files.put(name, name.endsWith(".txt") ? PlainText.wrap(text) : text);
        }
        int bytes = files.get(RenderedEdition.NEWSLETTER_HTML).getBytes(StandardCharsets.UTF_8).length;
        int budget = content.settings().sizeBudgetKb();
        if (budget > 0 && bytes > budget * 1024) {
            warnings.add(String.format(Locale.ROOT, "The newsletter is %.1f KB, over the budget of %d KB"
                    + " (Gmail clips messages above about 102 KB).", bytes / 1024.0, budget));
        }
        return new RenderedEdition(files, warnings);
    }

    private Map<String, Object> scope(EditionContent content, List<String> warnings) {
        NewsroomSettings settings = content.settings();
        Edition edition = content.edition();
        String name = Texts.line(settings.newsletterName()).isEmpty() ? NewsroomSettings.defaults().newsletterName()
                : Texts.line(settings.newsletterName());
        String base = Links.folder(Texts.line(settings.webAddress()));
        if (base.isEmpty() && !settings.webAddress().isBlank()) {
            warnings.add("The web address in settings, " + Texts.quoted(settings.webAddress())
                    + ", is not an absolute http(s) address, so the export has no \"view in browser\" link.");
        }
        if (content.items().isEmpty()) {
            warnings.add("The edition of " + edition.date() + " has no stories.");
        }

        String pageUrl = base.isEmpty() ? "" : base + edition.date() + "/";
        Map<UUID, String> sectionOf = new HashMap<>();
        for (Section section : edition.sections()) {
            section.storyIds().forEach(id -> sectionOf.putIfAbsent(id, Texts.line(section.name())));
        }

        List<Map<String, Object>> stories = new ArrayList<>();
        List<Map<String, Object>> sections = new ArrayList<>();
        Map<String, Object> openSection = null;
        int words = 0;
        for (EditionItem item : content.items()) {
            Map<String, Object> story = story(item, stories.size() + 1, pageUrl, warnings);
            words += (int) story.get("words");
            stories.add(story);
            String sectionName = sectionOf.getOrDefault(item.story().id(), "");
            if (openSection == null || !openSection.get("name").equals(sectionName)) {
                openSection = new LinkedHashMap<>();
                openSection.put("name", sectionName);
                openSection.put("hasName", !sectionName.isEmpty());
                openSection.put("stories", new ArrayList<Map<String, Object>>());
                sections.add(openSection);
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> inSection = (List<Map<String, Object>>) openSection.get("stories");
            story.put("opensNamedSection", inSection.isEmpty() && !sectionName.isEmpty());
            inSection.add(story);
        }
        if (!stories.isEmpty()) {
            stories.get(0).put("first", true);
        }

        Map<String, Object> newsletter = newsletter(settings, name, base);

        List<String> introParagraphs = paragraphs(edition.intro());
        Map<String, Object> current = new LinkedHashMap<>();
        current.put("title", Texts.line(edition.title()));
        current.put("date", edition.date().toString());
        current.put("dateLabel", edition.date().format(DATE_LABEL));
        current.put("intro", String.join("\n\n", introParagraphs));
        current.put("introParagraphs", introParagraphs);
        current.put("hasIntro", !introParagraphs.isEmpty());
        current.put("preheader", preheader(edition, stories));
        current.put("pageUrl", pageUrl);
        current.put("hasPageUrl", !pageUrl.isEmpty());
        current.put("storyCount", stories.size());
        current.put("readingMinutes", Math.max(1, Math.round(words / (float) WORDS_PER_MINUTE)));
        current.put("pageTitle", Texts.shorten(name, 40) + " \u2013 " + edition.date().format(DATE_LABEL));

        List<String> headlines = stories.stream().map(story -> (String) story.get("headline")).toList();
        ArchiveEntry self = new ArchiveEntry(edition.date(), edition.title(), headlines, edition.publishedAt());
        List<Map<String, Object>> earlier = new ArrayList<>();
        for (ArchiveEntry entry : content.earlier()) {
            earlier.add(archived(entry, name, base, "../"));
        }
        List<Map<String, Object>> archive = new ArrayList<>();
        archive.add(archived(self, name, base, ""));
        for (ArchiveEntry entry : content.earlier()) {
            archive.add(archived(entry, name, base, ""));
        }

        Map<String, Object> feed = feed(settings, name, archive, timestamp(self), newsletter.get("sender"));

        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("newsletter", newsletter);
        scope.put("edition", current);
        scope.put("stories", stories);
        scope.put("hasStories", !stories.isEmpty());
        scope.put("sections", sections);
        scope.put("earlier", earlier);
        scope.put("hasEarlier", !earlier.isEmpty());
        scope.put("archive", archive);
        scope.put("feed", feed);
        return scope;
    }

    private static Map<String, Object> newsletter(NewsroomSettings settings, String name, String base) {
        String sponsorLine = Texts.line(settings.sponsorLine());
        String sender = Texts.line(settings.senderName());
        Map<String, Object> newsletter = new LinkedHashMap<>();
        newsletter.put("name", name);
        newsletter.put("tagline", Texts.line(settings.tagline()));
        newsletter.put("sponsorLine", sponsorLine);
        newsletter.put("hasSponsorLine", !sponsorLine.isEmpty());
        newsletter.put("sender", sender.isEmpty() ? name : sender);
        newsletter.put("webAddress", base);
        newsletter.put("hasWebAddress", !base.isEmpty());
        newsletter.put("archiveUrl", base.isEmpty() ? "" : base + RenderedEdition.ARCHIVE);
        newsletter.put("feedUrl", base.isEmpty() ? "" : base + RenderedEdition.FEED);
        return newsletter;
    }

    /** The feed's own elements; its id is derived from the newsletter's name, so it stays the same across exports. */
    private static Map<String, Object> feed(NewsroomSettings settings, String name, List<Map<String, Object>> archive,
                                            String fallbackUpdated, Object author) {
        String tagline = Texts.line(settings.tagline());
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("id", "urn:uuid:" + nameUuid("feed\n" + name));
        feed.put("title", name);
        feed.put("subtitle", tagline);
        feed.put("hasSubtitle", !tagline.isEmpty());
        feed.put("updated", archive.stream().map(entry -> (String) entry.get("updated")).max(String::compareTo)
                .orElse(fallbackUpdated));
        feed.put("author", author);
        return feed;
    }

    private Map<String, Object> story(EditionItem item, int number, String pageUrl, List<String> warnings) {
        Story story = item.story();
        String headline = Texts.line(story.headline());
        String named = headline.isEmpty() ? "number " + number : Texts.quoted(headline);
        if (headline.isEmpty()) {
            warnings.add("Story " + named + " has no headline.");
        }
        if (story.status() != StoryStatus.APPROVED && story.status() != StoryStatus.PUBLISHED) {
            warnings.add("Story " + named + " is " + story.status().label().toLowerCase(Locale.ROOT)
                    + ", not approved.");
        }
        String attribution = attribution(item);
        RenderedSummary summary = RenderedSummary.of(story.body(), attribution, href -> warnings.add("Story " + named
                + ": the link to " + Texts.quoted(href) + " was dropped; only absolute http(s) and mailto links"
                + " are kept."));

        List<Map<String, Object>> sources = new ArrayList<>();
        for (Clip clip : item.clips()) {
            String url = Texts.line(clip.sourceUrl());
            if (!Links.isWeb(url)) {
                warnings.add("Story " + named + ": the source address " + Texts.quoted(url)
                        + " is not an absolute http(s) address and was left out.");
                continue;
            }
            Map<String, Object> source = new LinkedHashMap<>();
            String domain = SourceUrl.domain(url);
            source.put("url", url);
            source.put("domain", domain);
            source.put("label", (sources.isEmpty() ? "Read the full story at " : "More at ") + domain);
            source.put("title", Texts.line(clip.title()));
            source.put("byline", Texts.line(clip.byline()));
            source.put("hasByline", !Texts.line(clip.byline()).isEmpty());
            source.put("siteName", Texts.line(clip.siteName()));
            source.put("first", sources.isEmpty());
            sources.add(source);
        }
        if (sources.isEmpty()) {
            warnings.add("Story " + named + " has no source link.");
        }
        if (attribution.isEmpty()) {
            warnings.add("Story " + named + " has no attribution: give it an outlet or an attribution line.");
        }

        Map<String, Object> view = new LinkedHashMap<>();
        view.put("number", number);
        view.put("anchor", "story-" + number);
        view.put("headline", headline);
        view.put("summaryHtml", summary.emailHtml());
        view.put("summaryWebHtml", summary.webHtml());
        view.put("summaryText", summary.text());
        view.put("attribution", attribution);
        view.put("outlet", item.outlet() == null ? Texts.line(story.outlet()) : Texts.line(item.outlet().name()));
        view.put("section", Texts.line(story.section()));
        view.put("sources", sources);
        view.put("hasSources", !sources.isEmpty());
        view.put("source", sources.isEmpty() ? false : sources.get(0));
        view.put("image", image(item, headline));
        view.put("webUrl", pageUrl.isEmpty() ? "" : pageUrl + "#story-" + number);
        view.put("hasWebUrl", !pageUrl.isEmpty());
        view.put("words", summary.words());
        view.put("first", false);
        return view;
    }

    /**
     * The story's attribution in house style: its own line when the editor wrote one, else the outlet's prose name
     * with " reports" ("the Wall Street Journal reports").
     */
    static String attribution(EditionItem item) {
        String own = Texts.line(item.story().attribution());
        if (!own.isEmpty()) {
            return own.endsWith(".") ? own.substring(0, own.length() - 1).strip() : own;
        }
        String outlet = item.outlet() != null ? Texts.line(item.outlet().attribution()) : Texts.line(item.story().outlet());
        if (outlet.isEmpty()) {
            outlet = item.clips().stream().map(clip -> Texts.line(clip.siteName())).filter(s -> !s.isEmpty())
                    .findFirst().orElse("");
        }
        return Outlet.reports(outlet);
    }

    private static Object image(EditionItem item, String headline) {
        for (Clip clip : item.clips()) {
            String src = Texts.line(clip.leadImageUrl());
            if (Links.isImage(src)) {
                Map<String, Object> image = new LinkedHashMap<>();
                image.put("src", src);
                String title = Texts.line(clip.title());
                image.put("alt", title.isEmpty() ? headline : title);
                image.put("width", IMAGE_WIDTH);
                return image;
            }
        }
        return false;
    }

    private static Map<String, Object> archived(ArchiveEntry entry, String name, String base, String up) {
        Map<String, Object> view = new LinkedHashMap<>();
        String title = Texts.line(entry.title());
        view.put("date", entry.date().toString());
        view.put("dateLabel", entry.date().format(SHORT_DATE));
        view.put("title", title.isEmpty() ? name + " \u2013 " + entry.date().format(SHORT_DATE) : title);
        view.put("href", base.isEmpty() ? up + entry.date() + "/" : base + entry.date() + "/");
        view.put("url", base.isEmpty() ? "" : base + entry.date() + "/");
        view.put("hasUrl", !base.isEmpty());
        List<Map<String, Object>> headlines = new ArrayList<>();
        for (String headline : entry.headlines()) {
            String line = Texts.line(headline);
            if (!line.isEmpty()) {
                headlines.add(Map.of("headline", line));
            }
        }
        view.put("headlines", headlines);
        view.put("hasHeadlines", !headlines.isEmpty());
        view.put("headlinesText", String.join("\n", headlines.stream().map(h -> "- " + h.get("headline")).toList()));
        view.put("id", "urn:uuid:" + nameUuid("edition\n" + name + "\n" + entry.date()));
        view.put("updated", timestamp(entry));
        return view;
    }

    private static String timestamp(ArchiveEntry entry) {
        Instant at = entry.publishedAt() != null ? entry.publishedAt()
                : entry.date().atStartOfDay(ZoneOffset.UTC).toInstant();
        return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
    }

    private static String preheader(Edition edition, List<Map<String, Object>> stories) {
        String intro = Texts.line(edition.intro());
        if (!intro.isEmpty()) {
            return Texts.shorten(intro, 140);
        }
        return Texts.shorten(String.join("; ", stories.stream().map(s -> (String) s.get("headline")).toList()), 140);
    }

    private static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : Texts.clean(text).split("\\n\\s*\\n")) {
            String line = Texts.line(paragraph);
            if (!line.isEmpty()) {
                paragraphs.add(line);
            }
        }
        return paragraphs;
    }

    private static UUID nameUuid(String text) {
        return UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
