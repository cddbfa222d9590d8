package org.newsdesk.ui.editor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import org.newsdesk.app.SaveConflictException;
import org.newsdesk.app.StoryService;
import org.newsdesk.model.Story;
import org.newsdesk.model.User;
import org.newsdesk.ui.TimeLabels;
import org.newsdesk.ui.Worker;

/**
 * Saving the open story: whether it changed since the last save, saving it off the FX thread (autosave calls
 * {@link #save}), what waits on a save, and the choices a person has when a save fails.
 */
public final class StorySaving {
    private final StoryService stories;
    private final Worker worker;
    private final User person;
    private final Supplier<Story> shown;
    private final Supplier<Story> edited;
    private final Consumer<Story> saved;
    private final Consumer<String> tell;
    private final BiConsumer<UUID, Runnable> reopen;
    private final ObservableStringValue headline;
    private final ObservableStringValue body;

    private final ReadOnlyStringWrapper saveStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper saveFailure = new ReadOnlyStringWrapper("");
    private final List<Runnable> afterSave = new ArrayList<>();
    /** What was to happen after a save that failed (close the window, open another story): it waits. */
    private final List<Runnable> heldBack = new ArrayList<>();
    private boolean saveAgain;
    private long edits;

    /**
     * @param shown   the story open for editing (null when none is, or it is read only), on the version it was opened at
     * @param edited  that story as the writer has it now
     * @param saved   told of each saved version, on the FX thread
     * @param tell    shows a message to the writer
     * @param reopen  opens the story with this id again, then runs the second argument
     */
    StorySaving(StoryService stories, Worker worker, User person, Supplier<Story> shown, Supplier<Story> edited,
                Consumer<Story> saved, Consumer<String> tell, BiConsumer<UUID, Runnable> reopen,
                ObservableStringValue headline, ObservableStringValue body) {
        this.stories = stories;
        this.worker = worker;
        this.person = person;
        this.shown = shown;
        this.edited = edited;
        this.saved = saved;
        this.tell = tell;
        this.reopen = reopen;
        this.headline = headline;
        this.body = body;
    }

    /** The writer changed something since the last save. */
    void edited() {
        edits++;
        dirty.set(true);
        if (!saving.get()) {
            saveStatus.set("Edited");
        }
    }

    /** A story was shown as stored: nothing to save; {@code status} says when it was saved, if it was. */
    void shownAsStored(String status) {
        dirty.set(false);
        saveStatus.set(status);
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
        Story stored = shown.get();
        if (stored == null || !dirty.get()) {
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
        Story changed = edited.get();
        saving.set(true);
        saveFailure.set("");
        saveStatus.set("Saving…");
        worker.run(() -> stories.save(person.name(), changed), done -> {
            saving.set(false);
            if (edits == editsAtSave) {
                dirty.set(false);
            }
            saveStatus.set("Saved " + TimeLabels.clock(done.updatedAt()));
            saved.accept(done);
            afterSave.addAll(0, heldBack);
            heldBack.clear();
            finishSave();
        }, error -> {
            saving.set(false);
            if (error instanceof SaveConflictException) {
                saveAgain = false;
                reopen.accept(stored.id(), () -> {
                    tell.accept("Someone else saved this story meanwhile; your text was kept as a revision and"
                            + " their version is shown.");
                    runAfterSave();
                });
                return;
            }
            String reason = error.getMessage() == null || error.getMessage().isBlank() ? error.toString()
                    : error.getMessage();
            saveStatus.set("Not saved");
            tell.accept("Could not save: " + reason);
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
    public void writeUnsavedText(Path file, Consumer<Path> written, Consumer<Throwable> failed) {
        String text = unsavedText();
        worker.run(() -> Files.writeString(file, text, StandardCharsets.UTF_8), written, failed);
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

    public ReadOnlyStringProperty saveStatusProperty() {
        return saveStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
