package org.newsdesk.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.newsdesk.model.Edition;
import org.newsdesk.model.EditionStatus;
import org.newsdesk.model.NewsroomSettings;
import org.newsdesk.model.Section;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;
import org.newsdesk.model.User;
import org.newsdesk.store.AuditTrail;
import org.newsdesk.store.Database;
import org.newsdesk.store.Editions;
import org.newsdesk.store.SettingsStore;
import org.newsdesk.store.Stories;
import org.newsdesk.workflow.Action;
import org.newsdesk.workflow.Permissions;
import org.newsdesk.workflow.WorkflowException;

/**
 * Building the day's edition: an editor creates it, adds, moves and removes stories in sections, and publishes it,
 * which makes every story PUBLISHED in one transaction and freezes the edition.
 */
public final class EditionService {
    /** The section a story joins when the newsroom names no default sections. */
    public static final String DEFAULT_SECTION = "Top stories";

    private final Database database;
    private final Editions editions;
    private final Stories stories;
    private final SettingsStore settings;
    private final StoryService storyService;
    private final AuditTrail audit;
    private final PeopleService people;
    private final Clock clock;

    public EditionService(Database database, Editions editions, Stories stories, SettingsStore settings,
                          StoryService storyService, AuditTrail audit, PeopleService people, Clock clock) {
        this.settings = settings;
        this.database = database;
        this.editions = editions;
        this.stories = stories;
        this.storyService = storyService;
        this.audit = audit;
        this.people = people;
        this.clock = clock;
    }

    /** A new, empty draft edition for {@code date}; one edition per date. */
    public Edition create(String actor, LocalDate date, String title) {
        return database.write(connection -> {
            User editor = people.require(actor);
            refuseUnless(Permissions.editionRefusal(editor, null));
            if (editions.find(date).isPresent()) {
                throw new WorkflowException("There is already an edition for " + date + ".");
            }
            Edition created = editions.save(new Edition(UUID.randomUUID(), date, title == null ? "" : title.strip(),
                    "", EditionStatus.DRAFT, List.of(), null));
            audit.append(editor.name(), "edition.create", date.toString(),
                    created.title().isEmpty() ? "created" : "created \"" + created.title() + "\"");
            return created;
        });
    }

    /**
     * Saves the title and intro as edited from version {@code fromVersion} of the edition; its stories, date and
     * status are not touched (stories change only through add, move and remove).
     *
     * @throws org.newsdesk.store.StaleEditionException when the edition changed since that version
     */
    public Edition saveText(String actor, LocalDate date, String title, String intro, long fromVersion) {
        return database.write(connection -> {
            User editor = people.require(actor);
            Edition stored = requireEditable(editor, date);
            Edition saved = editions.saveText(stored.id(), title == null ? "" : title.strip(),
                    intro == null ? "" : intro.strip(), fromVersion);
            audit.append(editor.name(), "edition.update", date.toString(), "title and intro saved");
            return saved;
        });
    }

    /**
     * Adds stories at the end of {@code section} (when null or blank, each story's own section), in the order
     * given. Spiked or published stories, and stories already in the edition, are refused.
     */
    public Edition add(String actor, LocalDate date, List<UUID> storyIds, String section) {
        return database.write(connection -> {
            User editor = people.require(actor);
            Edition edition = requireEditable(editor, date);
            Map<String, List<UUID>> sections = sections(edition);
            for (UUID storyId : storyIds) {
                if (sections.values().stream().anyMatch(ids -> ids.contains(storyId))) {
                    throw new WorkflowException("The story " + storyId + " is already in the edition of " + date
                            + ".");
                }
                Story story = requireAddable(storyId);
                String name = section != null && !section.isBlank() ? section.strip()
                        : story.section() == null ? "" : story.section().strip();
                sections.computeIfAbsent(name, key -> new ArrayList<>()).add(storyId);
                edition = editions.addItem(edition.id(), storyId, name, Integer.MAX_VALUE);
                audit.append(editor.name(), "edition.add", storyId.toString(),
                        "added to the edition of " + date + sectionPhrase(name));
            }
            return edition;
        });
    }

    /**
     * Moves a story to {@code position} (0 is first) within {@code section} (when null or blank, its current
     * section); a position past the end puts it last.
     */
    public Edition move(String actor, LocalDate date, UUID storyId, String section, int position) {
        return database.write(connection -> {
            User editor = people.require(actor);
            Edition edition = requireEditable(editor, date);
            Map<String, List<UUID>> sections = sections(edition);
            String current = sectionOf(sections, storyId, date);
            String target = section != null && !section.isBlank() ? section.strip() : current;
            Edition moved = editions.moveItem(edition.id(), storyId, target, position);
            int place = moved.sections().stream().filter(s -> s.name().equals(target)).findFirst()
                    .map(s -> s.storyIds().indexOf(storyId)).orElse(0);
            audit.append(editor.name(), "edition.move", storyId.toString(), "moved to position "
                    + (place + 1) + sectionPhrase(target) + " in the edition of " + date);
            return moved;
        });
    }

    /** Takes a story out of the edition; the story itself is unchanged. */
    public Edition remove(String actor, LocalDate date, UUID storyId) {
        return database.write(connection -> {
            User editor = people.require(actor);
            Edition edition = requireEditable(editor, date);
            sectionOf(sections(edition), storyId, date);
            audit.append(editor.name(), "edition.remove", storyId.toString(),
                    "removed from the edition of " + date);
            return editions.removeItem(edition.id(), storyId);
        });
    }

    /**
     * Publishes the edition: every story in it must be APPROVED; they all become PUBLISHED, and the edition is
     * frozen, in one transaction. When any story is not approved, nothing changes and the refusal names them.
     */
    public Edition publish(String actor, LocalDate date) {
        return database.write(connection -> {
            User editor = people.require(actor);
            Edition edition = requireEditable(editor, date);
            if (edition.storyIds().isEmpty()) {
                throw new WorkflowException("The edition of " + date + " has no stories to publish.");
            }
            List<Story> included = stories.findAll(edition.storyIds());
            List<Story> notApproved = included.stream().filter(story -> story.status() != StoryStatus.APPROVED)
                    .toList();
            if (!notApproved.isEmpty()) {
                throw new WorkflowException("Only approved stories are published, and "
                        + notApproved.stream().map(story -> "\"" + story.headline() + "\" ("
                                + story.status().label().toLowerCase(java.util.Locale.ROOT) + ")")
                        .collect(Collectors.joining(", "))
                        + (notApproved.size() == 1 ? " is not." : " are not."));
            }
            for (Story story : included) {
                storyService.moveInTransaction(editor, story, Action.PUBLISH, " in the edition of " + date);
            }
            Edition published = editions.markPublished(edition.id(), clock.instant());
            audit.append(editor.name(), "edition.publish", date.toString(),
                    "published with " + included.size() + (included.size() == 1 ? " story" : " stories"));
            return published;
        });
    }

    public Optional<Edition> find(LocalDate date) {
        return editions.find(date);
    }

    /**
     * The approved stories that may join the edition of {@code date}: those no other edition holds and this one
     * does not hold yet, the longest approved first.
     */
    public List<Story> candidates(LocalDate date) {
        java.util.Set<UUID> inThisOne = new java.util.HashSet<>(
                editions.find(date).map(Edition::storyIds).orElse(List.of()));
        return stories.approvedOutsideEditionsBut(date).stream()
                .filter(story -> !inThisOne.contains(story.id())).toList();
    }

    /** The section a story joins when none is named: the newsroom's first default section, else "Top stories". */
    public String defaultSection() {
        List<String> defaults = NewsroomSettings.fromMap(settings.all()).defaultSections();
        return defaults.isEmpty() ? DEFAULT_SECTION : defaults.get(0);
    }

    /** The sections a story may name: the newsroom's default sections, then every other section in use. */
    public List<String> sectionChoices() {
        Set<String> all = new java.util.LinkedHashSet<>(NewsroomSettings.fromMap(settings.all()).defaultSections());
        all.addAll(stories.sections());
        return new ArrayList<>(all);
    }

    /** The newest editions, newest date first. */
    public List<Edition> recent(int limit) {
        return editions.list(limit);
    }

    private Edition requireEditable(User editor, LocalDate date) {
        Edition edition = editions.find(date).orElseThrow(() -> new WorkflowException("There is no edition for "
                + date + "; an editor creates it with edition create."));
        refuseUnless(Permissions.editionRefusal(editor, edition));
        return edition;
    }

    private Story requireAddable(UUID storyId) {
        Story story = stories.find(storyId)
                .orElseThrow(() -> new WorkflowException("There is no story " + storyId + "."));
        if (story.status() == StoryStatus.SPIKED || story.status() == StoryStatus.PUBLISHED) {
            throw new WorkflowException("A " + story.status().label().toLowerCase(java.util.Locale.ROOT)
                    + " story cannot go into an edition.");
        }
        return story;
    }

    private static Map<String, List<UUID>> sections(Edition edition) {
        Map<String, List<UUID>> sections = new LinkedHashMap<>();
        for (Section section : edition.sections()) {
            sections.computeIfAbsent(section.name(), key -> new ArrayList<>()).addAll(section.storyIds());
        }
        return sections;
    }

    private static String sectionOf(Map<String, List<UUID>> sections, UUID storyId, LocalDate date) {
        return sections.entrySet().stream().filter(entry -> entry.getValue().contains(storyId))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new WorkflowException("The story " + storyId + " is not in the edition of "
                        + date + "."));
    }

    private static String sectionPhrase(String section) {
        return section.isEmpty() ? "" : " (" + section + ")";
    }

    private static void refuseUnless(Optional<String> refusal) {
        refusal.ifPresent(rule -> {
            throw new WorkflowException(rule);
        });
    }
}
