package org.newsdesk.ui;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Story;
import org.newsdesk.store.PendingClip;
import org.newsdesk.model.User;
import org.newsdesk.store.SearchHit;
import org.newsdesk.ui.desk.SearchResultsView;
import org.newsdesk.ui.desk.StoryListView;
import org.newsdesk.ui.desk.StoryListViewModel;
import org.newsdesk.ui.editor.HistoryPanel;
import org.newsdesk.ui.editor.HistoryViewModel;
import org.newsdesk.ui.editor.QuoteFlag;
import org.newsdesk.ui.editor.StoryEditorView;
import org.newsdesk.ui.editor.StoryEditorViewModel;

/**
 * The main window: the menu bar, the header with search and clipping, the sidebar of desks, the desk's story list
 * or screen, and the story editor beside it. Later screens add desks in {@link Desks} and menu entries through
 * {@link #menu(String)}.
 */
public final class MainWindow implements DeskContext {
    @FXML private BorderPane windowRoot;
    @FXML private MenuBar menuBar;
    @FXML private Label brandLabel;
    @FXML private CustomTextField searchField;
    @FXML private ProgressIndicator clipProgress;
    @FXML private Button clipButton;
    @FXML private Button newStoryButton;
    @FXML private Label personLabel;
    @FXML private SplitPane mainSplit;
    @FXML private ListView<Desk> deskList;
    @FXML private SplitPane contentSplit;
    @FXML private StackPane deskArea;
    @FXML private Label statusLabel;
    @FXML private Label databaseLabel;

    private final Newsroom newsroom;
    private final Worker worker;
    private final User person;
    private final MachinePreferences preferences;
    private final Consumer<String> openLink;
    private final List<Desk> desks;
    private final StoryListViewModel listViewModel;
    private final StoryListView listView;
    private final StoryEditorViewModel editorViewModel;
    private final StoryEditorView editorView;
    private final SearchResultsView searchResults;
    private final ClipIn clipIn;
    private final Map<Desk, Integer> deskCounts = new HashMap<>();
    private final PauseTransition searchDelay = new PauseTransition(Duration.millis(250));
    private final PauseTransition noticeTimer = new PauseTransition(Duration.seconds(5));
    private NotificationPane notificationPane;
    private final Parent root;
    private Theme theme;
    /** The desk's own screen (review queue, builder…) when one is shown, else null. */
    private Node currentScreen;
    private double fontScale;

    public MainWindow(Newsroom newsroom, Worker worker, User person, MachinePreferences preferences,
                      Consumer<String> openLink) {
        this.newsroom = newsroom;
        this.worker = worker;
        this.person = person;
        this.preferences = preferences;
        this.openLink = openLink;
        this.desks = Desks.standard().stream().filter(desk -> desk.shownTo().test(person)).toList();
        this.listViewModel = new StoryListViewModel(newsroom, worker);
        this.listView = new StoryListView(listViewModel, story -> openStory(story.id()));
        this.editorViewModel = new StoryEditorViewModel(newsroom, worker, person);
        HistoryViewModel history = new HistoryViewModel(newsroom, worker, person);
        HistoryPanel historyPanel = new HistoryPanel(history, editorViewModel::saveThen,
                editorViewModel::replaceWith);
        this.editorView = new StoryEditorView(editorViewModel, historyPanel, openLink, this::confirmMisquotes,
                this::closeStory);
        this.searchResults = new SearchResultsView(this::openHit);
        this.clipIn = new ClipIn(this);
        this.theme = Theme.parse(preferences.text("theme", Theme.SYSTEM.name()));
        this.fontScale = preferences.number("fontScale", 1.0);
        this.root = Views.load(this);
    }

    @FXML
    private void initialize() {
        brandLabel.setGraphic(new FontIcon(Feather.FEATHER));
        brandLabel.setMinWidth(Region.USE_PREF_SIZE);
        searchField.setLeft(new FontIcon(Feather.SEARCH));
        clipButton.setGraphic(new FontIcon(Feather.LINK));
        newStoryButton.setGraphic(new FontIcon(Feather.PLUS));
        personLabel.setText(person.name() + " · " + person.role().label());
        personLabel.setGraphic(new FontIcon(Feather.USER));
        Path databasePath = newsroom.app().database().path();
        databaseLabel.setText(databasePath == null ? "Database in memory" : databasePath.toString());

        deskList.getItems().setAll(desks);
        deskList.setCellFactory(list -> new DeskCell());
        deskList.getSelectionModel().selectedItemProperty().addListener((observable, before, desk) -> {
            if (desk != null) {
                showDesk(desk);
            }
        });

        searchDelay.setOnFinished(done -> search(searchField.getText()));
        searchField.textProperty().addListener((observable, before, now) -> searchDelay.playFromStart());
        searchField.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.ESCAPE) {
                searchField.clear();
                listView.focusTable();
            } else if (key.getCode() == KeyCode.ENTER || key.getCode() == KeyCode.DOWN) {
                searchDelay.stop();
                search(searchField.getText());
                searchResults.focusResults();
            }
        });

        // A save changes a row of the list; only a change of status moves stories between desks.
        editorViewModel.onSaved(listViewModel::replace);
        editorViewModel.storyProperty().addListener((observable, before, story) -> {
            if (before != null && story != null && before.id().equals(story.id())
                    && before.status() != story.status()) {
                listViewModel.reload();
                refreshCounts();
            }
        });
        editorViewModel.messageProperty().addListener((observable, before, message) -> {
            if (message != null && !message.isBlank()) {
                statusLabel.setText(message);
            }
        });

        notificationPane = new NotificationPane(mainSplit);
        notificationPane.setId("notificationPane");
        notificationPane.setShowFromTop(true);
        notificationPane.getStyleClass().add(NotificationPane.STYLE_CLASS_DARK);
        noticeTimer.setOnFinished(done -> notificationPane.hide());
        windowRoot.setCenter(notificationPane);
        listView.setWordTarget(150, 250);
        editorView.setDark(theme.isDark());
        buildMenus();
        applyFontScale();
        Compact.whenNarrow(windowRoot, 70, clipButton, newStoryButton);
        Compact.whenNarrow(windowRoot, 58, personLabel);
        clipIn.acceptDrops(windowRoot);
    }

    private void buildMenus() {
        Menu file = new Menu("_File");
        file.getItems().addAll(
                item("_New story", "Shortcut+N", Feather.PLUS, this::onNewStory),
                item("_Clip article from a web address…", "Shortcut+L", Feather.LINK, this::onClipUrl),
                item("_Open a saved page…", "Shortcut+O", Feather.FOLDER, clipIn::askForFile),
                new SeparatorMenuItem(),
                item("_Save", "Shortcut+S", Feather.SAVE, editorView::saveNow),
                item("Close stor_y", "Shortcut+W", Feather.X, this::closeStory),
                new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Shift+Q", Feather.POWER, this::quit));
        Menu edit = new Menu("_Edit");
        edit.getItems().addAll(
                item("_Undo", "Shortcut+Z", Feather.CORNER_UP_LEFT, () -> focusedText().ifPresent(TextInputControl::undo)),
                item("_Redo", "Shortcut+Shift+Z", Feather.CORNER_UP_RIGHT, () -> focusedText().ifPresent(TextInputControl::redo)),
                new SeparatorMenuItem(),
                item("Cu_t", "Shortcut+X", Feather.SCISSORS, () -> focusedText().ifPresent(TextInputControl::cut)),
                item("_Copy", "Shortcut+C", Feather.COPY, () -> focusedText().ifPresent(TextInputControl::copy)),
                item("_Paste", "Shortcut+V", Feather.CLIPBOARD, () -> focusedText().ifPresent(TextInputControl::paste)),
                item("Select _all", "Shortcut+A", null, () -> focusedText().ifPresent(TextInputControl::selectAll)),
                new SeparatorMenuItem(),
                item("_Quote the selected passage", "Shortcut+Q", Feather.MESSAGE_CIRCLE, this::quoteSelection),
                item("_Search everything", "Shortcut+F", Feather.SEARCH, this::focusSearch),
                item("_Filter this desk", "Shortcut+Shift+F", Feather.FILTER, listView::focusFilter));
        Menu story = new Menu("_Story");
        story.getItems().addAll(
                item("_Submit for review", "Shortcut+Enter", Feather.SEND, editorView::onSubmit),
                item("_Withdraw", "Shortcut+Shift+W", Feather.CORNER_DOWN_LEFT, editorViewModel::withdraw),
                item("Check _quotations", "Shortcut+K", Feather.CHECK_SQUARE, this::checkQuotes),
                new SeparatorMenuItem(),
                item("_Approve", null, Feather.CHECK_CIRCLE, () -> screenAction(ScreenActions.APPROVE,
                        "To approve a story, pick it in the Review queue.", "Pick a story in the queue first.")),
                item("Re_turn to writer", null, Feather.CORNER_UP_LEFT, () -> screenAction(ScreenActions.RETURN,
                        "To return a story, pick it in the Review queue and say what should change.",
                        "Say what the writer should change in the box beside Return first.")),
                item("S_pike", null, Feather.TRASH_2, () -> screenAction(ScreenActions.SPIKE,
                        "To spike a story, pick it in the Review queue.", "Pick a story in the queue first.")),
                item("Pu_blish the edition…", null, Feather.GLOBE, () -> screenAction(ScreenActions.PUBLISH,
                        "To publish, open the edition in the Edition builder.",
                        "This edition cannot be published: it is empty or already published.")),
                new SeparatorMenuItem(),
                item("Go to _headline", "Shortcut+Shift+H", null, editorView::focusHeadline),
                item("Go to su_mmary", "Shortcut+Shift+M", null, editorView::focusBody),
                item("Comments and _revisions", "Shortcut+H", Feather.CLOCK, editorView::toggleHistory),
                item("Add a _comment…", "Shortcut+Shift+C", Feather.MESSAGE_SQUARE, editorView::writeComment),
                new SeparatorMenuItem(),
                item("Retry _pending clips", "Shortcut+R", Feather.REFRESH_CW, clipIn::retryPending));
        Menu view = new Menu("_View");
        for (int i = 0; i < desks.size() && i < 9; i++) {
            Desk desk = desks.get(i);
            view.getItems().add(item(desk.title(), "Shortcut+" + (i + 1), desk.icon(),
                    () -> deskList.getSelectionModel().select(desk)));
        }
        CheckMenuItem storyListItem = new CheckMenuItem("Show the story list");
        storyListItem.setSelected(true);
        storyListItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Backslash"));
        storyListItem.selectedProperty().addListener((observable, before, shown) -> showList(shown));
        Menu themes = new Menu("_Theme");
        ToggleGroup themeGroup = new ToggleGroup();
        for (Theme choice : Theme.values()) {
            RadioMenuItem themeItem = new RadioMenuItem(choice.label());
            themeItem.setToggleGroup(themeGroup);
            themeItem.setSelected(choice == theme);
            themeItem.setOnAction(click -> setTheme(choice));
            themes.getItems().add(themeItem);
        }
        MenuItem darkToggle = item("Switch _light or dark", "Shortcut+Shift+D", Feather.MOON, () -> {
            Theme next = theme.isDark() ? Theme.LIGHT : Theme.DARK;
            themeGroup.getToggles().get(next.ordinal()).setSelected(true);
            setTheme(next);
        });
        view.getItems().addAll(new SeparatorMenuItem(), storyListItem, themes, darkToggle, new SeparatorMenuItem(),
                item("_Bigger text", "Shortcut+Equals", Feather.ZOOM_IN, () -> scaleFont(fontScale + 0.25)),
                item("_Smaller text", "Shortcut+Minus", Feather.ZOOM_OUT, () -> scaleFont(fontScale - 0.25)),
                item("_Actual size", "Shortcut+0", null, () -> scaleFont(1.0)));
        Menu help = new Menu("_Help");
        help.getItems().addAll(
                item("_Keyboard shortcuts", "F1", Feather.COMMAND, this::showShortcuts),
                item("_About Newsdesk", "Shortcut+F1", Feather.INFO, this::showAbout));
        menuBar.getMenus().setAll(file, edit, story, view, help);
    }

    private static MenuItem item(String text, String shortcut, Ikon icon, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(true);
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        if (icon != null) {
            item.setGraphic(new FontIcon(icon));
        }
        item.setOnAction(click -> action.run());
        return item;
    }

    /**
     * The menu called {@code name}, added before Help when the bar has none yet: later screens hang their entries
     * here ("Newsroom", "Edition").
     */
    public Menu menu(String name) {
        for (Menu existing : menuBar.getMenus()) {
            if (existing.getText().replace("_", "").equals(name)) {
                return existing;
            }
        }
        Menu added = new Menu(name);
        menuBar.getMenus().add(Math.max(0, menuBar.getMenus().size() - 1), added);
        return added;
    }

    /**
     * Presses the current desk screen's own button for {@code action} (the review queue's Approve, the builder's
     * Publish…); says {@code elsewhere} when this desk has no such button, {@code disabled} when it is disabled.
     */
    private void screenAction(String action, String elsewhere, String disabled) {
        Optional<ButtonBase> button = ScreenActions.find(currentScreen, action);
        if (button.isEmpty()) {
            notice(elsewhere);
        } else if (button.get().isDisabled()) {
            notice(disabled);
        } else {
            button.get().fire();
        }
    }

    private Optional<TextInputControl> focusedText() {
        Scene scene = root.getScene();
        return scene != null && scene.getFocusOwner() instanceof TextInputControl text ? Optional.of(text)
                : Optional.empty();
    }

    /** Shows the window's content: the last desk (or the first) and the last open story. */
    public void start(Runnable whenShown) {
        String lastDesk = preferences.text("desk", "");
        Desk first = desks.stream().filter(desk -> desk.title().equals(lastDesk)).findFirst()
                .orElse(desks.get(0));
        deskList.getSelectionModel().select(first);
        refreshCounts();
        restoreDividers();
        Optional<UUID> lastStory = preferences.lastStory();
        if (lastStory.isPresent()) {
            showEditor();
            editorViewModel.open(lastStory.get(), () -> {
                if (editorViewModel.storyProperty().get() == null) {
                    hideEditor();
                    preferences.rememberStory(null);
                    statusLabel.setText("");
                }
                whenShown.run();
            });
        } else {
            whenListed(whenShown);
        }
    }

    private void whenListed(Runnable whenShown) {
        if (!listViewModel.loadingProperty().get()) {
            whenShown.run();
            return;
        }
        listViewModel.loadingProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> observable, Boolean before,
                                Boolean loading) {
                if (!loading) {
                    listViewModel.loadingProperty().removeListener(this);
                    whenShown.run();
                }
            }
        });
    }

    private void showDesk(Desk desk) {
        searchField.clear();
        preferences.rememberText("desk", desk.title());
        currentScreen = null;
        if (desk.listsStories()) {
            listView.show(desk);
            listViewModel.show(desk, person);
            deskArea.getChildren().setAll(listView);
        } else {
            Node screen = desk.screen().apply(this);
            currentScreen = screen;
            deskArea.getChildren().setAll(Cramped.scrollWhenCramped(screen));
        }
    }

    /** Counts each story desk's stories for the sidebar, off the FX thread. */
    private void refreshCounts() {
        List<Desk> storyDesks = desks.stream().filter(Desk::listsStories).toList();
        worker.run(() -> {
            Map<Desk, Integer> counts = new HashMap<>();
            for (Desk desk : storyDesks) {
                counts.put(desk, newsroom.count(desk.stories().get(), person));
            }
            return counts;
        }, counts -> {
            deskCounts.putAll(counts);
            deskList.refresh();
        }, error -> statusLabel.setText("Could not count the stories: " + error.getMessage()));
    }

    private void search(String query) {
        if (query == null || query.isBlank()) {
            Desk desk = deskList.getSelectionModel().getSelectedItem();
            if (desk != null && !deskArea.getChildren().contains(listView) && desk.listsStories()) {
                deskArea.getChildren().setAll(listView);
            } else if (desk != null && deskArea.getChildren().contains(searchResults)) {
                showDesk(desk);
            }
            return;
        }
        String asked = query.strip();
        worker.run(() -> newsroom.search(asked, 100), hits -> {
            if (asked.equals(searchField.getText().strip())) {
                searchResults.show(asked, hits);
                deskArea.getChildren().setAll(searchResults);
            }
        }, error -> statusLabel.setText("Could not search: " + error.getMessage()));
    }

    private void openHit(SearchHit hit) {
        if (hit.kind() == SearchHit.Kind.STORY) {
            openStory(hit.id());
            return;
        }
        worker.run(() -> new ClipHit(newsroom.clip(hit.id()), newsroom.storiesUsing(hit.id())), found -> {
            if (!found.usedBy().isEmpty()) {
                notice("This clip is already covered by \u201C" + found.usedBy().get(0).headline() + "\u201D.");
                openStory(found.usedBy().get(0).id());
            } else {
                found.clip().ifPresent(this::startStory);
            }
        }, error -> warning("Could not open the clip: " + error.getMessage()));
    }

    /** A clip found by search, with the stories that already summarise it. */
    private record ClipHit(Optional<Clip> clip, List<Story> usedBy) {
    }

    @Override
    public void openStory(UUID storyId) {
        Story open = editorViewModel.storyProperty().get();
        if (open != null && open.id().equals(storyId)) {
            showEditor();
            return;
        }
        editorViewModel.saveThen(() -> {
            editorView.autosave().cancel();
            showEditor();
            editorViewModel.open(storyId, () -> {
                Story opened = editorViewModel.storyProperty().get();
                preferences.rememberStory(opened == null ? null : opened.id());
            });
        });
    }

    /** Starts a story from a clip and opens it beside the desk. */
    public void startStory(Clip clip) {
        editorViewModel.saveThen(() -> {
            showEditor();
            editorViewModel.startFrom(clip, () -> {
                Story opened = editorViewModel.storyProperty().get();
                if (opened != null) {
                    preferences.rememberStory(opened.id());
                    listViewModel.reload();
                    refreshCounts();
                    editorView.focusHeadline();
                }
            });
        });
    }

    private void closeStory() {
        editorViewModel.saveThen(() -> {
            editorView.autosave().cancel();
            editorViewModel.close();
            preferences.rememberStory(null);
            hideEditor();
            listView.focusTable();
        });
    }

    private void showEditor() {
        if (!contentSplit.getItems().contains(editorView.root())) {
            contentSplit.getItems().add(editorView.root());
            contentSplit.setDividerPositions(preferences.number("split.content", 0.34));
        }
    }

    private void hideEditor() {
        if (contentSplit.getItems().contains(editorView.root())) {
            preferences.rememberNumber("split.content", contentSplit.getDividerPositions()[0]);
            contentSplit.getItems().remove(editorView.root());
        }
    }

    private void showList(boolean shown) {
        if (shown && !contentSplit.getItems().contains(deskArea)) {
            contentSplit.getItems().add(0, deskArea);
            contentSplit.setDividerPositions(preferences.number("split.content", 0.34));
        } else if (!shown && contentSplit.getItems().size() > 1) {
            preferences.rememberNumber("split.content", contentSplit.getDividerPositions()[0]);
            contentSplit.getItems().remove(deskArea);
        }
    }

    @FXML
    private void onNewStory() {
        startStoryWithoutClip();
    }

    /** Starts a story with no clip (a new idea) and opens it. */
    void startStoryWithoutClip() {
        startStoryAwaiting(null);
    }

    /**
     * Starts a story whose article waits in the offline queue ({@code pending}; null for none) and opens it; the
     * article joins the story once it is fetched.
     */
    void startStoryAwaiting(PendingClip pending) {
        editorViewModel.saveThen(() -> worker.run(() -> {
            Story created = newsroom.create(person.name(), "", "", List.of());
            if (pending != null) {
                newsroom.app().clipService().queue(pending.url(), created.id(), person.name());
            }
            return created;
        },
                created -> {
                    openStory(created.id());
                    listViewModel.reload();
                    refreshCounts();
                }, error -> warning("Could not start a story: " + error.getMessage())));
    }

    @FXML
    private void onClipUrl() {
        clipIn.askForUrl();
    }

    private void quoteSelection() {
        if (!editorView.quoteSelection()) {
            notice("Select a passage in the clip first, then press Ctrl+Q to quote it.");
        }
    }

    private void checkQuotes() {
        editorViewModel.checkQuotes();
        int count = editorViewModel.misquotes().size();
        notice(count == 0 ? "Every quotation is in the source." : count == 1
                ? "1 quotation is not in the source." : count + " quotations are not in the source.");
    }

    private void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    private boolean confirmMisquotes(List<QuoteFlag> flags) {
        StringBuilder listed = new StringBuilder();
        for (QuoteFlag flag : flags) {
            listed.append("\u2022 \u201C").append(flag.quote()).append("\u201D\n");
        }
        ButtonType submitAnyway = new ButtonType("Submit anyway", ButtonBar.ButtonData.OK_DONE);
        ButtonType keepEditing = new ButtonType("Keep editing", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, listed.toString().strip(), keepEditing, submitAnyway);
        alert.setTitle("Quotations not in the source");
        alert.setHeaderText(flags.size() == 1 ? "This quotation is not in the source:"
                : "These " + flags.size() + " quotations are not in the source:");
        alert.initOwner(window());
        return alert.showAndWait().filter(submitAnyway::equals).isPresent();
    }

    private void setTheme(Theme chosen) {
        theme = chosen;
        chosen.apply();
        editorView.setDark(chosen.isDark());
        preferences.rememberText("theme", chosen.name());
    }

    private void scaleFont(double scale) {
        fontScale = TextSize.clamp(scale);
        preferences.rememberNumber("fontScale", fontScale);
        applyFontScale();
    }

    private void applyFontScale() {
        TextSize.set(fontScale);
        TextSize.style(windowRoot);
        editorView.setTextScale(fontScale);
    }

    /** Every menu action that has a shortcut, menu by menu, in two aligned columns (shortcut, action). */
    private void showShortcuts() {
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setId("shortcutGrid");
        grid.getStyleClass().add("shortcut-grid");
        grid.setHgap(24);
        grid.setVgap(4);
        int row = 0;
        for (Menu menu : menuBar.getMenus()) {
            List<MenuItem> withKeys = menu.getItems().stream()
                    .filter(each -> each.getAccelerator() != null && each.getText() != null).toList();
            if (withKeys.isEmpty()) {
                continue;
            }
            Label caption = new Label(menu.getText().replace("_", ""));
            caption.getStyleClass().add("pane-caption");
            grid.add(caption, 0, row++, 2, 1);
            for (MenuItem each : withKeys) {
                Label keys = new Label(each.getAccelerator().getDisplayText());
                keys.getStyleClass().add("shortcut-keys");
                keys.setMinWidth(Region.USE_PREF_SIZE);
                grid.add(keys, 0, row);
                grid.add(new Label(each.getText().replace("_", "")), 1, row++);
            }
        }
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Every action, with its shortcut");
        alert.getDialogPane().setContent(scroll);
        alert.setResizable(true);
        alert.initOwner(window());
        alert.show();
    }

    private void showAbout() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION,
                "Newsdesk, the newsroom editor for digest newsletters.\n\nClip a source, write a 150–250 word"
                        + " summary beside it, and submit it for the day's edition.");
        alert.setTitle("About Newsdesk");
        alert.setHeaderText("Newsdesk " + Optional.ofNullable(MainWindow.class.getPackage().getImplementationVersion())
                .orElse(""));
        alert.initOwner(window());
        alert.show();
    }

    private void quit() {
        Window window = window();
        if (window != null) {
            window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST));
        }
    }

    /** Saves the open story and remembers the layout, then runs {@code then} (which closes the window). */
    public void closeThen(Runnable then) {
        editorView.autosave().cancel();
        rememberDividers();
        editorViewModel.saveThen(() -> {
            preferences.flush();
            then.run();
        });
    }

    private void restoreDividers() {
        editorView.historyShownProperty().set(preferences.number("history.shown", 0) > 0);
        editorView.historyShownProperty().addListener((observable, before, shown) ->
                preferences.rememberNumber("history.shown", shown ? 1 : 0));
        mainSplit.setDividerPositions(preferences.number("split.main", 0.15));
        editorView.split().setDividerPositions(preferences.number("split.editor", 0.42));
        editorView.bodySplit().setDividerPositions(preferences.number("split.body", 0.62));
    }

    private void rememberDividers() {
        preferences.rememberNumber("split.main", mainSplit.getDividerPositions()[0]);
        if (contentSplit.getItems().size() > 1) {
            preferences.rememberNumber("split.content", contentSplit.getDividerPositions()[0]);
        }
        preferences.rememberNumber("split.editor", editorView.split().getDividerPositions()[0]);
        preferences.rememberNumber("split.body", editorView.bodySplit().getDividerPositions()[0]);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    @Override
    public Newsroom newsroom() {
        return newsroom;
    }

    @Override
    public Worker worker() {
        return worker;
    }

    @Override
    public User person() {
        return person;
    }

    @Override
    public void openLink(String address) {
        openLink.accept(address);
    }

    @Override
    public void notice(String text) {
        statusLabel.setText(text);
        showNotification(text, false);
    }

    @Override
    public void warning(String text) {
        statusLabel.setText(text);
        showNotification(text, true);
    }

    private void showNotification(String text, boolean isWarning) {
        noticeTimer.stop();
        FontIcon icon = new FontIcon(isWarning ? Feather.ALERT_TRIANGLE : Feather.INFO);
        notificationPane.getStyleClass().removeAll("notice-warning", "notice-info");
        notificationPane.getStyleClass().add(isWarning ? "notice-warning" : "notice-info");
        notificationPane.show(text, icon);
        noticeTimer.setDuration(Duration.seconds(isWarning ? 9 : 5));
        noticeTimer.playFromStart();
    }

    /** Says what is going on in the status bar. */
    void status(String text) {
        statusLabel.setText(text);
    }

    /** Shows the busy spinner in the header while {@code busy}. */
    void showProgress(boolean busy) {
        clipProgress.setVisible(busy);
        clipProgress.setManaged(busy);
    }

    void refreshDesk() {
        listViewModel.reload();
        refreshCounts();
    }

    public Parent root() {
        return root;
    }

    public Theme theme() {
        return theme;
    }

    public StoryEditorViewModel editor() {
        return editorViewModel;
    }

    public StoryListViewModel storyList() {
        return listViewModel;
    }

    /** A desk in the sidebar: its icon, its title, and how many stories it holds. */
    private final class DeskCell extends ListCell<Desk> {
        @Override
        protected void updateItem(Desk desk, boolean empty) {
            super.updateItem(desk, empty);
            if (empty || desk == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label title = new Label(desk.title(), new FontIcon(desk.icon()));
            title.getStyleClass().add("desk-name");
            Region spring = new Region();
            HBox.setHgrow(spring, Priority.ALWAYS);
            HBox row = new HBox(8, title, spring);
            row.setAlignment(Pos.CENTER_LEFT);
            Integer count = deskCounts.get(desk);
            if (count != null && count > 0) {
                Label badge = new Label(Integer.toString(count));
                badge.getStyleClass().add("desk-count");
                row.getChildren().add(badge);
            }
            setAccessibleText(desk.title() + (count == null ? "" : ", " + count + " stories"));
            setText(null);
            setGraphic(row);
        }
    }
}
