package org.newsdesk.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
import org.newsdesk.model.NewsroomSettings;
import org.newsdesk.model.Outlet;
import org.newsdesk.model.PendingClip;
import org.newsdesk.model.Story;
import org.newsdesk.model.User;
import org.newsdesk.app.SaveConflictException;
import org.newsdesk.app.ClipService;
import org.newsdesk.app.EditionService;
import org.newsdesk.app.IntegrityService;
import org.newsdesk.app.SettingsService;
import org.newsdesk.app.StoryService;
import org.newsdesk.workflow.Action;
import org.newsdesk.workflow.Permissions;
import org.newsdesk.ui.TimeLabels;
import org.newsdesk.ui.Worker;

/**
 * The open story: its text and details as the writer edits them, the clips beside it, the word gauge, the quote
 * check, and saving (autosave calls {@link #save}) and submitting through the newsroom's services.
 */
public final class StoryEditorViewModel {
    /** Where the word count stands against the newsroom's target. */
    public enum Gauge { EMPTY, SHORT, ON_TARGET, LONG }

    private final StoryService stories;
    private final ClipService clipService;
    private final EditionService editions;
    private final SettingsService settings;
    private final IntegrityService integrity;
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
    private final ObservableList<QuoteFlag> misquotes = FXCollections.observableArrayList();

    private final WordGauge gauge = new WordGauge();
    private final ReadOnlyStringWrapper saveStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper maySubmit = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper readOnlyReason = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper clipOnTheWay = new ReadOnlyStringWrapper("");
    private final BooleanBinding canSubmit;
    private final BooleanBinding canWithdraw;

    private final List<Consumer<Story>> savedListeners = new ArrayList<>();
    private final List<Runnable> afterSave = new ArrayList<>();
    /** What was to happen after a save that failed (close the window, open another story): it waits. */
    private final List<Runnable> heldBack = new ArrayList<>();
    private final ReadOnlyStringWrapper saveFailure = new ReadOnlyStringWrapper("");
    private boolean loading;
    private boolean saveAgain;
    private long edits;

    public StoryEditorViewModel(StoryService stories, ClipService clips, EditionService editions,
                                SettingsService settings, IntegrityService integrity, Worker worker, User person) {
        this.stories = stories;
        this.clipService = clips;
        this.editions = editions;
        this.settings = settings;
        this.integrity = integrity;
        this.worker = worker;
        this.person = person;
        for (StringProperty field : List.of(headline, body, attribution, section, tags)) {
            field.addListener((observable, before, now) -> edited());
        }
        body.addListener((observable, before, now) -> {
            gauge.count(now);
            checkQuotes();
        });
        canSubmit = Bindings.createBooleanBinding(() -> story.get() != null && !busy.get() && maySubmit.get()
                        && !headline.get().isBlank() && !body.get().isBlank(),
                story, busy, headline, body, maySubmit);
        canWithdraw = Bindings.createBooleanBinding(() -> story.get() != null && !busy.get()
                && Permissions.refusal(person, story.get(), Action.WITHDRAW).isEmpty(), story, busy);
    }

    /** Opens the story with this id; {@code whenOpen} runs once it is shown (or could not be). */
    public void open(UUID storyId, Runnable whenOpen) {
        busy.set(true);
        worker.run(() -> read(storyId), loaded -> {
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
            return read(draft.id());
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

    /** Everything the editor shows of one story, read in one go off the FX thread. */
    private record Loaded(Story story, List<Clip> clips, Optional<Outlet> outlet, NewsroomSettings settings,
                          List<String> tags, List<String> sections, Optional<PendingClip> onTheWay) {
    }

    private Loaded read(UUID storyId) {
        Story found = stories.find(storyId).orElseThrow(
                () -> new IllegalStateException("The story is no longer in the newsroom."));
        List<Clip> sources = clipService.findAll(found.clipIds());
        Optional<Outlet> source = sources.isEmpty() ? Optional.empty() : clipService.outletOf(sources.get(0));
        return new Loaded(found, sources, source, settings.current(), stories.tags(), editions.sectionChoices(),
                sources.isEmpty() ? clipService.pendingFor(found.id()) : Optional.empty());
    }

    private void show(Loaded loaded) {
        loading = true;
        clipOnTheWay.set(loaded.onTheWay().map(StoryEditorViewModel::onTheWay).orElse(""));
        try {
            Story opened = loaded.story();
            clips.setAll(loaded.clips());
            shownClip.set(clips.isEmpty() ? null : clips.get(0));
            knownTags.setAll(loaded.tags());
            knownSections.setAll(loaded.sections());
            gauge.target(loaded.settings().minWords(), loaded.settings().maxWords());
            headline.set(opened.headline());
            body.set(opened.body());
            String outletName = opened.outlet() != null && !opened.outlet().isBlank() ? opened.outlet()
                    : loaded.outlet().map(Outlet::name).orElse("");
            outlet.set(outletName);
            attribution.set(opened.attribution() != null && !opened.attribution().isBlank() ? opened.attribution()
                    : loaded.outlet().map(Outlet::reports).orElse(""));
            section.set(opened.section() == null ? "" : opened.section());
            tags.set(String.join(", ", opened.tags()));
            story.set(opened);
            allowFor(opened);
            dirty.set(false);
            saveStatus.set(opened.version() > 0 ? "Saved " + TimeLabels.relative(opened.updatedAt()) : "");
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
        edits++;
        dirty.set(true);
        if (!saving.get()) {
            saveStatus.set("Edited");
        }
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
        saveThen(null);
    }

    /**
     * Saves (if needed) and then runs {@code then} on the FX thread. When the save fails for a reason other than a
     * conflict (a full disk, a read-only file, a busy database), {@code then} waits and the story stays open:
     * {@link #saveFailureProperty()} says why, and the person chooses to {@link #retrySave() retry}, take the text
     * out ({@link #unsavedText()}, {@link #writeUnsavedText}), {@link #keepEditing() stay}, or
     * {@link #goOnWithoutSaving() go on without saving} after being told.
     */
    public void saveThen(Runnable then) {
        if (then != null) {
            afterSave.add(then);
        }
        Story stored = story.get();
        if (stored == null || !dirty.get() || !editable.get()) {
            if (!saving.get()) {
                runAfterSave();
            }
            return;
        }
        if (saving.get()) {
            saveAgain = true;
            return;
        }
        long editsAtSave = edits;
        Story edited = edited(stored);
        saving.set(true);
        saveFailure.set("");
        saveStatus.set("Saving…");
        worker.run(() -> stories.save(person.name(), edited), saved -> {
            saving.set(false);
            story.set(saved);
            if (edits == editsAtSave) {
                dirty.set(false);
            }
            saveStatus.set("Saved " + TimeLabels.clock(saved.updatedAt()));
            savedListeners.forEach(listener -> listener.accept(saved));
            afterSave.addAll(0, heldBack);
            heldBack.clear();
            finishSave();
        }, error -> {
            saving.set(false);
            if (error instanceof SaveConflictException) {
                saveAgain = false;
                open(stored.id(), () -> {
                    message.set("Someone else saved this story meanwhile; your text was kept as a revision and"
                            + " their version is shown.");
                    runAfterSave();
                });
                return;
            }
            String reason = error.getMessage() == null || error.getMessage().isBlank() ? error.toString()
                    : error.getMessage();
            saveStatus.set("Not saved");
            message.set("Could not save: " + reason);
            saveAgain = false;
            heldBack.addAll(afterSave);
            afterSave.clear();
            saveFailure.set(reason);
        });
    }

    /** Why the last save failed, or empty when it did not (or the person has dealt with it). */
    public ReadOnlyStringProperty saveFailureProperty() {
        return saveFailure.getReadOnlyProperty();
    }

    /** Whether closing the window or opening another story waits on the failed save. */
    public boolean isSomethingWaitingOnTheSave() {
        return !heldBack.isEmpty();
    }

    /** Tries the failed save again; what waited on it goes ahead once it works. */
    public void retrySave() {
        saveFailure.set("");
        saveThen(null);
    }

    /** The headline and text on screen, for the clipboard or a file, whatever became of the save. */
    public String unsavedText() {
        String head = headline.get() == null ? "" : headline.get().strip();
        return (head.isEmpty() ? "" : head + "\n\n") + (body.get() == null ? "" : body.get());
    }

    /** Writes {@link #unsavedText()} to {@code file} (UTF-8), off the FX thread. */
    public void writeUnsavedText(java.nio.file.Path file, Consumer<java.nio.file.Path> written,
                                 Consumer<Throwable> failed) {
        String text = unsavedText();
        worker.run(() -> java.nio.file.Files.writeString(file, text, java.nio.charset.StandardCharsets.UTF_8),
                written, failed);
    }

    /** Stays on the story with the unsaved text; closing or opening another story is called off. */
    public void keepEditing() {
        heldBack.clear();
        saveFailure.set("");
    }

    /** The person was told the text is not saved and chose to go on: what waited goes ahead. */
    public void goOnWithoutSaving() {
        saveFailure.set("");
        dirty.set(false);
        List<Runnable> waiting = List.copyOf(heldBack);
        heldBack.clear();
        waiting.forEach(Runnable::run);
    }

    private void finishSave() {
        if (saveAgain) {
            saveAgain = false;
            save();
        } else {
            runAfterSave();
        }
    }

    private void runAfterSave() {
        List<Runnable> waiting = List.copyOf(afterSave);
        afterSave.clear();
        waiting.forEach(Runnable::run);
    }

    /** Saves, then submits the story for review. */
    public void submit() {
        Story stored = story.get();
        if (stored == null || !canSubmit.get()) {
            return;
        }
        saveThen(() -> {
            if (dirty.get()) {
                return;
            }
            busy.set(true);
            worker.run(() -> stories.submit(person.name(), stored.id()), submitted -> {
                busy.set(false);
                story.set(submitted);
                allowFor(submitted);
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
        if (stored == null || !canWithdraw.get()) {
            return;
        }
        busy.set(true);
        worker.run(() -> stories.withdraw(person.name(), stored.id()), withdrawn -> {
            busy.set(false);
            story.set(withdrawn);
            allowFor(withdrawn);
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
            dirty.set(false);
            saveStatus.set("Saved " + TimeLabels.clock(changed.updatedAt()));
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
            misquotes.clear();
            dirty.set(false);
            editable.set(false);
            maySubmit.set(false);
            readOnlyReason.set("");
            saveStatus.set("");
            message.set("");
        } finally {
            loading = false;
        }
    }

    /** Runs the quote check of the summary against the text of every clip. */
    public void checkQuotes() {
        misquotes.setAll(integrity.misquotes(body.get(), List.copyOf(clips)).stream()
                .map(finding -> new QuoteFlag(finding.start(), finding.end(), finding.quote(), finding.message(),
                        finding.closest()))
                .toList());
    }

    /** A passage of the clip as a quotation to insert in the summary: curly quotes, one line. */
    public static String quotation(String passage) {
        String oneLine = passage.strip().replaceAll("\\s+", " ");
        if (oneLine.length() > 1 && (oneLine.startsWith("\"") || oneLine.startsWith("\u201C"))
                && (oneLine.endsWith("\"") || oneLine.endsWith("\u201D"))) {
            oneLine = oneLine.substring(1, oneLine.length() - 1).strip();
        }
        return "\u201C" + oneLine + "\u201D";
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
        return misquotes;
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

    public ReadOnlyStringProperty saveStatusProperty() {
        return saveStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Who may do what comes from the workflow rules, through the story service; the screen only shows it. */
    private void allowFor(Story shown) {
        Optional<String> refusal = stories.editRefusal(person, shown);
        editable.set(refusal.isEmpty());
        maySubmit.set(stories.maySubmit(person, shown));
        readOnlyReason.set(refusal.map(rule -> "Read only: " + rule).orElse(""));
    }

    /** What the clip pane says while the story's article waits in the offline queue. */
    private static String onTheWay(PendingClip pending) {
        String tries = pending.attempts() == 0 ? "It has not been tried yet."
                : "Last try: " + (pending.lastError() == null || pending.lastError().isBlank() ? "it failed."
                : pending.lastError()) + " Next try: " + TimeLabels.relative(pending.nextAttemptAt()) + ".";
        return "This story's article is on the way: " + pending.url() + " waits in Pending clips and joins the"
                + " story once it is fetched. " + tries;
    }

    /** While the story's article waits in the offline queue, a sentence saying so; else empty. */
    public ReadOnlyStringProperty clipOnTheWayProperty() {
        return clipOnTheWay.getReadOnlyProperty();
    }

    /** One line saying why the open story cannot be changed here, or empty when it can. */
    public ReadOnlyStringProperty readOnlyReasonProperty() {
        return readOnlyReason.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public BooleanBinding canSubmitProperty() {
        return canSubmit;
    }

    public BooleanBinding canWithdrawProperty() {
        return canWithdraw;
    }

    public User person() {
        return person;
    }
}
