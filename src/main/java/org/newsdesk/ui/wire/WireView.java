package org.newsdesk.ui.wire;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsdesk.app.WireEntry;
import org.newsdesk.feed.WatchList;
import org.newsdesk.model.WireItem;
import org.newsdesk.model.WireItemState;
import org.newsdesk.ui.TimeLabels;

/**
 * The Wire desk's screen: a filter, "matching only" and "new only", Refresh, and the items newest first with
 * outlet, time, headline and teaser, watch-words marked. Enter clips the selected item into a story, D dismisses.
 * While shown it fetches the feeds that are due every minute.
 */
public final class WireView {
    /** How much of a teaser a row shows; the rest is in the article. */
    static final int TEASER_SHOWN = 260;

    private final WireViewModel viewModel;
    private final Consumer<UUID> openStory;
    private final VBox root = new VBox();
    private final ListView<WireEntry> itemList = new ListView<>();
    private int dismissedAt = -1;
    private final Timeline poll = new Timeline(new KeyFrame(Duration.minutes(1), tick -> refreshDue()));

    /** {@code openStory} opens a story in the editor beside the desk. */
    public WireView(WireViewModel viewModel, Consumer<UUID> openStory) {
        this.viewModel = viewModel;
        this.openStory = openStory;
        root.setId("wireScreen");
        root.getStyleClass().addAll("story-list", "wire-desk");
        root.getStylesheets().add(WireView.class.getResource("WireView.css").toExternalForm());

        Label title = new Label("Wire");
        title.getStyleClass().addAll("title-3", "desk-title");
        Label summaryLabel = new Label();
        summaryLabel.setId("wireSummaryLabel");
        summaryLabel.getStyleClass().add("text-muted");
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        TextField filterField = new TextField();
        filterField.setId("wireFilterField");
        filterField.setPromptText("Filter the wire");
        filterField.setAccessibleText("Filter the wire's items");
        filterField.setPrefColumnCount(16);
        filterField.textProperty().bindBidirectional(viewModel.filterProperty());
        ToggleButton matchingToggle = new ToggleButton("Matching only", new FontIcon(Feather.EYE));
        matchingToggle.setId("matchingOnlyToggle");
        matchingToggle.selectedProperty().bindBidirectional(viewModel.matchingOnlyProperty());
        ToggleButton newToggle = new ToggleButton("New only");
        newToggle.setId("newOnlyToggle");
        newToggle.selectedProperty().bindBidirectional(viewModel.newOnlyProperty());
        Button refreshButton = new Button("Refresh", new FontIcon(Feather.REFRESH_CW));
        refreshButton.setId("refreshWireButton");
        refreshButton.setAccessibleText("Fetch every feed now");
        refreshButton.disableProperty().bind(viewModel.refreshingProperty());
        refreshButton.setOnAction(click -> viewModel.refresh(true));
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox titleRow = new HBox(8, new VBox(2, title, summaryLabel), spring, refreshButton);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        // the controls get a row of their own, so they stay whole when the editor opens beside a narrow desk
        HBox.setHgrow(filterField, Priority.ALWAYS);
        filterField.setMinWidth(80);
        for (javafx.scene.control.Control control : List.of(matchingToggle, newToggle, refreshButton)) {
            control.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        }
        HBox controlRow = new HBox(8, filterField, matchingToggle, newToggle);
        controlRow.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(8, titleRow, controlRow);
        header.getStyleClass().add("desk-header");

        Label messageLabel = new Label();
        messageLabel.setId("wireMessageLabel");
        messageLabel.getStyleClass().addAll("text-muted", "wire-message");
        messageLabel.setWrapText(true);
        messageLabel.textProperty().bind(viewModel.messageProperty());
        messageLabel.managedProperty().bind(messageLabel.textProperty().isNotEmpty());
        messageLabel.visibleProperty().bind(messageLabel.managedProperty());

        itemList.setId("wireList");
        itemList.setAccessibleText("The wire's items; Enter clips the selected one into a story, D dismisses it");
        itemList.getStyleClass().addAll("edition-list", "wire-list");
        itemList.setItems(viewModel.shownEntries());
        itemList.setCellFactory(list -> {
            ItemCell cell = new ItemCell();
            // as wide as the list and no wider, so text wraps instead of scrolling sideways
            cell.prefWidthProperty().bind(list.widthProperty().subtract(24));
            cell.setMaxWidth(javafx.scene.control.Control.USE_PREF_SIZE);
            return cell;
        });
        Label empty = new Label();
        empty.getStyleClass().add("text-muted");
        empty.setWrapText(true);
        empty.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.hasFeedsProperty())
                .then("Nothing on the wire. Refresh, or loosen the filter.")
                .otherwise("No feeds yet. Follow an outlet's feed in Settings \u203a Feeds, or with: feed add URL"));
        itemList.setPlaceholder(empty);
        itemList.getSelectionModel().selectedItemProperty().addListener((observable, before, now) ->
                viewModel.select(now));
        itemList.setOnKeyPressed(key -> {
            WireEntry selected = itemList.getSelectionModel().getSelectedItem();
            if (key.getCode() == KeyCode.ENTER && selected != null) {
                viewModel.clip(selected, openStory);
                key.consume();
            } else if (key.getCode() == KeyCode.D && !key.isShortcutDown() && selected != null) {
                dismissedAt = itemList.getSelectionModel().getSelectedIndex();
                viewModel.dismiss(selected);
                key.consume();
            }
        });
        // after D the next item is selected, so the person can go on dismissing or clipping from the keyboard
        itemList.getItems().addListener((javafx.collections.ListChangeListener<WireEntry>) change -> {
            if (dismissedAt < 0 && itemList.isFocused() && itemList.getSelectionModel().isEmpty()
                    && !itemList.getItems().isEmpty()) {
                javafx.application.Platform.runLater(this::focusList);
            }
            if (dismissedAt >= 0 && !itemList.getItems().isEmpty()) {
                int next = Math.min(dismissedAt, itemList.getItems().size() - 1);
                dismissedAt = -1;
                // not while the list is still telling its listeners of the change
                javafx.application.Platform.runLater(() -> itemList.getSelectionModel().clearAndSelect(next));
            }
        });
        itemList.setOnMouseClicked(click -> {
            if (click.getClickCount() == 2 && itemList.getSelectionModel().getSelectedItem() != null) {
                viewModel.clip(itemList.getSelectionModel().getSelectedItem(), openStory);
            }
        });
        Label keys = new Label("Enter: clip into a story \u00b7 D: dismiss \u00b7 "
                + org.newsdesk.ui.Shortcuts.text("Shortcut+F") + ": filter");
        keys.getStyleClass().addAll("text-muted", "text-small", "wire-keys");
        VBox.setVgrow(itemList, Priority.ALWAYS);
        root.getChildren().addAll(header, messageLabel, itemList, keys);
        root.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.F && key.isShortcutDown()) {
                filterField.requestFocus();
                key.consume();
            }
        });

        poll.setCycleCount(Animation.INDEFINITE);
        root.sceneProperty().addListener((observable, before, now) -> {
            if (now == null) {
                poll.stop();
            } else {
                poll.play();
            }
        });
        viewModel.load();
        refreshDue();
    }

    /** The Wire desk as the sidebar opens it, with the keyboard in its list. */
    public static Node forDesk(WireViewModel viewModel, Consumer<UUID> openStory) {
        WireView view = new WireView(viewModel, openStory);
        javafx.application.Platform.runLater(view::focusList);
        return view.root();
    }

    private void refreshDue() {
        if (root.getScene() != null && (root.getScene().getWindow() == null
                || !root.getScene().getWindow().isShowing())) {
            poll.stop();
            return;
        }
        viewModel.refresh(false);
    }

    public Node root() {
        return root;
    }

    /** Puts the keyboard in the list, on its first item, so Enter and D work at once. */
    public void focusList() {
        itemList.requestFocus();
        if (itemList.getSelectionModel().isEmpty() && !itemList.getItems().isEmpty()) {
            itemList.getSelectionModel().select(0);
        }
    }

    /** Text with the watch-list's matches marked, for a headline or a teaser. */
    static TextFlow marked(String text, List<WatchList.Span> spans, String styleClass, int shown) {
        String visible = text.length() > shown ? text.substring(0, shown) + "\u2026" : text;
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        int at = 0;
        for (WatchList.Span span : spans) {
            if (span.start() >= Math.min(shown, text.length())) {
                break;
            }
            int end = Math.min(span.end(), Math.min(shown, text.length()));
            if (span.start() > at) {
                flow.getChildren().add(piece(visible.substring(at, span.start()), styleClass));
            }
            Text word = piece(visible.substring(span.start(), end), styleClass);
            word.getStyleClass().add("watch-word");
            flow.getChildren().add(word);
            at = end;
        }
        if (at < visible.length()) {
            flow.getChildren().add(piece(visible.substring(at), styleClass));
        }
        return flow;
    }

    private static Text piece(String text, String styleClass) {
        Text piece = new Text(text);
        piece.getStyleClass().add(styleClass + "-text");
        return piece;
    }

    /** One item: outlet, time and state above, the headline, the teaser; later members of a story group indented. */
    private static final class ItemCell extends ListCell<WireEntry> {
        @Override
        protected void updateItem(WireEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeAll("wire-new", "wire-grouped");
            if (empty || entry == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                return;
            }
            WireItem item = entry.item();
            Label outlet = new Label(entry.source());
            outlet.getStyleClass().add("wire-outlet");
            Label time = new Label(item.time() == null ? "" : TimeLabels.relative(item.time()));
            time.getStyleClass().addAll("text-muted", "wire-time");
            javafx.scene.layout.FlowPane meta = new javafx.scene.layout.FlowPane(8, 2, outlet, time);
            meta.setAlignment(Pos.CENTER_LEFT);
            if (entry.firstInGroup() && entry.groupSize() > 1) {
                Label group = new Label((entry.groupSize() - 1) + " more outlet" + (entry.groupSize() > 2 ? "s" : "")
                        + " on this story");
                group.getStyleClass().add("wire-badge");
                meta.getChildren().add(group);
            }
            if (item.state() == WireItemState.CLIPPED) {
                Label taken = new Label("Clipped" + (item.takenBy() == null ? "" : " by " + item.takenBy()));
                taken.getStyleClass().addAll("wire-badge", "wire-clipped");
                meta.getChildren().add(taken);
            }
            if (item.coveredBy() != null) {
                Label covered = new Label("Covered by " + item.coveredBy());
                covered.getStyleClass().addAll("wire-badge", "wire-covered");
                meta.getChildren().add(covered);
            }
            TextFlow headline = marked(item.headline(), entry.headlineSpans(), "wire-headline", 400);
            VBox box = new VBox(3, meta, headline);
            if (!item.teaser().isEmpty()) {
                box.getChildren().add(marked(item.teaser(), entry.teaserSpans(), "wire-teaser", TEASER_SHOWN));
            }
            box.setMinWidth(0);
            meta.prefWrapLengthProperty().bind(widthProperty().subtract(60));
            if (!entry.firstInGroup()) {
                getStyleClass().add("wire-grouped");
            }
            if (item.state() == WireItemState.NEW) {
                getStyleClass().add("wire-new");
            }
            setText(null);
            setGraphic(box);
            setAccessibleText(entry.source() + ": " + item.headline());
        }
    }
}
