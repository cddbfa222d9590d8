package org.newsdesk.ui.edition;

import org.newsdesk.ui.ScreenActions;
import org.newsdesk.ui.TimeLabels;
import java.time.LocalDate;
import javafx.scene.control.Tooltip;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.newsdesk.model.Story;
import org.newsdesk.ui.editor.ProofreadingViewModel;

/**
 * The edition builder screen: approved stories on the left, the edition (title, intro, sections) in the middle,
 * where stories are dragged in, between sections and reordered, or moved with Alt+Up / Alt+Down.
 */
public final class EditionBuilderView {
    private static final KeyCombination CTRL_UP = new KeyCodeCombination(KeyCode.UP, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination CTRL_DOWN =
            new KeyCodeCombination(KeyCode.DOWN, KeyCombination.SHORTCUT_DOWN);
    private static final double CELL_HEIGHT = 54;

    private final EditionBuilderViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final ListView<Story> candidateList = new ListView<>();
    private final VBox sectionsBox = new VBox(14);
    private final List<ListView<Story>> sectionLists = new ArrayList<>();
    private final EditionOutputViewModel output;
    private final EditionOutputView outputPane;
    private final ProofreadingViewModel proofreading;

    /**
     * The screen on its view-models.
     *
     * @param output       the preview, pre-flight and export of the same edition
     * @param openStory    what a pre-flight link does with its story; null selects it in the edition
     * @param showDocument opens an address in the system browser
     */
    public EditionBuilderView(EditionBuilderViewModel viewModel, EditionOutputViewModel output,
                              Consumer<UUID> openStory, Consumer<String> showDocument) {
        this(viewModel, output, null, openStory, showDocument);
    }

    /** The same, with the intro checked as it is typed by {@code proofreading} (null: in the pre-flight only). */
    public EditionBuilderView(EditionBuilderViewModel viewModel, EditionOutputViewModel output,
                              ProofreadingViewModel proofreading, Consumer<UUID> openStory,
                              Consumer<String> showDocument) {
        this.viewModel = viewModel;
        this.proofreading = proofreading;
        this.output = output;
        this.outputPane = new EditionOutputView(this.output, openStory != null ? openStory : viewModel::focus,
                showDocument);
        root.getStyleClass().add("edition-builder");
        root.getStylesheets().add(EditionBuilderView.class.getResource("EditionBuilderView.css").toExternalForm());
        root.setTop(header());
        Node candidates = candidatePane();
        Node edition = editionPane();
        SplitPane split = new SplitPane(candidates, edition, outputPane.root());
        split.setDividerPositions(0.2, 0.5);
        root.setCenter(split);
        outputPane.wideProperty().addListener((o, was, wide) -> {
            if (wide) {
                split.getItems().setAll(outputPane.root());
            } else {
                split.getItems().setAll(candidates, edition, outputPane.root());
                split.setDividerPositions(0.2, 0.5);
            }
        });
        viewModel.sections().addListener((javafx.collections.ListChangeListener<EditionBuilderViewModel.SectionView>)
                change -> showSections());
        viewModel.focusedStoryProperty().addListener((o, was, now) -> selectFocused(now, false));
        showSections();
        if (viewModel.dateProperty().get() == null) {
            viewModel.open(viewModel.today());
        }
    }

    public Node root() {
        return root;
    }

    /** Shows the preview tab (an edition opened from the Editions desk shows what went out first). */
    public void showPreview() {
        outputPane.showPreview();
    }

    public EditionBuilderViewModel viewModel() {
        return viewModel;
    }

    public EditionOutputViewModel output() {
        return output;
    }

    private Node header() {
        Label title = new Label("Edition");
        title.getStyleClass().add("screen-title");
        DatePicker datePicker = new DatePicker();
        datePicker.setId("datePicker");
        datePicker.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(LocalDate day) {
                return TimeLabels.date(day);
            }

            @Override
            public LocalDate fromString(String text) {
                return TimeLabels.parseDate(text).orElse(null);
            }
        });
        datePicker.valueProperty().bindBidirectional(viewModel.dateProperty());
        Label counts = new Label();
        counts.setId("countsLabel");
        counts.getStyleClass().add("counts");
        counts.textProperty().bind(viewModel.counts().lineProperty());
        Label status = new Label("Published");
        status.getStyleClass().add("published-badge");
        status.visibleProperty().bind(viewModel.publishedProperty());
        status.managedProperty().bind(viewModel.publishedProperty());
        Label message = new Label();
        message.setId("messageLabel");
        message.getStyleClass().add("message");
        message.textProperty().bind(viewModel.messageProperty());
        message.setMinWidth(0);
        // A long message wraps onto a second line instead of ending in "…".
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(message, Priority.SOMETIMES);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Button publish = new Button("Publish…");
        publish.setId("publishButton");
        publish.getStyleClass().add("publish-button");
        publish.disableProperty().bind(viewModel.canPublishProperty().not());
        publish.setOnAction(event -> confirmPublish());
        ScreenActions.offer(root, ScreenActions.PUBLISH, publish);
        // On a narrow window the message gives way first (its full text stays in a tooltip); the title, counts
        // and Publish keep their size.
        for (Region fixed : List.of(title, counts, status, publish)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        datePicker.setPrefWidth(150);
        datePicker.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip messageTip = new Tooltip();
        messageTip.textProperty().bind(message.textProperty());
        message.setTooltip(messageTip);
        HBox header = new HBox(14, title, datePicker, counts, status, message, spring, publish);
        header.getStyleClass().add("screen-header");
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private void confirmPublish() {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, output.publishConfirmation(), ButtonType.CANCEL,
                ButtonType.OK);
        confirm.setHeaderText("Publish this edition?");
        confirm.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        confirm.setResizable(true);
        Button publishButton = (Button) confirm.getDialogPane().lookupButton(ButtonType.OK);
        publishButton.setText("Publish");
        publishButton.setId("confirmPublishButton");
        // Publishing cannot be undone: Enter keeps the edition open, only a click on Publish publishes.
        publishButton.setDefaultButton(false);
        ((Button) confirm.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        confirm.showAndWait().filter(ButtonType.OK::equals)
                .ifPresent(ok -> viewModel.publish(() -> { }));
    }

    private Node candidatePane() {
        candidateList.setId("candidateList");
        candidateList.setItems(viewModel.candidates());
        Label none = new Label("No approved stories wait for an edition.");
        none.setWrapText(true);
        candidateList.setPlaceholder(none);
        candidateList.setCellFactory(list -> new EditionStoryCell(viewModel, false, 0));
        candidateList.setOnKeyPressed(event -> {
            Story story = candidateList.getSelectionModel().getSelectedItem();
            if (story != null && event.getCode() == KeyCode.ENTER && viewModel.canEditProperty().get()) {
                viewModel.place(story.id(), lastSectionName(), Integer.MAX_VALUE);
                event.consume();
            }
        });
        candidateList.setOnDragOver(event -> {
            if (EditionStoryCell.acceptsDrop(viewModel, event) && !isCandidate(EditionStoryCell.storyIdOf(event.getDragboard()))) {
                event.acceptTransferModes(TransferMode.MOVE);
            }
            event.consume();
        });
        candidateList.setOnDragDropped(event -> {
            UUID id = EditionStoryCell.storyIdOf(event.getDragboard());
            boolean done = id != null && !isCandidate(id);
            if (done) {
                viewModel.remove(id);
            }
            event.setDropCompleted(done);
            event.consume();
        });
        Label caption = new Label("Approved stories");
        caption.getStyleClass().add("pane-caption");
        caption.setMinWidth(Region.USE_PREF_SIZE);
        Label hint = new Label("Drag into the edition, or select and press Enter.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox pane = new VBox(caption, hint, candidateList);
        VBox.setVgrow(candidateList, Priority.ALWAYS);
        pane.getStyleClass().add("candidate-pane");
        pane.setMinWidth(170);
        return pane;
    }

    private boolean isCandidate(UUID id) {
        return id != null && viewModel.candidates().stream().anyMatch(story -> story.id().equals(id));
    }

    private String lastSectionName() {
        List<EditionBuilderViewModel.SectionView> sections = viewModel.sections();
        return sections.isEmpty() ? null : sections.get(sections.size() - 1).name();
    }

    private Node editionPane() {
        EditionIntro text = new EditionIntro(viewModel, proofreading);
        TextField title = text.title();

        sectionsBox.setId("sectionsBox");
        TextField newSection = new TextField();
        newSection.setId("newSectionField");
        newSection.setPromptText("New section name");
        newSection.disableProperty().bind(viewModel.canEditProperty().not());
        Button addSection = new Button("Add section");
        addSection.setId("addSectionButton");
        addSection.setMinWidth(Region.USE_PREF_SIZE);
        addSection.disableProperty().bind(viewModel.canEditProperty().not().or(newSection.textProperty().isEmpty()));
        Runnable add = () -> {
            viewModel.addSection(newSection.getText());
            newSection.clear();
        };
        addSection.setOnAction(event -> add.run());
        newSection.setOnAction(event -> add.run());
        HBox sectionLine = new HBox(8, newSection, addSection);
        Label hint = new Label(
                "Reorder by dragging, or select a story and press Alt+↑ / Alt+↓; Delete takes it out.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);

        VBox content = new VBox(10, title, text.intro(), hint, sectionsBox, sectionLine);
        content.setPadding(new Insets(12));
        content.getStyleClass().add("edition-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edition-scroll");
        return scroll;
    }

    private void showSections() {
        UUID focused = viewModel.focusedStoryProperty().get();
        boolean hadFocus = sectionLists.stream().anyMatch(list -> list.isFocused());
        sectionLists.clear();
        List<Node> nodes = new ArrayList<>();
        int number = 1;
        for (int index = 0; index < viewModel.sections().size(); index++) {
            EditionBuilderViewModel.SectionView section = viewModel.sections().get(index);
            Label name = new Label(section.name().isBlank() ? "(no section)" : section.name());
            name.getStyleClass().add("section-name");
            Label count = new Label(section.stories().size() + (section.stories().size() == 1 ? " story" : " stories"));
            count.getStyleClass().add("hint");
            name.setMinWidth(Region.USE_PREF_SIZE);
            count.setMinWidth(Region.USE_PREF_SIZE);
            HBox head = new HBox(10, name, count);
            head.setAlignment(Pos.BASELINE_LEFT);
            ListView<Story> list = sectionList(section, index, number);
            number += section.stories().size();
            VBox box = new VBox(4, head, list);
            box.getStyleClass().add("section-box");
            nodes.add(box);
            sectionLists.add(list);
        }
        sectionsBox.getChildren().setAll(nodes);
        selectFocused(focused, hadFocus);
    }

    private void selectFocused(UUID focused, boolean focus) {
        if (focused == null) {
            return;
        }
        for (ListView<Story> list : sectionLists) {
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).id().equals(focused)) {
                    list.getSelectionModel().select(i);
                    if (focus) {
                        Platform.runLater(list::requestFocus);
                    }
                } else {
                    list.getSelectionModel().clearSelection(i);
                }
            }
        }
    }

    private ListView<Story> sectionList(EditionBuilderViewModel.SectionView section, int index, int firstNumber) {
        ListView<Story> list = new ListView<>();
        list.setId("section" + index);
        list.getStyleClass().add("section-list");
        list.setUserData(section.name());
        list.getItems().setAll(section.stories());
        double cellHeight = CELL_HEIGHT * Math.max(1, org.newsdesk.ui.TextSize.scale());  // two lines of text
        list.setFixedCellSize(cellHeight);
        list.setPrefHeight(Math.max(1, section.stories().size()) * cellHeight + 4);
        list.setMinHeight(list.getPrefHeight());
        list.setPlaceholder(new Label("Drop stories here"));
        list.setCellFactory(view -> new EditionStoryCell(viewModel, true, firstNumber));
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            Story story = list.getSelectionModel().getSelectedItem();
            // A published edition still hears the keys, so that the view-model can say why nothing moves.
            if (story == null || (!viewModel.canEditProperty().get() && !viewModel.publishedProperty().get())) {
                return;
            }
            if (EditionStoryCell.ALT_UP.match(event) || CTRL_UP.match(event)) {
                viewModel.moveUp(story.id());
                event.consume();
            } else if (EditionStoryCell.ALT_DOWN.match(event) || CTRL_DOWN.match(event)) {
                viewModel.moveDown(story.id());
                event.consume();
            } else if (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) {
                viewModel.remove(story.id());
                event.consume();
            }
        });
        list.setOnDragOver(event -> {
            if (EditionStoryCell.acceptsDrop(viewModel, event)) {
                event.acceptTransferModes(TransferMode.MOVE);
            }
            event.consume();
        });
        list.setOnDragDropped(event -> {
            UUID id = EditionStoryCell.storyIdOf(event.getDragboard());
            if (id != null) {
                EditionStoryCell.drop(viewModel, id, section.name(), section.stories(), section.stories().size());
            }
            event.setDropCompleted(id != null);
            event.consume();
        });
        return list;
    }
}
