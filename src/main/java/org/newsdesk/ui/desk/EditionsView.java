package org.newsdesk.ui.desk;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.newsdesk.app.EditionService;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsdesk.model.Edition;
import org.newsdesk.model.EditionStatus;
import org.newsdesk.ui.DeskContext;
import org.newsdesk.ui.TimeLabels;

/** The newsroom's recent editions, newest first: date, title, how many stories, draft or published. */
public final class EditionsView extends VBox {

    private final ListView<Edition> editionList = new ListView<>();
    private final Label summaryLabel = new Label("Loading editions…");

    public EditionsView(EditionService editionService, DeskContext context, Consumer<LocalDate> open) {
        getStyleClass().add("story-list");
        setId("editionsScreen");
        Label title = new Label("Editions");
        title.getStyleClass().addAll("title-3", "desk-title");
        summaryLabel.getStyleClass().add("text-muted");
        VBox header = new VBox(2, title, summaryLabel);
        header.getStyleClass().add("desk-header");
        editionList.setId("editionList");
        editionList.setAccessibleText("Editions");
        editionList.getStyleClass().add("edition-list");
        editionList.setCellFactory(list -> {
            EditionCell cell = new EditionCell();
            // Double-click, Enter or the context menu opens the edition: preview, files, export again.
            cell.setOnMouseClicked(click -> {
                if (click.getClickCount() == 2 && cell.getItem() != null) {
                    open.accept(cell.getItem().date());
                }
            });
            MenuItem openItem = new MenuItem("Open the edition");
            openItem.setOnAction(action -> {
                if (cell.getItem() != null) {
                    open.accept(cell.getItem().date());
                }
            });
            cell.emptyProperty().addListener((o, was, isEmpty) -> cell.setContextMenu(isEmpty ? null
                    : new ContextMenu(openItem)));
            return cell;
        });
        editionList.setOnKeyPressed(key -> {
            Edition chosen = editionList.getSelectionModel().getSelectedItem();
            if (chosen != null && key.getCode() == KeyCode.ENTER) {
                open.accept(chosen.date());
                key.consume();
            }
        });
        Label empty = new Label("No editions yet. Editors build the day's edition from approved stories.");
        empty.getStyleClass().add("text-muted");
        empty.setWrapText(true);
        editionList.setPlaceholder(empty);
        VBox.setVgrow(editionList, Priority.ALWAYS);
        getChildren().addAll(header, editionList);
        context.worker().run(() -> editionService.recent(60), editions -> {
            editionList.getItems().setAll(editions);
            summaryLabel.setText(editions.size() == 1 ? "1 edition" : editions.size() + " editions");
        }, error -> summaryLabel.setText("Could not load the editions: " + error.getMessage()));
    }

    /** One edition: its date and title on the left, its story count and status on the right. */
    private static final class EditionCell extends ListCell<Edition> {
        @Override
        protected void updateItem(Edition edition, boolean empty) {
            super.updateItem(edition, empty);
            if (empty || edition == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label date = new Label(TimeLabels.date(edition.date()));
            date.getStyleClass().add("story-headline");
            Label title = new Label(edition.title().isBlank() ? "Untitled edition" : edition.title());
            title.getStyleClass().add("story-details");
            Region spring = new Region();
            HBox.setHgrow(spring, Priority.ALWAYS);
            int count = edition.storyIds().size();
            Label stories = new Label(count == 1 ? "1 story" : count + " stories");
            stories.getStyleClass().add("text-muted");
            boolean published = edition.status() == EditionStatus.PUBLISHED;
            Label status = new Label(published ? "Published" : "Draft");
            status.getStyleClass().addAll("status-pill", published ? "status-published" : "status-draft");
            HBox row = new HBox(12, new FontIcon(Feather.BOOK_OPEN), new VBox(2, date, title), spring, stories, status);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
        }
    }
}
