package org.newsdesk.ui.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsdesk.model.WatchTerm;
import org.newsdesk.ui.TimeLabels;

/** The Feeds tab of Settings: the followed feeds, how often each is fetched and its state, and the watch-list. */
public final class FeedsPane {

    private final FeedsViewModel viewModel;
    private final VBox root = new VBox(10);

    public FeedsPane(FeedsViewModel viewModel) {
        this.viewModel = viewModel;
        root.setId("feedsPane");
        root.setPadding(new Insets(16));

        TextField addressField = new TextField();
        addressField.setId("feedAddressField");
        addressField.setPromptText("Feed or site address, https://\u2026");
        addressField.textProperty().bindBidirectional(viewModel.addressProperty());
        HBox.setHgrow(addressField, Priority.ALWAYS);
        TextField outletField = new TextField();
        outletField.setId("feedOutletField");
        outletField.setPromptText("Outlet (guessed from the domain)");
        outletField.textProperty().bindBidirectional(viewModel.outletProperty());
        Button addButton = new Button("Follow", new FontIcon(Feather.PLUS));
        addButton.setId("addFeedButton");
        addButton.setDefaultButton(false);
        addButton.setOnAction(click -> viewModel.add());
        addressField.setOnAction(enter -> viewModel.add());
        HBox addRow = new HBox(8, addressField, outletField, addButton);
        addRow.setAlignment(Pos.CENTER_LEFT);

        TableView<FeedsViewModel.FeedLine> table = new TableView<>(viewModel.feeds());
        table.setId("feedTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Outlet", line -> line.feed().outlet() == null ? "" : line.feed().outlet(), 130));
        table.getColumns().add(column("Feed", line -> line.feed().name(), 170));
        table.getColumns().add(column("Items", line -> Integer.toString(line.items()), 60));
        TableColumn<FeedsViewModel.FeedLine, FeedsViewModel.FeedLine> every = new TableColumn<>("Every");
        every.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        every.setCellFactory(column -> new IntervalCell());
        every.setPrefWidth(110);
        table.getColumns().add(every);
        table.getColumns().add(column("Fetched", line -> line.feed().lastFetchedAt() == null ? "never"
                : TimeLabels.relative(line.feed().lastFetchedAt()), 120));
        TableColumn<FeedsViewModel.FeedLine, String> state = column("State", FeedsViewModel.FeedLine::state, 220);
        state.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                getStyleClass().remove("danger");
                FeedsViewModel.FeedLine line = empty ? null : getTableRow().getItem();
                setText(empty ? null : text);
                if (line != null && line.feed().lastError() != null) {
                    getStyleClass().add("danger");
                    setText("\u26a0 " + text);
                }
            }
        });
        table.getColumns().add(state);
        Label noFeeds = new Label();
        noFeeds.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.mayChangeProperty())
                .then("No feeds yet: paste an outlet's feed or site address above, or import an OPML file with:"
                        + " feed import FILE.opml")
                .otherwise("No feeds yet: an editor follows the newsroom's feeds."));
        table.setPlaceholder(noFeeds);
        VBox.setVgrow(table, Priority.ALWAYS);

        Button removeButton = new Button("Stop following", new FontIcon(Feather.TRASH_2));
        removeButton.setId("removeFeedButton");
        removeButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(viewModel.mayChangeProperty().not()));
        removeButton.setOnAction(click -> viewModel.remove(table.getSelectionModel().getSelectedItem()));
        Button outletButton = new Button("Change outlet\u2026");
        outletButton.setId("changeOutletButton");
        outletButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(viewModel.mayChangeProperty().not()));
        outletButton.setOnAction(click -> {
            FeedsViewModel.FeedLine line = table.getSelectionModel().getSelectedItem();
            TextInputDialog dialog = new TextInputDialog(line.feed().outlet() == null ? "" : line.feed().outlet());
            dialog.setTitle("Change outlet");
            dialog.setHeaderText("Which outlet publishes " + line.feed().name() + "?");
            if (root.getScene() != null) {
                dialog.initOwner(root.getScene().getWindow());
            }
            dialog.showAndWait().ifPresent(name -> viewModel.changeOutlet(line, name));
        });
        Button refreshButton = new Button("Refresh now", new FontIcon(Feather.REFRESH_CW));
        refreshButton.setId("refreshFeedsButton");
        refreshButton.setOnAction(click -> viewModel.refreshNow());
        HBox feedButtons = new HBox(8, removeButton, outletButton, refreshButton);

        Label watchTitle = new Label("Watch-list: words and phrases the newsroom covers, marked on the Wire");
        watchTitle.getStyleClass().add("text-bold");
        ListView<WatchTerm> termList = new ListView<>(viewModel.terms());
        termList.setId("watchList");
        termList.setPrefHeight(120);
        // the feed table gives way first: a Settings window of ordinary height still shows the watch-list
        termList.setMinHeight(90);
        table.setMinHeight(140);
        termList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(WatchTerm watched, boolean empty) {
                super.updateItem(watched, empty);
                setText(empty || watched == null ? null
                        : watched.term() + (watched.outlet() == null ? "" : "  (" + watched.outlet() + " only)"));
            }
        });
        TextField termField = new TextField();
        termField.setId("watchTermField");
        termField.setPromptText("police, parole board, fentanyl\u2026");
        termField.textProperty().bindBidirectional(viewModel.termProperty());
        termField.setOnAction(enter -> viewModel.addTerm());
        HBox.setHgrow(termField, Priority.ALWAYS);
        TextField termOutletField = new TextField();
        termOutletField.setId("watchOutletField");
        termOutletField.setPromptText("Only for outlet (optional)");
        termOutletField.textProperty().bindBidirectional(viewModel.termOutletProperty());
        Button watchButton = new Button("Watch", new FontIcon(Feather.EYE));
        watchButton.setId("watchButton");
        watchButton.setOnAction(click -> viewModel.addTerm());
        Button unwatchButton = new Button("Remove");
        unwatchButton.setId("unwatchButton");
        unwatchButton.disableProperty().bind(termList.getSelectionModel().selectedItemProperty().isNull()
                .or(viewModel.mayChangeProperty().not()));
        unwatchButton.setOnAction(click -> viewModel.removeTerm(termList.getSelectionModel().getSelectedItem()));
        HBox termRow = new HBox(8, termField, termOutletField, watchButton, unwatchButton);

        Label messageLabel = new Label();
        messageLabel.setId("feedsMessageLabel");
        messageLabel.setWrapText(true);
        messageLabel.textProperty().bind(viewModel.messageProperty());
        addRow.disableProperty().bind(viewModel.busyProperty().or(viewModel.mayChangeProperty().not()));
        refreshButton.disableProperty().bind(viewModel.busyProperty());
        termField.disableProperty().bind(viewModel.mayChangeProperty().not());
        termOutletField.disableProperty().bind(viewModel.mayChangeProperty().not());
        watchButton.disableProperty().bind(viewModel.mayChangeProperty().not());
        Label readOnlyLabel = new Label();
        readOnlyLabel.setId("feedsReadOnlyLabel");
        readOnlyLabel.setWrapText(true);
        readOnlyLabel.textProperty().bind(viewModel.readOnlyReasonProperty());
        readOnlyLabel.visibleProperty().bind(viewModel.readOnlyReasonProperty().isNotEmpty());
        readOnlyLabel.managedProperty().bind(readOnlyLabel.visibleProperty());
        root.getChildren().addAll(readOnlyLabel, addRow, table, feedButtons, watchTitle, termList, termRow,
                messageLabel);
    }

    public Node root() {
        return root;
    }

    /** How often the feed of the row is fetched, changed right there from a short list. */
    private final class IntervalCell extends TableCell<FeedsViewModel.FeedLine, FeedsViewModel.FeedLine> {
        private final ComboBox<Integer> choice = new ComboBox<>();
        private boolean showing;

        IntervalCell() {
            choice.getStyleClass().add("interval-choice");
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.setConverter(new StringConverter<>() {
                @Override
                public String toString(Integer minutes) {
                    return minutes == null ? "" : minutes == 1440 ? "1 day" : minutes % 60 != 0 ? minutes + " min"
                            : minutes == 60 ? "1 hour" : minutes / 60 + " hours";
                }

                @Override
                public Integer fromString(String text) {
                    return null;
                }
            });
            choice.valueProperty().addListener((observable, before, minutes) -> {
                if (!showing && minutes != null && getItem() != null) {
                    viewModel.changeInterval(getItem(), minutes);
                }
            });
        }

        @Override
        protected void updateItem(FeedsViewModel.FeedLine line, boolean empty) {
            super.updateItem(line, empty);
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            int minutes = (int) line.feed().interval().toMinutes();
            List<Integer> choices = new ArrayList<>(FeedsViewModel.INTERVAL_CHOICES);
            if (!choices.contains(minutes)) {
                choices.add(minutes);
                choices.sort(null);
            }
            showing = true;
            choice.getItems().setAll(choices);
            choice.setValue(minutes);
            showing = false;
            choice.setAccessibleText("How often " + line.feed().name() + " is fetched");
            choice.disableProperty().bind(viewModel.mayChangeProperty().not());
            setGraphic(choice);
        }
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
