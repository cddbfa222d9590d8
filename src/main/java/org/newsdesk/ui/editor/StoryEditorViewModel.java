package org.newsdesk.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Outlet;
import org.newsdesk.model.Story;
import org.newsdesk.model.User;
import org.newsdesk.app.ClipService;
import org.newsdesk.app.EditionService;
import org.newsdesk.app.IntegrityService;
import org.newsdesk.app.SettingsService;
import org.newsdesk.app.StoryService;
import org.newsdesk.ui.TimeLabels;
import org.newsdesk.ui.Worker;

/**
 * The open story: its text and details as the writer edits them, the clips beside it, the word gauge, and opening,
 * submitting and withdrawing through the newsroom's services. Saving is {@link StorySaving}'s, who may do what is
 * {@link StoryAccess}'s, the quote check {@link QuoteCheck}'s.
 */
public final class StoryEditorViewModel {
    /** Where the word count stands against the newsroom's target. */
    public enum Gauge { EMPTY, SHORT, ON_TARGET, LONG }

    private final StoryService stories;
    private final ClipService clipService;
    private final EditionService editions;
    private final SettingsService settings;
    private final Worker worker;
    private final User person;

    private final ReadOnlyObjectWrapper<Story> story = new ReadOnlyObjectWrapper<>();
    private final StringProperty headline = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final StringProperty attribution = new SimpleStringProperty("");
    private final StringProperty section = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper outlet = new ReadOnlyStringWrapper("");
    private final ObservableList<Clip> clips = FXCollections.observableArrayList();
    private final ObjectProperty<Clip> shownClip = new SimpleObjectProperty<>();
    private final ObservableList<String> knownTags = FXCollections.observableArrayList();
    private final ObservableList<String> knownSections = FXCollections.observableArrayList();

    private final WordGauge gauge = new WordGauge();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper clipOnTheWay = new ReadOnlyStringWrapper("");
    private final StoryAccess access;
    private final StorySaving saving;
    private final QuoteCheck quotes;

    private final List<Consumer<Story>> savedListeners = new ArrayList<>();
    private boolean loading;

    public StoryEditorViewModel(StoryService stories, ClipService clips, EditionService editions,
                                SettingsService settings, IntegrityService integrity, Worker worker, User person) {
        this.stories = stories;
        this.clipService = clips;
        this.editions = editions;
        this.settings = settings;
        this.worker = worker;
        this.person = person;
        for (StringProperty field : List.of(headline, body, attribution, section, tags)) {
            field.addListener((observable, before, now) -> edited());
        }
        access = new StoryAccess(stories, person, story.getReadOnlyProperty(), busy.getReadOnlyProperty(),
                headline, body);
        saving = new StorySaving(stories, worker, person,
                () -> access.editableProperty().get() ? story.get() : null, () -> edited(story.get()),
                this::saved, message::set, (id, then) -> open(id, then), headline, body);
        quotes = new QuoteCheck(integrity);
        body.addListener((observable, before, now) -> {
            gauge.count(now);
            checkQuotes();
        });
    }

    /** Opens the story with this id; {@code whenOpen} runs once it is shown (or could not be). */
    public void open(UUID storyId, Runnable whenOpen) {
        busy.set(true);
        worker.run(() -> OpenedStory.read(stories, clipService, editions, settings, storyId), loaded -> {
            busy.set(false);
            show(loaded);
            whenOpen.run();
        }, error -> {
            busy.set(false);
            message.set("Could not open the story: " + error.getMessage());
            whenOpen.run();
        });
    }

    /** Starts a new draft from a clip and opens it. */
    public void startFrom(Clip clip, Runnable whenOpen) {
        busy.set(true);
        worker.run(() -> {
            Story draft = stories.create(person.name(), "", "", List.of(clip.id()));
            Optional<Outlet> source = clipService.outletOf(clip);
            if (source.isPresent()) {
                draft = stories.save(person.name(), draft.withDetails(source.get().name(), source.get().reports(),
                        null, List.of()));
            }
            return OpenedStory.read(stories, clipService, editions, settings, draft.id());
        }, loaded -> {
            busy.set(false);
            show(loaded);
            whenOpen.run();
        }, error -> {
            busy.set(false);
            message.set("Could not start a story: " + error.getMessage());
            whenOpen.run();
        });
    }

    private void show(OpenedStory loaded) {
        loading = true;
        clipOnTheWay.set(loaded.clipOnTheWay());
        try {
            Story opened = loaded.story();
            clips.setAll(loaded.clips());
            shownClip.set(clips.isEmpty() ? null : clips.get(0));
            knownTags.setAll(loaded.tags());
            knownSections.setAll(loaded.sections());
            gauge.target(loaded.settings().minWords(), loaded.settings().maxWords());
            headline.set(opened.headline());
            body.set(opened.body());
            outlet.set(loaded.outletName());
            attribution.set(loaded.attribution());
            section.set(opened.section() == null ? "" : opened.section());
            tags.set(String.join(", ", opened.tags()));
            story.set(opened);
            access.allowFor(opened);
            saving.shownAsStored(opened.version() > 0 ? "Saved " + TimeLabels.relative(opened.updatedAt()) : "");
            message.set("");
            checkQuotes();
        } finally {
            loading = false;
        }
    }

    private void edited() {
        if (loading || story.get() == null) {
            return;
        }
        saving.edited();
    }

    /** The story as the writer has it now, on the version it was opened at. */
    private Story edited(Story stored) {
        List<String> tagList = Arrays.stream(tags.get().split(","))
                .map(String::strip).filter(tag -> !tag.isEmpty()).distinct().toList();
        String sectionName = section.get() == null ? "" : section.get().strip();
        return stored.withText(headline.get().strip(), body.get())
                .withDetails(outlet.get().isBlank() ? stored.outlet() : outlet.get(), attribution.get().strip(),
                        sectionName.isEmpty() ? null : sectionName, tagList);
    }

    /** Saves the story if anything changed since the last save; quietly, off the FX thread. */
    public void save() {
        saving.save();
    }

    /** Saves (if needed) and then runs {@code then} on the FX thread; see {@link StorySaving#saveThen}. */
    public void saveThen(Runnable then) {
        saving.saveThen(then);
    }

    private void saved(Story saved) {
        story.set(saved);
        savedListeners.forEach(listener -> listener.accept(saved));
    }

    /** Saves, then submits the story for review. */
    public void submit() {
        Story stored = story.get();
        if (stored == null || !access.canSubmitProperty().get()) {
            return;
        }
        saveThen(() -> {
            if (saving.dirtyProperty().get()) {
                return;
            }
            busy.set(true);
            worker.run(() -> stories.submit(person.name(), stored.id()), submitted -> {
                busy.set(false);
                story.set(submitted);
                access.allowFor(submitted);
                message.set("Submitted for review.");
                savedListeners.forEach(listener -> listener.accept(submitted));
            }, error -> {
                busy.set(false);
                message.set("Could not submit: " + error.getMessage());
            });
        });
    }

    /** Takes a submitted story back to the drafts. */
    public void withdraw() {
        Story stored = story.get();
        if (stored == null || !access.canWithdrawProperty().get()) {
            return;
        }
        busy.set(true);
        worker.run(() -> stories.withdraw(person.name(), stored.id()), withdrawn -> {
            busy.set(false);
            story.set(withdrawn);
            access.allowFor(withdrawn);
            message.set("Withdrawn: back in your drafts.");
            savedListeners.forEach(listener -> listener.accept(withdrawn));
        }, error -> {
            busy.set(false);
            message.set("Could not withdraw: " + error.getMessage());
        });
    }

    /** Shows a story that changed elsewhere (a restored revision), keeping nothing of the text on screen. */
    public void replaceWith(Story changed) {
        Story current = story.get();
        if (current == null || !current.id().equals(changed.id())) {
            return;
        }
        loading = true;
        try {
            headline.set(changed.headline());
            body.set(changed.body());
            story.set(changed);
            saving.shownAsStored("Saved " + TimeLabels.clock(changed.updatedAt()));
        } finally {
            loading = false;
        }
        savedListeners.forEach(listener -> listener.accept(changed));
    }

    /** Closes the story (after the caller saved it). */
    public void close() {
        loading = true;
        try {
            story.set(null);
            clips.clear();
            shownClip.set(null);
            headline.set("");
            body.set("");
            attribution.set("");
            section.set("");
            tags.set("");
            outlet.set("");
            quotes.clear();
            access.clear();
            saving.shownAsStored("");
            message.set("");
        } finally {
            loading = false;
        }
    }

    /** Runs the quote check of the summary against the text of every clip. */
    public void checkQuotes() {
        quotes.check(body.get(), List.copyOf(clips));
    }

    /** What the gauge says in words: "182 words · target 150–250". */
    public String gaugeText() {
        return gauge.text();
    }

    public void onSaved(Consumer<Story> listener) {
        savedListeners.add(listener);
    }

    public ReadOnlyObjectProperty<Story> storyProperty() {
        return story.getReadOnlyProperty();
    }

    public StringProperty headlineProperty() {
        return headline;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public StringProperty attributionProperty() {
        return attribution;
    }

    public StringProperty sectionProperty() {
        return section;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    public ReadOnlyStringProperty outletProperty() {
        return outlet.getReadOnlyProperty();
    }

    public ObservableList<Clip> clips() {
        return clips;
    }

    public ObjectProperty<Clip> shownClipProperty() {
        return shownClip;
    }

    public ObservableList<String> knownTags() {
        return knownTags;
    }

    public ObservableList<String> knownSections() {
        return knownSections;
    }

    public ObservableList<QuoteFlag> misquotes() {
        return quotes.misquotes();
    }

    public ReadOnlyIntegerProperty wordCountProperty() {
        return gauge.wordCountProperty();
    }

    public ReadOnlyIntegerProperty minWordsProperty() {
        return gauge.minWordsProperty();
    }

    public ReadOnlyIntegerProperty maxWordsProperty() {
        return gauge.maxWordsProperty();
    }

    public ReadOnlyObjectProperty<Gauge> gaugeProperty() {
        return gauge.gaugeProperty();
    }

    /** Saving the story, and what to do when a save failed. */
    public StorySaving saving() {
        return saving;
    }

    /** What the person may do with the open story. */
    public StoryAccess access() {
        return access;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** While the story's article waits in the offline queue, a sentence saying so; else empty. */
    public ReadOnlyStringProperty clipOnTheWayProperty() {
        return clipOnTheWay.getReadOnlyProperty();
    }

    public User person() {
        return person;
    }
}
