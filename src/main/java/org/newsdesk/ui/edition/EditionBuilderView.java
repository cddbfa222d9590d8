package org.newsdesk.ui.edition;

import org.newsdesk.ui.ScreenActions;
import org.newsdesk.ui.TimeLabels;
import javafx.scene.control.Tooltip;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.animation.PauseTransition;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
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
import javafx.util.Duration;
import org.newsdesk.App;
import org.newsdesk.model.Story;
import org.newsdesk.model.User;
import org.newsdesk.ui.Worker;

/**
 * The edition builder screen: approved stories on the left, the edition (title, intro, sections) in the middle,
 * where stories are dragged in, between sections and reordered, or moved with Alt+Up / Alt+Down.
 */
public final class EditionBuilderView {
    /** What a dragged story carries: its id, so only Newsdesk's own drags are accepted. */
    static final DataFormat STORY_ID = new DataFormat("application/x-newsdesk-story-id");

    private static final KeyCombination ALT_UP = new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);
    private static final KeyCombination ALT_DOWN = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);
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
    private final EditionOutputPane outputPane;

    /** The screen as the app shows it: the export folder remembered in the user's preferences. */
    public EditionBuilderView(App app, Worker worker, User editor, HostServices hostServices) {
        this(app, worker, editor, null, address -> hostServices.showDocument(address));
    }

    /**
     * The screen as a desk of the main window shows it: pre-flight links open the story with {@code openStory},
     * and the web page opens with {@code showDocument}.
     */
    public EditionBuilderView(App app, Worker worker, User editor, Consumer<UUID> openStory,
                              Consumer<String> showDocument) {
        this(new EditionBuilderViewModel(app, worker, editor), null, openStory, showDocument);
    }

    /**
     * The screen on its view-models.
     *
     * @param output       null for one remembering its folder in the user's preferences
     * @param openStory    what a pre-flight link does with its story; null selects it in the edition
     * @param showDocument opens an address in the system browser
     */
    public EditionBuilderView(EditionBuilderViewModel viewModel, EditionOutputViewModel output,
                              Consumer<UUID> openStory, Consumer<String> showDocument) {
        this.viewModel = viewModel;
        this.output = output != null ? output
                : new EditionOutputViewModel(viewModel, Preferences.userNodeForPackage(EditionBuilderView.class));
        this.outputPane = new EditionOutputPane(this.output, openStory != null ? openStory : viewModel::focus,
                showDocument);
        root.getStyleClass().add("edition-builder");
        root.getStylesheets().add(EditionBuilderView.class.getResource("EditionBuilderView.css").toExternalForm());
        root.setTop(header());
        SplitPane split = new SplitPane(candidatePane(), editionPane(), outputPane.root());
        split.setDividerPositions(0.2, 0.5);
        root.setCenter(split);
        viewModel.sections().addListener((javafx.collections.ListChangeListener<EditionBuilderViewModel.SectionView>)
                change -> showSections());
        viewModel.focusedStoryProperty().addListener((o, was, now) -> selectFocused(now, false));
        showSections();
        if (viewModel.dateProperty().get() == null) {
            viewModel.open(LocalDate.now(viewModel.app().clock()));
        }
    }

    public Node root() {
        return root;
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
        counts.textProperty().bind(viewModel.countsProperty());
        Label status = new Label("Published");
        status.getStyleClass().add("published-badge");
        status.visibleProperty().bind(viewModel.publishedProperty());
        status.managedProperty().bind(viewModel.publishedProperty());
        Label message = new Label();
        message.setId("messageLabel");
        message.getStyleClass().add("message");
        message.textProperty().bind(viewModel.messageProperty());
        message.setMinWidth(0);
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
        candidateList.setPlaceholder(new Label("No approved stories wait for an edition."));
        candidateList.setCellFactory(list -> new StoryCell(false, 0));
        candidateList.setOnKeyPressed(event -> {
            Story story = candidateList.getSelectionModel().getSelectedItem();
            if (story != null && event.getCode() == KeyCode.ENTER && viewModel.canEditProperty().get()) {
                viewModel.place(story.id(), lastSectionName(), Integer.MAX_VALUE);
                event.consume();
            }
        });
        candidateList.setOnDragOver(event -> {
            if (acceptsDrop(event) && !isCandidate(storyIdOf(event.getDragboard()))) {
                event.acceptTransferModes(TransferMode.MOVE);
            }
            event.consume();
        });
        candidateList.setOnDragDropped(event -> {
            UUID id = storyIdOf(event.getDragboard());
            boolean done = id != null && !isCandidate(id);
            if (done) {
                viewModel.remove(id);
            }
            event.setDropCompleted(done);
            event.consume();
        });
        Label caption = new Label("Approved stories");
        caption.getStyleClass().add("pane-caption");
        Label hint = new Label("Drag into the edition, or select and press Enter.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
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
        TextField title = new TextField();
        title.setId("titleField");
        title.getStyleClass().add("edition-title");
        title.setPromptText("Edition title");
        title.textProperty().bindBidirectional(viewModel.titleProperty());
        title.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                viewModel.saveText();
            }
        });
        title.setOnAction(event -> viewModel.saveText());
        TextArea intro = new TextArea();
        intro.setId("introArea");
        intro.setPromptText("Intro: a few sentences to open the newsletter");
        intro.setWrapText(true);
        intro.setPrefRowCount(3);
        intro.textProperty().bindBidirectional(viewModel.introProperty());
        intro.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                viewModel.saveText();
            }
        });
        PauseTransition typing = new PauseTransition(Duration.millis(700));
        typing.setOnFinished(event -> viewModel.saveText());
        title.textProperty().addListener((o, was, now) -> {
            if (title.isFocused()) {
                typing.playFromStart();
            }
        });
        intro.textProperty().addListener((o, was, now) -> {
            if (intro.isFocused()) {
                typing.playFromStart();
            }
        });
        title.disableProperty().bind(viewModel.publishedProperty().or(viewModel.editionProperty().isNull()));
        intro.disableProperty().bind(title.disableProperty());

        sectionsBox.setId("sectionsBox");
        TextField newSection = new TextField();
        newSection.setId("newSectionField");
        newSection.setPromptText("New section name");
        newSection.disableProperty().bind(viewModel.canEditProperty().not());
        Button addSection = new Button("Add section");
        addSection.setId("addSectionButton");
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

        VBox content = new VBox(10, title, intro, hint, sectionsBox, sectionLine);
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
        list.setFixedCellSize(CELL_HEIGHT);
        list.setPrefHeight(Math.max(1, section.stories().size()) * CELL_HEIGHT + 4);
        list.setMinHeight(list.getPrefHeight());
        list.setPlaceholder(new Label("Drop stories here"));
        list.setCellFactory(view -> new StoryCell(true, firstNumber));
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            Story story = list.getSelectionModel().getSelectedItem();
            // A published edition still hears the keys, so that the view-model can say why nothing moves.
            if (story == null || (!viewModel.canEditProperty().get() && !viewModel.publishedProperty().get())) {
                return;
            }
            if (ALT_UP.match(event) || CTRL_UP.match(event)) {
                viewModel.moveUp(story.id());
                event.consume();
            } else if (ALT_DOWN.match(event) || CTRL_DOWN.match(event)) {
                viewModel.moveDown(story.id());
                event.consume();
            } else if (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) {
                viewModel.remove(story.id());
                event.consume();
            }
        });
        list.setOnDragOver(event -> {
            if (acceptsDrop(event)) {
                event.acceptTransferModes(TransferMode.MOVE);
            }
            event.consume();
        });
        list.setOnDragDropped(event -> {
            UUID id = storyIdOf(event.getDragboard());
            if (id != null) {
                drop(id, section.name(), section.stories(), section.stories().size());
            }
            event.setDropCompleted(id != null);
            event.consume();
        });
        return list;
    }

    /** Places a dropped story before the story at {@code before} in a section showing {@code shown}. */
    private void drop(UUID id, String section, List<Story> shown, int before) {
        int from = -1;
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id().equals(id)) {
                from = i;
            }
        }
        int position = from >= 0 && from < before ? before - 1 : before;
        viewModel.place(id, section, position);
    }

    private boolean acceptsDrop(DragEvent event) {
        return viewModel.canEditProperty().get() && event.getDragboard().hasContent(STORY_ID);
    }

    private static UUID storyIdOf(Dragboard dragboard) {
        Object id = dragboard.getContent(STORY_ID);
        try {
            return id == null ? null : UUID.fromString(id.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A story as a draggable line: headline, then outlet, author and words. */
    private class StoryCell extends ListCell<Story> {
        private final boolean inEdition;
        private final int firstNumber;

        StoryCell(boolean inEdition, int firstNumber) {
            this.inEdition = inEdition;
            this.firstNumber = firstNumber;
            getStyleClass().add("story-cell");
            // A zero preferred width lets the cell follow the list's width, so long headlines end in an ellipsis.
            setPrefWidth(0);
            setOnDragDetected(event -> {
                if (getItem() == null || !viewModel.canEditProperty().get()) {
                    return;
                }
                Dragboard dragboard = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.put(STORY_ID, getItem().id().toString());
                content.putString(getItem().headline());
                dragboard.setContent(content);
                dragboard.setDragView(snapshot(null, null));
                event.consume();
            });
            if (inEdition) {
                setOnDragOver(event -> {
                    if (acceptsDrop(event) && getItem() != null) {
                        event.acceptTransferModes(TransferMode.MOVE);
                        getStyleClass().add("drop-target");
                    }
                    event.consume();
                });
                setOnDragExited(event -> getStyleClass().removeAll("drop-target"));
                setOnDragDropped(event -> {
                    UUID id = storyIdOf(event.getDragboard());
                    ListView<Story> list = getListView();
                    if (id != null && getItem() != null) {
                        boolean lowerHalf = event.getY() > getHeight() / 2;
                        drop(id, (String) list.getUserData(), list.getItems(), getIndex() + (lowerHalf ? 1 : 0));
                    }
                    event.setDropCompleted(id != null);
                    event.consume();
                });
            }
        }

        @Override
        protected void updateItem(Story story, boolean empty) {
            super.updateItem(story, empty);
            if (empty || story == null) {
                setText(null);
                setGraphic(null);
                setContextMenu(null);
                return;
            }
            Label headline = new Label(story.headline().isBlank() ? "(no headline)" : story.headline());
            headline.getStyleClass().add("story-headline");
            List<String> facts = new ArrayList<>();
            if (story.outlet() != null && !story.outlet().isBlank()) {
                facts.add(story.outlet());
            }
            facts.add(story.author());
            facts.add(story.wordCount() + " words");
            if (!inEdition && story.section() != null && !story.section().isBlank()) {
                facts.add(story.section());
            }
            Label details = new Label(String.join(" · ", facts));
            details.getStyleClass().add("story-details");
            VBox box = new VBox(2, headline, details);
            box.setMinWidth(0);
            if (inEdition) {
                Label number = new Label((firstNumber + getIndex()) + ".");
                number.getStyleClass().add("story-number");
                number.setMinWidth(28);
                HBox line = new HBox(4, number, box);
                line.setAlignment(Pos.TOP_LEFT);
                setGraphic(line);
            } else {
                setGraphic(box);
            }
            setText(null);
            setContextMenu(menu(story));
        }

        private ContextMenu menu(Story story) {
            List<MenuItem> items = new ArrayList<>();
            if (inEdition) {
                MenuItem up = new MenuItem("Move up");
                up.setAccelerator(ALT_UP);
                up.setOnAction(event -> viewModel.moveUp(story.id()));
                MenuItem down = new MenuItem("Move down");
                down.setAccelerator(ALT_DOWN);
                down.setOnAction(event -> viewModel.moveDown(story.id()));
                items.add(up);
                items.add(down);
            }
            Menu to = new Menu(inEdition ? "Move to section" : "Add to section");
            for (EditionBuilderViewModel.SectionView section : viewModel.sections()) {
                MenuItem target = new MenuItem(section.name().isBlank() ? "(no section)" : section.name());
                target.setOnAction(event -> viewModel.place(story.id(), section.name(), Integer.MAX_VALUE));
                to.getItems().add(target);
            }
            items.add(to);
            if (inEdition) {
                MenuItem remove = new MenuItem("Take out of the edition");
                remove.setAccelerator(new KeyCodeCombination(KeyCode.DELETE));
                remove.setOnAction(event -> viewModel.remove(story.id()));
                items.add(new SeparatorMenuItem());
                items.add(remove);
            }
            ContextMenu menu = new ContextMenu(items.toArray(MenuItem[]::new));
            items.forEach(item -> item.disableProperty().bind(viewModel.canEditProperty().not()));
            return menu;
        }
    }
}
