package org.newsdesk.ui;

import javafx.animation.PauseTransition;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsdesk.model.SearchHit;
import org.newsdesk.ui.desk.SearchResultsView;
import org.newsdesk.ui.desk.StoryListView;

/**
 * The header's search field: searches as the person pauses in typing, shows the hits in place of the desk, and
 * opens a hit (a story, or a clip's story) through the window's view-model.
 */
final class SearchBox {
    private final MainWindow window;
    private final CustomTextField field;
    private final StackPane deskArea;
    private final StoryListView listView;
    private final DeskSidebar sidebar;
    private final SearchResultsView results;
    private final PauseTransition delay = new PauseTransition(Duration.millis(250));

    /** Hits show in {@code deskArea} in place of {@code listView} or the screen of the desk {@code sidebar} chose. */
    SearchBox(MainWindow window, CustomTextField field, StackPane deskArea, StoryListView listView,
              DeskSidebar sidebar) {
        this.window = window;
        this.field = field;
        this.deskArea = deskArea;
        this.listView = listView;
        this.sidebar = sidebar;
        this.results = new SearchResultsView(this::open);
        field.setLeft(new FontIcon(Feather.SEARCH));
        delay.setOnFinished(done -> search(field.getText()));
        field.textProperty().addListener((observable, before, now) -> delay.playFromStart());
        field.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.ESCAPE) {
                field.clear();
                listView.focusTable();
            } else if (key.getCode() == KeyCode.ENTER || key.getCode() == KeyCode.DOWN) {
                delay.stop();
                search(field.getText());
                results.focusResults();
            }
        });
    }

    void clear() {
        field.clear();
    }

    void focus() {
        field.requestFocus();
        field.selectAll();
    }

    private void search(String query) {
        if (query == null || query.isBlank()) {
            Desk desk = sidebar.chosen();
            if (desk != null && !deskArea.getChildren().contains(listView) && desk.listsStories()) {
                deskArea.getChildren().setAll(listView);
            } else if (desk != null && deskArea.getChildren().contains(results)) {
                window.showDesk(desk);
            }
            return;
        }
        String asked = query.strip();
        window.viewModel().search(asked, hits -> {
            if (asked.equals(field.getText().strip())) {
                results.show(asked, hits);
                deskArea.getChildren().setAll(results);
            }
        }, error -> window.status("Could not search: " + error.getMessage()));
    }

    private void open(SearchHit hit) {
        window.viewModel().open(hit, window::follow,
                error -> window.warning("Could not open the clip: " + error.getMessage()));
    }
}
