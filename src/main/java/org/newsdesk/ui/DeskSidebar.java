package org.newsdesk.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/** The sidebar of desks: each with its icon, title and how many stories it holds, counted off the FX thread. */
final class DeskSidebar {
    private final ListView<Desk> list;
    private final List<Desk> desks;
    private final MainWindowViewModel viewModel;
    private final Map<Desk, Integer> counts = new HashMap<>();

    /** Fills {@code list} with {@code desks}; choosing one runs {@code onChosen}. */
    DeskSidebar(ListView<Desk> list, List<Desk> desks, MainWindowViewModel viewModel, Consumer<Desk> onChosen) {
        this.list = list;
        this.desks = desks;
        this.viewModel = viewModel;
        list.getItems().setAll(desks);
        list.setCellFactory(cells -> new DeskCell());
        list.getSelectionModel().selectedItemProperty().addListener((observable, before, desk) -> {
            if (desk != null) {
                onChosen.accept(desk);
            }
        });
    }

    Desk chosen() {
        return list.getSelectionModel().getSelectedItem();
    }

    void choose(Desk desk) {
        list.getSelectionModel().select(desk);
    }

    /** How many the sidebar says {@code desk} holds, or null when it shows no number. */
    Integer count(Desk desk) {
        return counts.get(desk);
    }

    /** Counts every desk again; {@code failed} hears why when it cannot. */
    void refreshCounts(Consumer<String> failed) {
        viewModel.countDesks(desks, counted -> {
            if (!counted.equals(counts)) {
                counts.clear();
                counts.putAll(counted);
                list.refresh();
            }
        }, error -> failed.accept("Could not count the stories: " + error.getMessage()));
    }

    /** A desk in the sidebar: its icon, its title, and how many stories it holds. */
    private final class DeskCell extends ListCell<Desk> {
        @Override
        protected void updateItem(Desk desk, boolean empty) {
            super.updateItem(desk, empty);
            if (empty || desk == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label title = new Label(desk.title(), new FontIcon(desk.icon()));
            title.getStyleClass().add("desk-name");
            Region spring = new Region();
            HBox.setHgrow(spring, Priority.ALWAYS);
            HBox row = new HBox(8, title, spring);
            row.setAlignment(Pos.CENTER_LEFT);
            Integer count = counts.get(desk);
            if (count != null && count > 0) {
                Label badge = new Label(Integer.toString(count));
                badge.getStyleClass().add("desk-count");
                row.getChildren().add(badge);
            }
            setAccessibleText(desk.title() + (count == null ? "" : ", " + count
                    + (desk.counter() != null ? " new" : " stories")));
            setText(null);
            setGraphic(row);
        }
    }
}
