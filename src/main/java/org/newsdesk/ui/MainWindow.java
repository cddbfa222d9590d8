package org.newsdesk.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import org.newsdesk.App;
import org.newsdesk.model.Story;

/** The main window: the newsroom's stories, newest change first. */
final class MainWindow {
    private static final DateTimeFormatter UPDATED =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withZone(ZoneId.systemDefault());

    private final App app;
    private final Worker worker;
    private final BorderPane root = new BorderPane();
    private final TableView<Story> storyTable = new TableView<>();
    private final Label statusLabel = new Label("Loading stories…");

    MainWindow(App app, Worker worker) {
        this.app = app;
        this.worker = worker;
        storyTable.setId("storyTable");
        storyTable.getColumns().add(column("Headline", story -> story.headline(), 420));
        storyTable.getColumns().add(column("Outlet", story -> story.outlet() == null ? "" : story.outlet(), 160));
        storyTable.getColumns().add(column("Status", story -> story.status().label(), 100));
        storyTable.getColumns().add(column("Author", Story::author, 120));
        storyTable.getColumns().add(column("Updated", story -> UPDATED.format(story.updatedAt()), 140));
        TableColumn<Story, Integer> words = new TableColumn<>("Words");
        words.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().wordCount()));
        storyTable.getColumns().add(words);
        storyTable.setPlaceholder(new Label("No stories yet."));
        root.setCenter(storyTable);
        root.setBottom(statusLabel);
    }

    private static TableColumn<Story, String> column(String title, java.util.function.Function<Story, String> value,
                                                     double width) {
        TableColumn<Story, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    Parent root() {
        return root;
    }

    /** Loads the newest stories off the FX thread, then runs {@code whenShown}. */
    void load(Runnable whenShown) {
        worker.run(() -> app.stories().list(List.of(), null, 500), stories -> {
            storyTable.getItems().setAll(stories);
            statusLabel.setText(stories.size() + " stories");
            whenShown.run();
        }, error -> {
            statusLabel.setText("Could not load stories: " + error.getMessage());
            whenShown.run();
        });
    }
}
