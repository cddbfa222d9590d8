package org.newsdesk.ui;

import javafx.animation.PauseTransition;
import javafx.scene.input.KeyCode;
import javafx.util.Duration;
import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsdesk.model.SearchHit;
import org.newsdesk.ui.desk.SearchResultsView;

/**
 * The header's search field: searches as the person pauses in typing, shows the hits in place of the desk, and
 * opens a hit (a story, or a clip's story) through the window's view-model.
 */
final class SearchBox {
    private final MainWindow window;
    private final CustomTextField field;
    private final SearchResultsView results;
    private final PauseTransition delay = new PauseTransition(Duration.millis(250));

    SearchBox(MainWindow window, CustomTextField field) {
        this.window = window;
        this.field = field;
        this.results = new SearchResultsView(this::open);
        field.setLeft(new FontIcon(Feather.SEARCH));
        delay.setOnFinished(done -> search(field.getText()));
        field.textProperty().addListener((observable, before, now) -> delay.playFromStart());
        field.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.ESCAPE) {
                field.clear();
                window.focusStoryList();
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
            if (!window.showStoryListIfItsDesk() && window.isShowing(results)) {
                window.showCurrentDesk();
            }
            return;
        }
        String asked = query.strip();
        window.viewModel().search(asked, hits -> {
            if (asked.equals(field.getText().strip())) {
                results.show(asked, hits);
                window.showInDeskArea(results);
            }
        }, error -> window.status("Could not search: " + error.getMessage()));
    }

    private void open(SearchHit hit) {
        window.viewModel().open(hit, window::follow,
                error -> window.warning("Could not open the clip: " + error.getMessage()));
    }
}
