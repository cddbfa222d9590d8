package org.newsdesk.ui;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.newsdesk.model.Clip;
import org.newsdesk.model.PendingClip;
import org.newsdesk.model.Story;
import org.newsdesk.ui.desk.StoryListView;
import org.newsdesk.ui.desk.StoryListViewModel;
import org.newsdesk.ui.editor.StoryEditorView;
import org.newsdesk.ui.editor.StoryEditorViewModel;

/**
 * Opening, starting and closing a story beside the desk: the open story is saved first, the editor shows or
 * steps aside, the story is remembered for next time, and the desk's list follows what the editor saved.
 */
final class StoryOpening {
    private final MainWindowViewModel viewModel;
    private final StoryEditorViewModel editorViewModel;
    private final StoryEditorView editorView;
    private final StoryListViewModel listViewModel;
    private final StoryListView listView;
    private final MachinePreferences preferences;
    private final WindowLayout layout;
    private final Runnable refreshCounts;
    private final Consumer<String> warning;

    StoryOpening(MainWindowViewModel viewModel, StoryEditorViewModel editorViewModel, StoryEditorView editorView,
                 StoryListViewModel listViewModel, StoryListView listView, MachinePreferences preferences,
                 WindowLayout layout, Runnable refreshCounts, Consumer<String> warning) {
        this.viewModel = viewModel;
        this.editorViewModel = editorViewModel;
        this.editorView = editorView;
        this.listViewModel = listViewModel;
        this.listView = listView;
        this.preferences = preferences;
        this.layout = layout;
        this.refreshCounts = refreshCounts;
        this.warning = warning;
        // A save changes a row of the list; only a change of status moves stories between desks.
        editorViewModel.onSaved(listViewModel::replace);
        editorViewModel.storyProperty().addListener((observable, before, story) -> {
            if (before != null && story != null && before.id().equals(story.id())
                    && before.status() != story.status()) {
                listViewModel.reload();
                refreshCounts.run();
            }
        });
    }

    /**
     * Opens the story that was open when the window last closed, if there was one, and returns whether there was;
     * when it is gone, the editor steps aside and {@code gone} runs. {@code whenShown} runs once it is shown.
     */
    boolean reopenLast(Runnable gone, Runnable whenShown) {
        Optional<UUID> lastStory = preferences.lastStory();
        if (lastStory.isEmpty()) {
            return false;
        }
        layout.showEditor();
        editorViewModel.open(lastStory.get(), () -> {
            if (editorViewModel.storyProperty().get() == null) {
                layout.hideEditor();
                preferences.rememberStory(null);
                gone.run();
            }
            whenShown.run();
        });
        return true;
    }

    void open(UUID storyId) {
        Story open = editorViewModel.storyProperty().get();
        if (open != null && open.id().equals(storyId)) {
            layout.showEditor();
            return;
        }
        editorViewModel.saveThen(() -> {
            editorView.autosave().cancel();
            layout.showEditor();
            editorViewModel.open(storyId, () -> {
                Story opened = editorViewModel.storyProperty().get();
                preferences.rememberStory(opened == null ? null : opened.id());
            });
        });
    }

    /** Starts a story from a clip and opens it beside the desk. */
    void start(Clip clip) {
        editorViewModel.saveThen(() -> {
            layout.showEditor();
            editorViewModel.startFrom(clip, () -> {
                Story opened = editorViewModel.storyProperty().get();
                if (opened != null) {
                    preferences.rememberStory(opened.id());
                    listViewModel.reload();
                    refreshCounts.run();
                    editorView.focusHeadline();
                }
            });
        });
    }

    void close() {
        editorViewModel.saveThen(() -> {
            editorView.autosave().cancel();
            editorViewModel.close();
            preferences.rememberStory(null);
            layout.hideEditor();
            listView.focusTable();
        });
    }

    /**
     * Starts a story whose article waits in the offline queue ({@code pending}; null for none) and opens it; the
     * article joins the story once it is fetched.
     */
    void startAwaiting(PendingClip pending) {
        editorViewModel.saveThen(() -> viewModel.startStory(pending,
                created -> {
                    open(created.id());
                    listViewModel.reload();
                    refreshCounts.run();
                }, error -> warning.accept("Could not start a story: " + error.getMessage())));
    }
}
