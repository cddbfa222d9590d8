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
        pendingList.setOnKeyPressed(key -> {
            PendingClip chosen = pendingList.getSelectionModel().getSelectedItem();
            if (chosen == null) {
                return;
            }
            if (key.getCode() == javafx.scene.input.KeyCode.DELETE) {
                remove(chosen);
            } else if (key.getCode() == javafx.scene.input.KeyCode.ENTER && chosen.storyId() != null) {
                context.openStory(chosen.storyId());
            }
        });
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
        context.worker().fetchThenWrite(clips::fetchDue, tried -> clips.storeRetried(tried).size(), fetched -> {
            context.notice(fetched == 0 ? "No pending clip could be fetched yet."
                    : fetched == 1 ? "1 pending clip was fetched." : fetched + " pending clips were fetched.");
            load();
        }, error -> {
            context.warning("Could not retry: " + error.getMessage());
            load();
        });
    }

    /** Takes {@code pending} off the queue (its story, if any, stays). */
    private void remove(PendingClip pending) {
        String who = context.person().name();
        context.worker().run(() -> {
            clips.removePending(who, pending.id());
            return clips.pending();
        }, now -> {
            show(now);
            context.notice("Removed " + pending.url() + " from Pending clips.");
        }, error -> context.warning("Could not remove it: " + error.getMessage()));
    }

    /**
     * What the queue knows of one address's tries: "Not tried yet", or how many tries, the last error and when the
     * next try is due.
     */
    static String tries(PendingClip pending) {
        if (pending.attempts() == 0) {
            return "Not tried yet; due " + TimeLabels.relative(pending.nextAttemptAt()) + ".";
        }
        String count = pending.attempts() == 1 ? "Tried once" : "Tried " + pending.attempts() + " times";
        String error = pending.lastError() == null || pending.lastError().isBlank() ? ""
                : "; last try: " + pending.lastError().strip().replaceAll("\\.$", "");
        return count + error + ". Next try " + TimeLabels.relative(pending.nextAttemptAt()) + ".";
    }

    /** One waiting address: the URL, who clipped it when, how the tries went, and Open story and Remove. */
    private final class PendingCell extends ListCell<PendingClip> {
        PendingCell() {
            // The cell takes the list's width, not its longest address's: the buttons stay in view.
            setPrefWidth(0);
        }

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
            url.setMinWidth(0);
            Label details = new Label("Clipped " + TimeLabels.relative(pending.requestedAt())
                    + (pending.requestedBy() == null ? "" : " by " + pending.requestedBy()) + ". " + tries(pending));
            details.getStyleClass().add("story-details");
            details.setWrapText(true);
            details.setMinHeight(Region.USE_PREF_SIZE);
            VBox text = new VBox(2, url, details);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button open = new Button("Open story");
            open.getStyleClass().add("pending-open");
            open.setVisible(pending.storyId() != null);
            open.setManaged(pending.storyId() != null);
            open.setOnAction(click -> context.openStory(pending.storyId()));
            Button remove = new Button("Remove");
            remove.getStyleClass().add("pending-remove");
            remove.setOnAction(click -> remove(pending));
            for (Button button : List.of(open, remove)) {
                button.setMinWidth(Region.USE_PREF_SIZE);
            }
            HBox row = new HBox(12, new FontIcon(Feather.CLOUD_OFF), text, open, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
        }
    }
}
