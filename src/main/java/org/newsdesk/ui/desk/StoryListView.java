package org.newsdesk.ui.desk;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;
import org.newsdesk.ui.Desk;
import org.newsdesk.ui.TimeLabels;

/** A desk's stories as a table (headline, outlet, status, author, updated, words) under a filter field. */
public final class StoryListView extends VBox {
    private final StoryListViewModel viewModel;
    private final TableView<Story> storyTable = new TableView<>();
    private final CustomTextField filterField = new CustomTextField();
    private final Label titleLabel = new Label();
    private final Label summaryLabel = new Label();
    private final Label emptyTitle = new Label();
    private final Label emptyHint = new Label();
    private final ColumnWidths widths;
    private final TableColumn<Story, String> outletColumn;
    private final TableColumn<Story, String> authorColumn;
    private final TableColumn<Story, StoryStatus> statusColumn;
    private final TableColumn<Story, java.time.Instant> updatedColumn;
    private int minWords = 150;
    private int maxWords = 250;

    public StoryListView(StoryListViewModel viewModel, Consumer<Story> onOpen) {
        this.viewModel = viewModel;
        getStyleClass().add("story-list");
        setId("storyList");

        titleLabel.getStyleClass().addAll("title-3", "desk-title");
        titleLabel.setMinWidth(Region.USE_PREF_SIZE);
        titleLabel.setId("deskTitle");
        summaryLabel.getStyleClass().add("text-muted");
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        summaryLabel.setMinWidth(Region.USE_PREF_SIZE);
        filterField.setId("filterField");
        filterField.setPromptText("Filter this desk");
        filterField.setAccessibleText("Filter the stories of this desk");
        filterField.setLeft(new FontIcon(Feather.FILTER));
        filterField.textProperty().bindBidirectional(viewModel.filterProperty());
        filterField.setPrefColumnCount(16);
        filterField.setMinWidth(110);
        filterField.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.ESCAPE) {
                filterField.clear();
            } else if (key.getCode() == KeyCode.DOWN) {
                storyTable.requestFocus();
                if (storyTable.getSelectionModel().isEmpty()) {
                    storyTable.getSelectionModel().selectFirst();
                }
            }
        });
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        VBox heading = new VBox(2, titleLabel, summaryLabel);
        HBox header = new HBox(12, heading, spring, filterField);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("desk-header");

        storyTable.setId("storyTable");
        storyTable.setAccessibleText("Stories");
        storyTable.getStyleClass().addAll("story-table", "striped");
        storyTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Story, String> headlineColumn = column("Headline", story ->
                story.headline().isBlank() ? "(no headline yet)" : story.headline(), 320);
        headlineColumn.setCellFactory(column -> new HeadlineCell());
        outletColumn = column("Outlet", story -> story.outlet() == null ? "" : story.outlet(), 150);
        statusColumn = new TableColumn<>("Status");
        statusColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().status()));
        statusColumn.setCellFactory(column -> new StatusCell());
        statusColumn.setPrefWidth(108);
        statusColumn.setMinWidth(104);
        authorColumn = column("Author", Story::author, 110);
        updatedColumn = new TableColumn<>("Updated");
        updatedColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().updatedAt()));
        updatedColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(java.time.Instant at, boolean empty) {
                super.updateItem(at, empty);
                setText(empty || at == null ? null : TimeLabels.relative(at));
            }
        });
        updatedColumn.setPrefWidth(110);
        updatedColumn.setMinWidth(90);
        updatedColumn.setSortType(TableColumn.SortType.DESCENDING);
        TableColumn<Story, Integer> wordsColumn = new TableColumn<>("Words");
        wordsColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().wordCount()));
        wordsColumn.setCellFactory(column -> new WordsCell());
        wordsColumn.setPrefWidth(72);
        wordsColumn.setMinWidth(68);
        wordsColumn.setMaxWidth(90);
        storyTable.getColumns().addAll(List.of(headlineColumn, outletColumn, statusColumn, authorColumn,
                updatedColumn, wordsColumn));
        widths = new ColumnWidths(storyTable, () -> filterField.getFont().getSize());
        filterField.fontProperty().addListener((observable, before, font) -> widths.scale());
        // A drag on the header row resizes a column: its new share of the width is kept for this desk.
        storyTable.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, release -> {
            if (release.getY() < 3 * filterField.getFont().getSize()) {
                widths.remember();
            }
        });

        SortedList<Story> sorted = new SortedList<>(viewModel.shownStories());
        sorted.comparatorProperty().bind(storyTable.comparatorProperty());
        storyTable.setItems(sorted);

        emptyTitle.getStyleClass().addAll("title-4", "empty-title");
        emptyHint.getStyleClass().addAll("text-muted", "empty-hint");
        emptyHint.setWrapText(true);
        emptyHint.setMinHeight(Region.USE_PREF_SIZE);
        emptyTitle.setWrapText(true);
        emptyTitle.setMinHeight(Region.USE_PREF_SIZE);
        emptyTitle.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        FontIcon emptyIcon = new FontIcon(Feather.FEATHER);
        emptyIcon.getStyleClass().add("empty-icon");
        VBox empty = new VBox(8, emptyIcon, emptyTitle, emptyHint);
        empty.setAlignment(Pos.CENTER);
        empty.getStyleClass().add("empty-state");
        storyTable.setPlaceholder(empty);

        storyTable.setRowFactory(table -> {
            TableRow<Story> row = new TableRow<>();
            row.setOnMouseClicked(click -> {
                if (!row.isEmpty() && click.getClickCount() == 2) {
                    onOpen.accept(row.getItem());
                }
            });
            return row;
        });
        storyTable.setOnKeyPressed(key -> {
            Story selected = storyTable.getSelectionModel().getSelectedItem();
            if (key.getCode() == KeyCode.ENTER && selected != null) {
                onOpen.accept(selected);
                key.consume();
            }
        });
        storyTable.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> {
            if (now != null && storyTable.isFocused()) {
                onOpen.accept(now);
            }
        });
        // Narrow list (beside an open story): keep the columns a writer scans, drop the rest.
        storyTable.widthProperty().addListener((observable, before, width) -> fitColumns(width.doubleValue()));

        VBox.setVgrow(storyTable, Priority.ALWAYS);
        getChildren().addAll(header, storyTable);
    }

    /** Where the column shares are kept between runs ({@code recall} answers "" for nothing kept). */
    public void rememberColumnsWith(java.util.function.Function<String, String> recall,
                                    java.util.function.BiConsumer<String, String> remember) {
        widths.keepWith(recall, remember);
    }

    private void fitColumns(double width) {
        double ems = width / filterField.getFont().getSize();
        outletColumn.setVisible(ems > 44);
        updatedColumn.setVisible(ems > 51);
        authorColumn.setVisible(ems > 58);
        statusColumn.setVisible(ems > 26);
        widths.settleLater();
    }

    /** Shows {@code desk}'s title, and what it means when it is empty. */
    public void show(Desk desk) {
        widths.desk(desk.title());
        fitColumns(storyTable.getWidth());
        titleLabel.setText(desk.title());
        emptyTitle.setText(desk.emptyTitle());
        emptyHint.setText(desk.emptyAdvice());
        filterField.clear();
    }

    /** The newsroom's word target, to mark stories that are too short or too long. */
    public void setWordTarget(int min, int max) {
        this.minWords = min;
        this.maxWords = max;
        storyTable.refresh();
    }

    public void select(java.util.UUID storyId) {
        for (Story story : storyTable.getItems()) {
            if (story.id().equals(storyId)) {
                storyTable.getSelectionModel().select(story);
                storyTable.scrollTo(story);
                return;
            }
        }
    }

    public void focusFilter() {
        filterField.requestFocus();
    }

    public void focusTable() {
        storyTable.requestFocus();
    }

    public TableView<Story> table() {
        return storyTable;
    }

    private static TableColumn<Story, String> column(String title, Function<Story, String> value, double width) {
        TableColumn<Story, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 90));
        return column;
    }

    /** The headline, with the section and tags underneath in small type. */
    private static final class HeadlineCell extends TableCell<Story, String> {
        private final Label headline = new Label();
        private final Label details = new Label();
        private final VBox box = new VBox(1, headline, details);

        HeadlineCell() {
            headline.getStyleClass().add("story-headline");
            details.getStyleClass().add("story-details");
            setGraphic(null);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            if (empty || getTableRow() == null || getTableRow().getItem() == null) {
                setGraphic(null);
                return;
            }
            Story story = getTableRow().getItem();
            headline.setText(text);
            String section = story.section() == null || story.section().isBlank() ? "" : story.section();
            String tags = String.join(" · ", story.tags());
            details.setText(section.isEmpty() ? tags : tags.isEmpty() ? section : section + "  ·  " + tags);
            details.setManaged(!details.getText().isEmpty());
            details.setVisible(!details.getText().isEmpty());
            setGraphic(box);
        }
    }

    /** The status as a small coloured pill. */
    private static final class StatusCell extends TableCell<Story, StoryStatus> {
        private final Label pill = new Label();

        @Override
        protected void updateItem(StoryStatus status, boolean empty) {
            super.updateItem(status, empty);
            if (empty || status == null) {
                setGraphic(null);
                return;
            }
            pill.setText(status.label());
            pill.getStyleClass().setAll("label", "status-pill", "status-" + status.name().toLowerCase(java.util.Locale.ROOT));
            setGraphic(pill);
        }
    }

    /** The word count, in the warning colour when it misses the target. */
    private final class WordsCell extends TableCell<Story, Integer> {
        WordsCell() {
            setAlignment(Pos.CENTER_RIGHT);
        }

        @Override
        protected void updateItem(Integer words, boolean empty) {
            super.updateItem(words, empty);
            getStyleClass().removeAll("words-off-target");
            if (empty || words == null) {
                setText(null);
                return;
            }
            setText(Integer.toString(words));
            if (words > 0 && (words < minWords || words > maxWords)) {
                getStyleClass().add("words-off-target");
            }
        }
    }
}
