package org.newsdesk.ui;

import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.layout.StackPane;
import org.newsdesk.ui.desk.StoryListView;
import org.newsdesk.ui.desk.StoryListViewModel;

/**
 * The middle of the window: the chosen desk's story list, or its own screen (review queue, builder…), and that
 * screen's buttons for the menu's actions.
 */
final class DeskPane {
    private final StackPane deskArea;
    private final StoryListView listView;
    private final StoryListViewModel listViewModel;
    private final WindowLayout layout;
    private final MachinePreferences preferences;
    private final DeskContext context;
    private final Runnable clearSearch;
    private Desk shownDesk;
    /** The desk's own screen (review queue, builder…) when one is shown, else null. */
    private Node currentScreen;
    /** What the shown screen does when records of the kinds it shows changed from outside this window. */
    private Runnable screenRefresh = () -> { };
    private java.util.Set<String> screenKinds = java.util.Set.of();

    DeskPane(StackPane deskArea, StoryListView listView, StoryListViewModel listViewModel, WindowLayout layout,
             MachinePreferences preferences, DeskContext context, Runnable clearSearch) {
        this.deskArea = deskArea;
        this.listView = listView;
        this.listViewModel = listViewModel;
        this.layout = layout;
        this.preferences = preferences;
        this.context = context;
        this.clearSearch = clearSearch;
        layout.coverDeskWhen(() -> shownDesk != null && !shownDesk.listsStories());
    }

    void show(Desk desk) {
        clearSearch.run();
        shownDesk = desk;
        // picking a desk shows it: a story that covered a screen desk steps aside (it stays open)
        layout.uncoverDesk();
        if (!desk.listsStories()) {
            layout.hideEditor();
        }
        preferences.rememberText("desk", desk.title());
        layout.deskShown(desk.title(), desk.listsStories());
        currentScreen = null;
        screenRefresh = () -> { };
        screenKinds = java.util.Set.of();
        if (desk.listsStories()) {
            listView.show(desk);
            listViewModel.show(desk, context.person());
            deskArea.getChildren().setAll(listView);
        } else {
            Node screen = desk.screen().apply(context);
            currentScreen = screen;
            deskArea.getChildren().setAll(Cramped.scrollWhenCramped(screen));
        }
    }

    /** See {@link DeskContext#onNewsroomChange}: the screen being shown asks to hear of changes to {@code kinds}. */
    void onNewsroomChange(java.util.Set<String> kinds, Runnable refresh) {
        screenKinds = kinds;
        screenRefresh = refresh;
    }

    /** Records of {@code kinds} (null: any) changed from outside this window: the shown screen catches up. */
    void changedElsewhere(java.util.Set<String> kinds) {
        if (kinds == null || kinds.stream().anyMatch(screenKinds::contains)) {
            screenRefresh.run();
        }
    }

    /** Runs {@code whenShown} once the desk's list has loaded (at once when it has). */
    void whenListed(Runnable whenShown) {
        if (!listViewModel.loadingProperty().get()) {
            whenShown.run();
            return;
        }
        listViewModel.loadingProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> observable, Boolean before, Boolean loading) {
                if (!loading) {
                    listViewModel.loadingProperty().removeListener(this);
                    whenShown.run();
                }
            }
        });
    }

    /**
     * Presses the current desk screen's own button for {@code action} (the review queue's Approve, the builder's
     * Publish…); says {@code elsewhere} when this desk has no such button, {@code disabled} when it is disabled.
     */
    void screenAction(String action, String elsewhere, String disabled) {
        Optional<ButtonBase> button = ScreenActions.find(currentScreen, action);
        if (button.isEmpty()) {
            context.notice(elsewhere);
        } else if (button.get().isDisabled()) {
            context.notice(disabled);
        } else {
            button.get().fire();
        }
    }
}
