package org.newsdesk.ui.desk;

import org.newsdesk.app.ClipService;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsdesk.model.PendingClip;
import org.newsdesk.ui.DeskContext;
import org.newsdesk.ui.TimeLabels;

/** Addresses clipped while offline, waiting to be fetched: when, by whom, how many tries, the last error. */
public final class PendingClipsView extends VBox {
    private final DeskContext context;
    private final ClipService clips;
    private final ListView<PendingClip> pendingList = new ListView<>();
    private final Label summaryLabel = new Label("Loading…");
    private final Button retryButton = new Button("Retry now", new FontIcon(Feather.REFRESH_CW));

    public PendingClipsView(ClipService clips, DeskContext context) {
        this.context = context;
        this.clips = clips;
        getStyleClass().add("story-list");
        setId("pendingClipsScreen");
        Label title = new Label("Pending clips");
        title.getStyleClass().addAll("title-3", "desk-title");
        summaryLabel.getStyleClass().add("text-muted");
        retryButton.setId("retryButton");
        retryButton.setAccessibleText("Try to fetch the pending clips now");
        retryButton.setOnAction(click -> retry());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox header = new HBox(12, new VBox(2, title, summaryLabel), spring, retryButton);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("desk-header");
        pendingList.setId("pendingList");
        pendingList.setAccessibleText("Pending clips");
        pendingList.getStyleClass().add("edition-list");
        pendingList.setCellFactory(list -> new PendingCell());
        Label empty = new Label("Nothing is waiting. Articles clipped while offline wait here until they can be"
                + " fetched.");
        empty.getStyleClass().add("text-muted");
        empty.setWrapText(true);
        pendingList.setPlaceholder(empty);
        VBox.setVgrow(pendingList, Priority.ALWAYS);
        getChildren().addAll(header, pendingList);
        load();
    }

    private void load() {
        context.worker().run(() -> clips.pending(), this::show,
                error -> summaryLabel.setText("Could not read the queue: " + error.getMessage()));
    }

    private void show(List<PendingClip> pending) {
        pendingList.getItems().setAll(pending);
        summaryLabel.setText(pending.isEmpty() ? "Nothing waiting"
                : pending.size() == 1 ? "1 address waiting" : pending.size() + " addresses waiting");
        retryButton.setDisable(pending.isEmpty());
    }

    private void retry() {
        retryButton.setDisable(true);
        context.worker().run(() -> clips.retryPending().size(), fetched -> {
            context.notice(fetched == 0 ? "No pending clip could be fetched yet."
                    : fetched == 1 ? "1 pending clip was fetched." : fetched + " pending clips were fetched.");
            load();
        }, error -> {
            context.warning("Could not retry: " + error.getMessage());
            load();
        });
    }

    /** One waiting address: the URL, when it was clipped, by whom, and how the last try went. */
    private static final class PendingCell extends ListCell<PendingClip> {
        @Override
        protected void updateItem(PendingClip pending, boolean empty) {
            super.updateItem(pending, empty);
            if (empty || pending == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label url = new Label(pending.url());
            url.getStyleClass().add("story-headline");
            String tries = pending.attempts() == 0 ? "not tried yet" : pending.attempts() == 1 ? "tried once"
                    : "tried " + pending.attempts() + " times";
            String error = pending.lastError() == null || pending.lastError().isBlank() ? ""
                    : " · " + pending.lastError();
            Label details = new Label("Clipped " + TimeLabels.relative(pending.requestedAt())
                    + (pending.requestedBy() == null ? "" : " by " + pending.requestedBy()) + " · " + tries + error);
            details.getStyleClass().add("story-details");
            HBox row = new HBox(12, new FontIcon(Feather.CLOUD_OFF), new VBox(2, url, details));
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
        }
    }
}
