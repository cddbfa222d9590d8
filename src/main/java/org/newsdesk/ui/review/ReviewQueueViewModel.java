package org.newsdesk.ui.review;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
import org.newsdesk.app.ClipService;
import org.newsdesk.app.StoryService;
import org.newsdesk.app.StoryService.QueuedStory;
import org.newsdesk.app.StoryService.ReviewBaseline;
import org.newsdesk.app.RevisionDiff;
import org.newsdesk.app.SaveConflictException;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Comment;
import org.newsdesk.model.Revision;
import org.newsdesk.model.Story;
import org.newsdesk.model.User;
import org.newsdesk.model.Words;
import org.newsdesk.ui.Worker;

/**
 * The editor's review queue: submitted stories oldest first, the one under review with its clips, comments and
 * word-level differences, and the editor's verdicts (approve, return with a comment, spike) with edits in place.
 */
public final class ReviewQueueViewModel {

    /** Which difference the diff pane shows. */
    public enum Comparison {
        /** What the writer changed since the last version this editor saw (returned, edited or approved). */
        SINCE_LAST_SEEN("Since I last saw it"),
        /** What the editor has changed in place since the story was submitted, saved or not. */
        MY_EDITS("My edits");

        private final String label;

        Comparison(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final StoryService stories;
    private final ClipService clipService;
    private final Worker worker;
    private final User editor;

    private final ObservableList<QueuedStory> queue = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Story> selected = new ReadOnlyObjectWrapper<>();
    private final StringProperty headline = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final StringProperty returnComment = new SimpleStringProperty("");
    private final ObjectProperty<Comparison> comparison = new SimpleObjectProperty<>(Comparison.SINCE_LAST_SEEN);
    private final ObservableList<Clip> clips = FXCollections.observableArrayList();
    private final ObservableList<Comment> comments = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RevisionDiff> diff = new ReadOnlyObjectWrapper<>(new RevisionDiff(List.of()));
    private final ReadOnlyStringWrapper diffSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper wordCount = new ReadOnlyStringWrapper("");

    private final BooleanBinding hasStory = selected.isNotNull();
    private final BooleanBinding canAct = hasStory.and(busy.not());
    private final BooleanBinding canReturn = Bindings.createBooleanBinding(
            () -> canAct.get() && !returnComment.get().isBlank(), canAct, returnComment);
    private final BooleanBinding hasEdits = Bindings.createBooleanBinding(() -> selected.get() != null
            && (!selected.get().headline().equals(headline.get()) || !selected.get().body().equals(body.get())),
            selected, headline, body);

    private ReviewBaseline baseline = new ReviewBaseline(null, null);
    /** A refresh arrived while the editor's action was under way: read again once it is done. */
    private boolean refreshWanted;

    public ReviewQueueViewModel(StoryService stories, ClipService clips, Worker worker, User editor) {
        this.stories = stories;
        this.clipService = clips;
        this.worker = worker;
        this.editor = editor;
        headline.addListener((o, was, now) -> refreshMyEdits());
        body.addListener((o, was, now) -> {
            refreshMyEdits();
            wordCount.set(Words.count(now) + " words");
        });
        comparison.addListener((o, was, now) -> refreshDiff());
        busy.addListener((o, was, now) -> {
            if (!now && refreshWanted) {
                refreshWanted = false;
                refresh();
            }
        });
    }

    /** Reads the submitted stories, oldest submission first, and selects the first when nothing is selected. */
    public void load() {
        busy.set(true);
        worker.run(stories::reviewQueue, items -> {
            busy.set(false);
            queue.setAll(items);
            message.set(items.isEmpty() ? "The queue is empty: nothing is waiting for review."
                    : items.size() + (items.size() == 1 ? " story waits" : " stories wait") + " for review.");
            Story current = selected.get();
            Optional<QueuedStory> still = current == null ? Optional.empty()
                    : items.stream().filter(item -> item.story().id().equals(current.id())).findFirst();
            if (still.isEmpty()) {
                select(items.isEmpty() ? null : items.get(0).story());
            }
        }, this::fail);
    }

    /** The queue read again, and the story under review as it stands now (it may have left the queue). */
    private record Reread(List<QueuedStory> items, Optional<Story> current) {
    }

    /** Reads the queue again after a change made elsewhere, quietly: what happens is {@link QueueCatchUp}'s. */
    public void refresh() {
        Story current = selected.get();
        worker.run(() -> new Reread(stories.reviewQueue(),
                current == null ? Optional.empty() : stories.find(current.id())), this::merge, error -> { });
    }

    private void merge(Reread reread) {
        if (busy.get()) {
            refreshWanted = true;
            return;
        }
        QueueCatchUp.of(List.copyOf(queue), reread.items(), selected.get(), reread.current(), hasEdits.get())
                .ifPresent(catchUp -> {
                    queue.setAll(catchUp.items());
                    if (catchUp.reselect()) {
                        select(catchUp.next());
                    }
                    if (!catchUp.message().isEmpty()) {
                        message.set(catchUp.message());
                    }
                });
    }

    /** Puts {@code story} under review: its text in the edit fields, its clips, comments and baselines. */
    public void select(Story story) {
        selected.set(null);
        baseline = new ReviewBaseline(null, null);
        clips.clear();
        comments.clear();
        returnComment.set("");
        if (story == null) {
            headline.set("");
            body.set("");
            refreshDiff();
            return;
        }
        headline.set(story.headline());
        body.set(story.body());
        selected.set(story);
        worker.run(() -> Details.read(stories, clipService, story, editor), details -> {
            if (selected.get() == null || !selected.get().id().equals(story.id())) {
                return;
            }
            clips.setAll(details.clips());
            comments.setAll(details.comments());
            baseline = details.baseline();
            refreshDiff();
        }, this::fail);
    }

    /** What the view needs beside the story: read together, off the FX thread. */
    private record Details(List<Clip> clips, List<Comment> comments, ReviewBaseline baseline) {
        static Details read(StoryService stories, ClipService clips, Story story, User editor) {
            return new Details(clips.findAll(story.clipIds()), stories.comments(story.id()),
                    stories.reviewBaseline(story.id(), editor.name()));
        }
    }

    private void refreshMyEdits() {
        if (comparison.get() == Comparison.MY_EDITS) {
            refreshDiff();
        }
    }

    private void refreshDiff() {
        Story story = selected.get();
        if (story == null) {
            diff.set(new RevisionDiff(List.of()));
            diffSummary.set("");
            return;
        }
        if (comparison.get() == Comparison.MY_EDITS) {
            Revision submittedRevision = baseline.submitted();
            String before = submittedRevision == null ? RevisionDiff.text(story.headline(), story.body())
                    : RevisionDiff.text(submittedRevision.headline(), submittedRevision.body());
            RevisionDiff mine = RevisionDiff.between(before, RevisionDiff.text(headline.get(), body.get()));
            diff.set(mine);
            diffSummary.set(mine.hasChanges() ? summary(mine, "since it was submitted")
                    : "You have not changed the story since it was submitted.");
            return;
        }
        if (baseline.seen() == null || baseline.submitted() == null) {
            diff.set(new RevisionDiff(List.of()));
            diffSummary.set("First time in review: there is no earlier version you saw.");
            return;
        }
        ReviewBaseline shown = baseline;
        worker.run(() -> stories.diff(shown.seen().id(), shown.submitted().id()), found -> {
            if (selected.get() != null && selected.get().id().equals(story.id())
                    && comparison.get() == Comparison.SINCE_LAST_SEEN) {
                diff.set(found);
                diffSummary.set(found.hasChanges()
                        ? summary(found, "since you " + shown.seenVerb() + " it")
                        : "The writer resubmitted it unchanged since you " + shown.seenVerb() + " it.");
            }
        }, this::fail);
    }

    private static String summary(RevisionDiff diff, String since) {
        return "+" + diff.wordsAdded() + " / −" + diff.wordsRemoved() + " words " + since + ".";
    }

    /** Saves the editor's changes to the headline and body, leaving the story in the queue. */
    public void saveEdits() {
        Story story = selected.get();
        if (story == null || !hasEdits.get()) {
            return;
        }
        run(() -> saveIfEdited(story), saved -> {
            selected.set(saved);
            replaceInQueue(saved);
            message.set("Saved your edits to \"" + saved.headline() + "\".");
        });
    }

    /** Approves the story under review (saving the editor's edits first) and moves on to the next. */
    public void approve() {
        Story story = selected.get();
        if (story == null) {
            return;
        }
        run(() -> stories.approve(editor.name(), saveIfEdited(story).id()),
                approved -> leaveQueue(approved, "Approved \"" + approved.headline() + "\"."));
    }

    /** Returns the story to its writer with the comment (required), saving the editor's edits first. */
    public void returnToWriter() {
        Story story = selected.get();
        String comment = returnComment.get();
        if (story == null) {
            return;
        }
        if (comment.isBlank()) {
            message.set("Say what to change: a story is returned with a comment.");
            return;
        }
        run(() -> stories.returnToWriter(editor.name(), saveIfEdited(story).id(), comment.strip()),
                returned -> leaveQueue(returned, "Returned \"" + returned.headline() + "\" to "
                        + returned.author() + "."));
    }

    /** Spikes the story under review; the editor's unsaved edits are dropped with it. */
    public void spike() {
        Story story = selected.get();
        if (story == null) {
            return;
        }
        run(() -> stories.spike(editor.name(), story.id()),
                spiked -> leaveQueue(spiked, "Spiked \"" + spiked.headline() + "\"."));
    }

    private Story saveIfEdited(Story story) {
        if (story.headline().equals(headline.get()) && story.body().equals(body.get())) {
            return story;
        }
        return stories.save(editor.name(), story.withText(headline.get(), body.get()));
    }

    private void leaveQueue(Story story, String done) {
        int index = indexOf(story.id());
        if (index >= 0) {
            queue.remove(index);
        }
        select(queue.isEmpty() ? null : queue.get(Math.min(Math.max(index, 0), queue.size() - 1)).story());
        message.set(done + (queue.isEmpty() ? " The queue is empty." : " " + queue.size() + " left in the queue."));
    }

    private void replaceInQueue(Story story) {
        int index = indexOf(story.id());
        if (index >= 0) {
            queue.set(index, new QueuedStory(story, queue.get(index).submittedAt()));
        }
    }

    private int indexOf(UUID id) {
        for (int i = 0; i < queue.size(); i++) {
            if (queue.get(i).story().id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> done) {
        busy.set(true);
        worker.run(work, result -> {
            busy.set(false);
            done.accept(result);
        }, this::fail);
    }

    private void fail(Throwable error) {
        busy.set(false);
        message.set(error.getMessage() == null ? error.toString() : error.getMessage());
        if (error instanceof SaveConflictException conflict && selected.get() != null
                && selected.get().id().equals(conflict.stored().id())) {
            // The editor's text stays in the fields, now measured against the newer stored version.
            selected.set(conflict.stored());
            replaceInQueue(conflict.stored());
        }
    }

    public ObservableList<QueuedStory> queue() {
        return queue;
    }

    public ReadOnlyObjectProperty<Story> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public StringProperty headlineProperty() {
        return headline;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public StringProperty returnCommentProperty() {
        return returnComment;
    }

    public ObjectProperty<Comparison> comparisonProperty() {
        return comparison;
    }

    public ObservableList<Clip> clips() {
        return clips;
    }

    public ObservableList<Comment> comments() {
        return comments;
    }

    public ReadOnlyObjectProperty<RevisionDiff> diffProperty() {
        return diff.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty diffSummaryProperty() {
        return diffSummary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty wordCountProperty() {
        return wordCount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canActProperty() {
        return canAct;
    }

    public BooleanBinding canReturnProperty() {
        return canReturn;
    }

    public BooleanBinding hasEditsProperty() {
        return hasEdits;
    }

    public User editor() {
        return editor;
    }
}
