package org.newsdesk.ui.edition;

import org.newsdesk.ui.TimeLabels;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import java.time.Clock;
import org.newsdesk.app.EditionService;
import org.newsdesk.app.StoryService;
import org.newsdesk.model.Edition;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;
import org.newsdesk.model.User;
import org.newsdesk.ui.Worker;

/**
 * The edition builder: the edition of a date with its stories in sections, the approved stories that could join
 * it, its title, intro and counts; adding, moving (by drag or keyboard) and removing stories, and publishing.
 */
public final class EditionBuilderViewModel {
    /** Words a reader gets through in a minute, for the reading-time estimate. */
    public static final int WORDS_PER_MINUTE = 230;

    /** One section of the edition as shown: its name and its stories, in reading order. */
    public record SectionView(String name, List<Story> stories) {
        public SectionView {
            stories = List.copyOf(stories);
        }
    }

    private final EditionService editions;
    private final StoryService stories;
    private final Clock clock;
    private final Worker worker;
    private final User editor;

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Edition> edition = new ReadOnlyObjectWrapper<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty intro = new SimpleStringProperty("");
    private final ObservableList<Story> candidates = FXCollections.observableArrayList();
    private final ObservableList<SectionView> sections = FXCollections.observableArrayList();
    private final List<String> emptySections = new ArrayList<>();
    private final ReadOnlyObjectWrapper<UUID> focusedStory = new ReadOnlyObjectWrapper<>();
    private final EditionCounts counts = new EditionCounts();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding published = Bindings.createBooleanBinding(
            () -> edition.get() != null && edition.get().isPublished(), edition);
    private final BooleanBinding canEdit = published.not().and(busy.not()).and(date.isNotNull());
    private final BooleanBinding canPublish = Bindings.createBooleanBinding(
            () -> edition.get() != null && !edition.get().isPublished() && !edition.get().storyIds().isEmpty()
                    && !busy.get(), edition, busy);

    private final Map<UUID, Story> known = new LinkedHashMap<>();
    private String defaultSection = EditionService.DEFAULT_SECTION;

    public EditionBuilderViewModel(EditionService editions, StoryService stories, Clock clock, Worker worker,
                                   User editor) {
        this.editions = editions;
        this.stories = stories;
        this.clock = clock;
        this.worker = worker;
        this.editor = editor;
        date.addListener((o, was, now) -> {
            if (now != null && !now.equals(was)) {
                open(now);
            }
        });
    }

    /** Shows the edition of {@code day} (none yet is fine: it is created when the first story goes in). */
    public void open(LocalDate day) {
        if (!day.equals(date.get())) {
            date.set(day);
            return;
        }
        reload(day, () -> { });
    }

    private void reload(LocalDate day, Runnable afterwards) {
        busy.set(true);
        worker.run(() -> EditionSnapshot.read(editions, stories, day), snapshot -> {
            busy.set(false);
            emptySections.clear();
            defaultSection = snapshot.defaultSection();
            show(snapshot);
            message.set(snapshot.edition() == null
                    ? "No edition for " + TimeLabels.date(day) + " yet: drag an approved story in to start it."
                    : snapshot.edition().isPublished() ? "This edition is published and can no longer change."
                    : "");
            afterwards.run();
        }, this::fail);
    }

    private void show(EditionSnapshot snapshot) {
        known.putAll(snapshot.stories());
        snapshot.candidates().forEach(story -> known.put(story.id(), story));
        candidates.setAll(snapshot.candidates());
        showEdition(snapshot.edition());
    }

    private void showEdition(Edition shown) {
        Edition previous = edition.get();
        boolean sameEdition = previous != null && shown != null && previous.id().equals(shown.id());
        // Text typed while a save was on its way is newer than what the save hands back: keep it.
        boolean titleTyped = sameEdition && !title.get().equals(previous.title());
        boolean introTyped = sameEdition && !intro.get().equals(previous.intro());
        edition.set(shown);
        if (!titleTyped) {
            title.set(shown == null ? "" : shown.title());
        }
        if (!introTyped) {
            intro.set(shown == null ? "" : shown.intro());
        }
        if (shown != null) {
            Set<UUID> in = new HashSet<>(shown.storyIds());
            candidates.removeIf(story -> in.contains(story.id()));
        }
        List<SectionView> views = EditionSections.of(shown, known, emptySections, defaultSection);
        sections.setAll(views);
        counts.count(views);
    }

    /**
     * Puts a story into {@code section} at {@code position} (0 is first; past the end is last): a candidate joins
     * the edition (created now if the date has none), a story already in it moves.
     */
    public void place(UUID storyId, String section, int position) {
        LocalDate day = date.get();
        if (day == null || refusedBecausePublished()) {
            return;
        }
        boolean inEdition = edition.get() != null && edition.get().storyIds().contains(storyId);
        String target = section == null || section.isBlank() ? defaultSection : section;
        focusedStory.set(storyId);
        change(() -> {
            if (inEdition) {
                return editions.move(editor.name(), day, storyId, target, position);
            }
            if (editions.find(day).isEmpty()) {
                editions.create(editor.name(), day, "");
            }
            editions.add(editor.name(), day, List.of(storyId), target);
            return editions.move(editor.name(), day, storyId, target, position);
        }, changed -> message.set(inEdition ? "Moved \"" + headline(storyId) + "\"."
                : "Added \"" + headline(storyId) + "\" to " + target + "."));
    }

    /**
     * A published edition is frozen on screen too: any change to it is refused with a sentence saying so (true),
     * instead of appearing unsaved or being ignored without a word.
     */
    private boolean refusedBecausePublished() {
        if (!published.get()) {
            return false;
        }
        message.set("The edition of " + TimeLabels.date(date.get())
                + " is published: its sections and order can no longer change.");
        return true;
    }

    /** Moves a story one place up; from the top of a section it goes to the end of the section above. */
    public void moveUp(UUID storyId) {
        step(storyId, -1);
    }

    /** Moves a story one place down; from the end of a section it goes to the top of the section below. */
    public void moveDown(UUID storyId) {
        step(storyId, 1);
    }

    private void step(UUID storyId, int direction) {
        if (refusedBecausePublished()) {
            return;
        }
        EditionSections.step(sections, storyId, direction)
                .ifPresent(place -> place(storyId, place.section(), place.position()));
    }

    /** Takes a story out of the edition; it becomes a candidate again. */
    public void remove(UUID storyId) {
        LocalDate day = date.get();
        if (day == null || edition.get() == null || refusedBecausePublished()) {
            return;
        }
        Story story = known.get(storyId);
        change(() -> editions.remove(editor.name(), day, storyId), changed -> {
            if (story != null && story.status() == StoryStatus.APPROVED) {
                candidates.add(0, story);
            }
            message.set("Took \"" + headline(storyId) + "\" out of the edition.");
        });
    }

    /** Adds an empty section at the end; it is kept once a story is placed in it. */
    public void addSection(String name) {
        String cleaned = name == null ? "" : name.strip();
        if (refusedBecausePublished()) {
            return;
        }
        if (cleaned.isEmpty() || sections.stream().anyMatch(view -> view.name().equalsIgnoreCase(cleaned))) {
            return;
        }
        emptySections.add(cleaned);
        if (sections.size() == 1 && sections.get(0).stories().isEmpty() && edition.get() == null) {
            sections.setAll(new SectionView(cleaned, List.of()));
            defaultSection = cleaned;
            return;
        }
        sections.add(new SectionView(cleaned, List.of()));
    }

    /** Saves the title and intro, when they changed. */
    public void saveText() {
        Edition current = edition.get();
        if (current == null || current.isPublished()
                || (current.title().equals(title.get()) && current.intro().equals(intro.get()))) {
            return;
        }
        String newTitle = title.get();
        String newIntro = intro.get();
        change(() -> editions.saveText(editor.name(), current.date(), newTitle, newIntro,
                        current.version()),
                saved -> message.set("Saved the title and intro."));
    }

    /** Publishes the edition: its stories become PUBLISHED and the edition is frozen. */
    public void publish(Runnable whenPublished) {
        LocalDate day = date.get();
        if (!canPublish.get()) {
            return;
        }
        Edition current = edition.get();
        boolean textChanged = !current.title().equals(title.get()) || !current.intro().equals(intro.get());
        String newTitle = title.get();
        String newIntro = intro.get();
        change(() -> {
            if (textChanged) {
                editions.saveText(editor.name(), day, newTitle, newIntro, current.version());
            }
            return editions.publish(editor.name(), day);
        }, done -> {
            message.set("Published the edition of " + TimeLabels.date(day) + " with " + done.storyIds().size() + " stories.");
            whenPublished.run();
        });
    }

    private void change(Callable<Edition> work, Consumer<Edition> done) {
        busy.set(true);
        worker.run(() -> {
            Edition changed = work.call();
            return new Changed(changed, stories.findAll(changed.storyIds()));
        }, result -> {
            busy.set(false);
            result.stories().forEach(story -> known.put(story.id(), story));
            showEdition(result.edition());
            done.accept(result.edition());
        }, error -> {
            // The refusal stays on screen and the typed title and intro stay in their fields (a conflict must not
            // cost the editor's words); the stories shown are the stored ones again.
            String typedTitle = title.get();
            String typedIntro = intro.get();
            fail(error);
            reload(date.get(), () -> {
                title.set(typedTitle);
                intro.set(typedIntro);
                fail(error);
            });
        });
    }

    /** An edition as changed, with its stories read fresh. */
    private record Changed(Edition edition, List<Story> stories) {
    }

    private String headline(UUID storyId) {
        Story story = known.get(storyId);
        return story == null ? storyId.toString() : story.headline();
    }

    /** Points the screen at a story of the edition (a pre-flight link), selecting it. */
    public void focus(UUID storyId) {
        focusedStory.set(null);
        focusedStory.set(storyId);
    }

    /** The story, if this screen has read it. */
    public java.util.Optional<Story> story(UUID storyId) {
        return java.util.Optional.ofNullable(known.get(storyId));
    }

    private void fail(Throwable error) {
        busy.set(false);
        message.set(error.getMessage() == null ? error.toString() : error.getMessage());
    }

    void report(String text) {
        message.set(text);
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ReadOnlyObjectProperty<Edition> editionProperty() {
        return edition.getReadOnlyProperty();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty introProperty() {
        return intro;
    }

    public ObservableList<Story> candidates() {
        return candidates;
    }

    public ObservableList<SectionView> sections() {
        return sections;
    }

    /** The story last placed or moved, so the view can keep it selected. */
    public ReadOnlyObjectProperty<UUID> focusedStoryProperty() {
        return focusedStory.getReadOnlyProperty();
    }

    /** The edition's stories, words and reading time. */
    public EditionCounts counts() {
        return counts;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding publishedProperty() {
        return published;
    }

    public BooleanBinding canEditProperty() {
        return canEdit;
    }

    public BooleanBinding canPublishProperty() {
        return canPublish;
    }

    /** Today, by the newsroom's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Worker worker() {
        return worker;
    }

    public User editor() {
        return editor;
    }
}
