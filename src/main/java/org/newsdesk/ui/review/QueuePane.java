package org.newsdesk.ui.review;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.newsdesk.app.StoryService;

/** The review queue's list: the submitted stories, oldest first, with author, outlet, words and time waiting. */
final class QueuePane {
    private final ReviewQueueViewModel viewModel;
    private final Clock clock;
    private final ListView<StoryService.QueuedStory> queueList = new ListView<>();
    private final VBox pane;

    QueuePane(ReviewQueueViewModel viewModel, Clock clock) {
        this.viewModel = viewModel;
        this.clock = clock;
        queueList.setId("queueList");
        queueList.setItems(viewModel.queue());
        queueList.setPlaceholder(new Label("Nothing waits for review."));
        queueList.setCellFactory(list -> new QueueCell());
        queueList.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && (viewModel.selectedProperty().get() == null
                    || !viewModel.selectedProperty().get().id().equals(now.story().id()))) {
                viewModel.select(now.story());
            }
        });
        viewModel.selectedProperty().addListener((o, was, now) -> {
            if (now == null) {
                queueList.getSelectionModel().clearSelection();
                return;
            }
            for (StoryService.QueuedStory item : queueList.getItems()) {
                if (item.story().id().equals(now.id())
                        && queueList.getSelectionModel().getSelectedItem() != item) {
                    queueList.getSelectionModel().select(item);
                }
            }
        });
        Label caption = new Label("Submitted, oldest first");
        caption.getStyleClass().add("pane-caption");
        pane = new VBox(caption, queueList);
        VBox.setVgrow(queueList, Priority.ALWAYS);
        pane.getStyleClass().add("queue-pane");
        pane.setMinWidth(180);
    }

    Node root() {
        return pane;
    }

    static String waiting(Duration waited) {
        long minutes = Math.max(0, waited.toMinutes());
        if (minutes < 1) {
            return "just in";
        }
        if (minutes < 60) {
            return minutes + " min waiting";
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return hours + " h waiting";
        }
        return hours / 24 + " days waiting";
    }

    private final class QueueCell extends ListCell<StoryService.QueuedStory> {
        QueueCell() {
            // A zero preferred width lets the cell follow the list's width, so long headlines wrap.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(StoryService.QueuedStory item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label headline = new Label(item.story().headline().isBlank() ? "(no headline)" : item.story().headline());
            headline.getStyleClass().add("queue-headline");
            headline.setWrapText(true);
            List<String> facts = new ArrayList<>();
            facts.add(item.story().author());
            if (item.story().outlet() != null && !item.story().outlet().isBlank()) {
                facts.add(item.story().outlet());
            }
            facts.add(item.story().wordCount() + " words");
            facts.add(waiting(Duration.between(item.submittedAt(), clock.instant())));
            Label details = new Label(String.join(" · ", facts));
            details.getStyleClass().add("queue-details");
            details.setWrapText(true);
            // Bound widths let the labels wrap: a cell asks its graphic for a height without giving a width.
            headline.prefWidthProperty().bind(getListView().widthProperty().subtract(32));
            details.prefWidthProperty().bind(headline.prefWidthProperty());
            headline.setMinHeight(Region.USE_PREF_SIZE);
            details.setMinHeight(Region.USE_PREF_SIZE);
            VBox box = new VBox(2, headline, details);
            setGraphic(box);
            setText(null);
        }
    }
}
