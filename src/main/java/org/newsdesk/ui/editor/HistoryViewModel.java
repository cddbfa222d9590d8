package org.newsdesk.ui.editor;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newsdesk.model.Comment;
import org.newsdesk.model.Revision;
import org.newsdesk.model.Story;
import org.newsdesk.model.User;
import org.newsdesk.app.StoryService;
import org.newsdesk.ui.TimeLabels;
import org.newsdesk.ui.Worker;

/** The open story's comments and revisions: reads them, adds a comment, restores a revision. */
public final class HistoryViewModel {
    private final StoryService stories;
    private final Worker worker;
    private final User person;
    private final ObservableList<Comment> comments = FXCollections.observableArrayList();
    private final ObservableList<Revision> revisions = FXCollections.observableArrayList();
    private final StringProperty draftComment = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private UUID storyId;

    public HistoryViewModel(StoryService stories, Worker worker, User person) {
        this.stories = stories;
        this.worker = worker;
        this.person = person;
    }

    /** Shows the history of {@code story} (none when null). */
    public void show(Story story) {
        UUID id = story == null ? null : story.id();
        storyId = id;
        message.set("");
        if (id == null) {
            comments.clear();
            revisions.clear();
            return;
        }
        worker.run(() -> new History(stories.comments(id), newestFirst(stories.revisions(id))), loaded -> {
            if (id.equals(storyId)) {
                comments.setAll(loaded.comments());
                revisions.setAll(loaded.revisions());
            }
        }, error -> message.set("Could not read the history: " + error.getMessage()));
    }

    /** A story's comments and revisions, read together. */
    private record History(List<Comment> comments, List<Revision> revisions) {
    }

    /** Adds the comment being written to the story. */
    public void addComment() {
        String text = draftComment.get().strip();
        UUID id = storyId;
        if (text.isEmpty() || id == null) {
            return;
        }
        worker.run(() -> stories.comment(person.name(), id, text), added -> {
            comments.add(added);
            draftComment.set("");
        }, error -> message.set("Could not add the comment: " + error.getMessage()));
    }

    /** Makes {@code revision} the story's text again; the text it replaces is kept as a revision. */
    /** What the confirmation before a restore says: which revision, and that the current text is kept. */
    public String restoreQuestion(Revision revision) {
        return "Restore the revision of " + TimeLabels.relative(revision.createdAt()) + " by " + revision.author()
                + "? The current text is kept as a revision first, so you can restore it in turn.";
    }

    public void restore(Revision revision, Consumer<Story> whenRestored) {
        UUID id = storyId;
        if (id == null) {
            return;
        }
        worker.run(() -> stories.restoreRevision(person.name(), id, revision.id()), restored -> {
            whenRestored.accept(restored);
            show(restored);
            // after show, which clears the message of the story shown before
            message.set("Restored the revision of " + TimeLabels.relative(revision.createdAt())
                    + "; the text it replaced is kept as a revision.");
        }, error -> message.set("Could not restore: " + error.getMessage()));
    }

    public ObservableList<Comment> comments() {
        return comments;
    }

    public ObservableList<Revision> revisions() {
        return revisions;
    }

    public StringProperty draftCommentProperty() {
        return draftComment;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private static java.util.List<org.newsdesk.model.Revision> newestFirst(
            java.util.List<org.newsdesk.model.Revision> oldestFirst) {
        java.util.List<org.newsdesk.model.Revision> reversed = new java.util.ArrayList<>(oldestFirst);
        java.util.Collections.reverse(reversed);
        return reversed;
    }
}
