package org.newsdesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Edition;
import org.newsdesk.model.EditionStatus;
import org.newsdesk.model.Outlet;
import org.newsdesk.model.Section;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;
import org.newsdesk.store.AuditTrail;
import org.newsdesk.store.Clips;
import org.newsdesk.store.Database;
import org.newsdesk.store.Editions;
import org.newsdesk.store.OutletStore;
import org.newsdesk.store.SettingsStore;
import org.newsdesk.store.Stories;

/**
 * A small demo newsroom for a newcomer, so every screen has content at once: one clip (a crime-and-justice item
 * attributed to The Wall Street Journal), an approved story summarising it and a draft edition holding it. Every
 * demo record's headline or title starts with {@link #MARK}, and their ids are listed under the setting
 * {@link #RECORDS_KEY}, so {@link #remove} takes away exactly them and nothing else.
 */
public final class DemoContent {
    public static final String MARK = "[Demo] ";
    /** The setting listing the demo records, one {@code kind id} a line. */
    public static final String RECORDS_KEY = "demo.records";

    static final String OUTLET = "The Wall Street Journal";
    static final Outlet DEMO_OUTLET = new Outlet(OUTLET, "the Wall Street Journal", List.of("wsj.com"));
    static final String CLIP_URL =
            "https://www.wsj.com/politics/national-security/us-seeks-to-revive-chinas-help-in-fighting-fentanyl";
    static final String STORY_BODY = """
            The Biden administration is weighing a deal to win back China's help against the fentanyl crisis by \
            lifting sanctions on a Chinese police forensics institute accused of taking part in human-rights abuses, \
            the Wall Street Journal reports. During meetings in Beijing last month, Secretary of State Antony \
            Blinken proposed a new working group to restart stalled counternarcotics talks, but Chinese officials \
            insisted that the sanctions on the Ministry of Public Security's Institute of Forensic Science be lifted \
            first.

            Chinese companies make the precursor chemicals that Mexican cartels turn into fentanyl and smuggle into \
            the U.S., so officials see Beijing's cooperation as critical to slowing a drug that is killing Americans \
            in record numbers. The institute's access to U.S. technology was restricted three years ago over what \
            the Trump administration called its role in mass surveillance of Uyghurs and other minorities in \
            Xinjiang. China denies the abuses, says the sanctions keep it from buying equipment for drug \
            enforcement, and argues that Washington should do more to control prescription drugs and curb demand \
            at home.
            """;

    private final Database database;
    private final Stories stories;
    private final Clips clips;
    private final OutletStore outlets;
    private final Editions editions;
    private final SettingsStore settings;
    private final AuditTrail audit;
    private final Clock clock;

    public DemoContent(Database database, Stories stories, Clips clips, OutletStore outlets,
                        Editions editions, SettingsStore settings, AuditTrail audit, Clock clock) {
        this.database = database;
        this.stories = stories;
        this.clips = clips;
        this.outlets = outlets;
        this.editions = editions;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** The demo records of a newsroom; {@code outlet} is set only when the demo added the outlet itself. */
    public record Contents(UUID clipId, UUID storyId, UUID editionId, Optional<String> outlet) {
    }

    /** What {@link #remove} took away, and the demo clip if it stayed because a real story uses it. */
    public record Removal(List<String> removed, Optional<UUID> keptClip) {
    }

    /** Whether this newsroom has a demo in it now. */
    public boolean isPresent() {
        return settings.get(RECORDS_KEY).filter(value -> !value.isBlank()).isPresent();
    }

    /** The demo records, when there are any. */
    public Optional<Contents> contents() {
        return settings.get(RECORDS_KEY).filter(value -> !value.isBlank()).map(DemoContent::parse);
    }

    /**
     * Adds the demo clip, story and edition (and the outlet when the newsroom does not know it yet), in one
     * transaction, with {@code actor} as the story's author.
     *
     * @throws IllegalStateException when a demo is already there
     */
    public Contents create(String actor) {
        return database.write(connection -> {
            if (isPresent()) {
                throw new IllegalStateException("This newsroom already has the demo in it.");
            }
            Instant now = clock.instant();
            Optional<String> addedOutlet = Optional.empty();
            if (outlets.find(OUTLET).isEmpty()) {
                outlets.save(DEMO_OUTLET);
                addedOutlet = Optional.of(OUTLET);
            }
            Sample sample = Sample.load();
            Clip clip = clips.insert(new Clip(UUID.randomUUID(), CLIP_URL, CLIP_URL, MARK + sample.title(), null,
                    OUTLET, now, null, "en", sample.text(), now), null);
            Story draft = Story.draft(actor, MARK + sample.title(), STORY_BODY.strip(), List.of(clip.id()), now)
                    .withDetails(OUTLET, "the Wall Street Journal reports", "Drugs", List.of("fentanyl", "China"))
                    .withStatus(StoryStatus.APPROVED);
            Story story = stories.insert(draft);
            Edition edition = editions.save(new Edition(UUID.randomUUID(), freeDate(LocalDate.now(clock)),
                    MARK + "Crime and Justice News",
                    "A demo edition: look around, then remove the demo from Settings.", EditionStatus.DRAFT,
                    List.of(new Section("Drugs", List.of(story.id()))), null));
            Contents contents = new Contents(clip.id(), story.id(), edition.id(), addedOutlet);
            settings.set(RECORDS_KEY, format(contents));
            audit.append(actor, "demo.create", null, format(contents).replace('\n', ' '));
            return contents;
        });
    }

    /**
     * Removes exactly the demo records, in one transaction: the edition, the story (and its place in any other
     * edition), the clip unless a real story uses it, and the outlet if the demo added it and no one has edited it.
     */
    public Removal remove(String actor) {
        return database.write(connection -> {
            Optional<Contents> found = contents();
            if (found.isEmpty()) {
                return new Removal(List.of(), Optional.empty());
            }
            Contents demo = found.get();
            List<String> removed = new ArrayList<>();
            if (editions.find(demo.editionId()).isPresent()) {
                editions.delete(demo.editionId());
                removed.add("edition " + demo.editionId());
            }
            for (Edition other : editions.containing(demo.storyId())) {
                editions.removeItem(other.id(), demo.storyId());
            }
            if (stories.find(demo.storyId()).isPresent()) {
                stories.delete(demo.storyId());
                removed.add("story " + demo.storyId());
            }
            Optional<UUID> keptClip = Optional.empty();
            if (clips.find(demo.clipId()).isPresent()) {
                if (stories.findByClip(demo.clipId()).isEmpty()) {
                    clips.delete(demo.clipId());
                    removed.add("clip " + demo.clipId());
                } else {
                    keptClip = Optional.of(demo.clipId());
                }
            }
            if (demo.outlet().isPresent() && keptClip.isEmpty() && outletUntouched(demo.outlet().get())) {
                outlets.delete(demo.outlet().get());
                removed.add("outlet " + demo.outlet().get());
            }
            settings.remove(RECORDS_KEY);
            audit.append(actor, "demo.remove", null, String.join(", ", removed));
            return new Removal(removed, keptClip);
        });
    }

    /** Whether the outlet is still exactly as the demo made it; one the newsroom has since edited is theirs now. */
    private boolean outletUntouched(String name) {
        return outlets.find(name).filter(DEMO_OUTLET::equals).isPresent();
    }

    /** Today, or the latest day before it that has no edition yet (an edition's date is unique). */
    private LocalDate freeDate(LocalDate today) {
        LocalDate date = today;
        while (editions.find(date).isPresent()) {
            date = date.minusDays(1);
        }
        return date;
    }

    private static String format(Contents contents) {
        return "clip " + contents.clipId() + "\nstory " + contents.storyId() + "\nedition " + contents.editionId()
                + contents.outlet().map(name -> "\noutlet " + name).orElse("");
    }

    private static Contents parse(String value) {
        UUID clip = null;
        UUID story = null;
        UUID edition = null;
        String outlet = null;
        for (String line : value.split("\n")) {
            String[] parts = line.strip().split(" ", 2);
            if (parts.length < 2) {
                continue;
            }
            switch (parts[0]) {
                case "clip" -> clip = UUID.fromString(parts[1]);
                case "story" -> story = UUID.fromString(parts[1]);
                case "edition" -> edition = UUID.fromString(parts[1]);
                case "outlet" -> outlet = parts[1];
                default -> {
                    // a line written by a later version: ignored, as readers of our formats do
                }
            }
        }
        return new Contents(clip, story, edition, Optional.ofNullable(outlet));
    }

    /** The sample post shipped with the app: its headline and its paragraphs. */
    record Sample(String title, String text) {
        static Sample load() {
            String raw;
            try (InputStream in = DemoContent.class.getResourceAsStream("demo-clip.txt")) {
                if (in == null) {
                    throw new IllegalStateException("The demo's sample text is missing from the app.");
                }
                raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the demo's sample text.", e);
            }
            // The sample is a web page as text: page furniture, the headline, the paragraphs, then "Recent Posts".
            List<String> lines = raw.lines().map(String::strip).filter(line -> !line.isEmpty())
                    .filter(line -> !line.equalsIgnoreCase("top of page") && !line.startsWith("Welcome to"))
                    .toList();
            List<String> paragraphs = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.equals("Recent Posts")) {
                    break;
                }
                paragraphs.add(line);
            }
            return new Sample(lines.get(0), String.join("\n\n", paragraphs));
        }
    }
}
