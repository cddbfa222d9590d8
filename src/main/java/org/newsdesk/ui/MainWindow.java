package org.newsdesk.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.controlsfx.control.textfield.CustomTextField;
import org.fxmisc.richtext.GenericStyledArea;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Story;
import org.newsdesk.model.PendingClip;
import org.newsdesk.model.User;
import org.newsdesk.ui.desk.StoryListView;
import org.newsdesk.ui.desk.StoryListViewModel;
import org.newsdesk.ui.editor.HistoryView;
import org.newsdesk.ui.editor.HistoryViewModel;
import org.newsdesk.ui.editor.QuoteFlag;
import org.newsdesk.ui.editor.StoryEditorView;
import org.newsdesk.ui.editor.StoryEditorViewModel;
import org.newsdesk.ui.wire.WireViewModel;

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
    @FXML private Label teamLabel;

    private final MainWindowViewModel viewModel;
    private final TeamStatusViewModel teamStatus;
    private Desk shownDesk;
    private final Worker worker;
    private final String databaseName;
    private final User person;
    private final MachinePreferences preferences;
    private final Consumer<String> openLink;
    private final List<Desk> desks;
    private final StoryListViewModel listViewModel;
    private final StoryListView listView;
    private final StoryEditorViewModel editorViewModel;
    private final StoryEditorView editorView;
    private final ClipIn clipIn;
    private final Parent root;
    private final java.util.function.Supplier<org.newsdesk.app.DatabaseFile.Changes> lookForChanges;
    private ChangeWatch changeWatch;
    private final java.util.function.Supplier<List<User>> everyone;
    private Consumer<User> switchPerson = next -> { };
    /** Fetches the wire's due feeds every minute, so the Wire desk's count stays current. */
    private final javafx.animation.Timeline wirePoll;
    private SearchBox search;
    private Notifications notifications;
    private WindowLayout layout;
    private MainMenus menus;
    private DeskSidebar sidebar;
    /** The desk's own screen (review queue, builder…) when one is shown, else null. */
    private Node currentScreen;

    public MainWindow(Screens screens, User person, MachinePreferences preferences, Consumer<String> openLink) {
        this.viewModel = screens.mainWindow(person);
        this.teamStatus = screens.teamStatus();
        this.worker = screens.worker();
        Path databasePath = screens.file().path();
        this.databaseName = databasePath == null ? "Database in memory" : databasePath.toString();
        this.lookForChanges = screens.file()::changes;
        this.everyone = screens.people()::all;
        this.person = person;
        this.preferences = preferences;
        this.openLink = openLink;
        this.desks = Desks.standard(screens).stream().filter(desk -> desk.shownTo().test(person)).toList();
        this.listViewModel = screens.storyList();
        this.listView = new StoryListView(listViewModel, story -> openStory(story.id()));
        // Column widths are kept per desk, as shares of the table's width, so they come back when a story closes.
        listView.rememberColumnsWith(key -> preferences.text(key, ""), preferences::rememberText);
        this.editorViewModel = screens.storyEditor(person);
        HistoryViewModel history = screens.history(person);
        HistoryView historyPanel = new HistoryView(history, editorViewModel::saveThen,
                editorViewModel::replaceWith);
        this.editorView = new StoryEditorView(editorViewModel, screens.proofreading(), historyPanel, openLink,
                this::confirmMisquotes, this::closeStory);
        this.clipIn = new ClipIn(this);
        this.root = Views.load(this);
        this.wirePoll = new javafx.animation.Timeline(new javafx.animation.KeyFrame(javafx.util.Duration.minutes(1),
                tick -> { }));
        if (!screens.file().isReadOnly()) {
            WireViewModel wire = screens.wireDesk(person);
            wirePoll.getKeyFrames().setAll(new javafx.animation.KeyFrame(javafx.util.Duration.minutes(1), tick -> {
                if (root.getScene() == null || root.getScene().getWindow() == null
                        || !root.getScene().getWindow().isShowing()) {
                    wirePoll.stop();
                    return;
                }
                wire.fetchDue(this::refreshCounts);
            }));
        }
        wirePoll.setCycleCount(javafx.animation.Animation.INDEFINITE);
    }

    @FXML
    private void initialize() {
        brandLabel.setGraphic(new FontIcon(Feather.FEATHER));
        brandLabel.setMinWidth(Region.USE_PREF_SIZE);
        clipButton.setGraphic(new FontIcon(Feather.LINK));
        newStoryButton.setGraphic(new FontIcon(Feather.PLUS));
        personLabel.setText(person.name() + " · " + person.role().label());
        personLabel.setGraphic(new FontIcon(Feather.USER));
        // On a shared computer the name opens a menu of the newsroom's people: choosing one switches the desk.
        personLabel.setCursor(javafx.scene.Cursor.HAND);
        personLabel.setTooltip(new javafx.scene.control.Tooltip("Switch person"));
        personLabel.setOnMouseClicked(click -> showPeopleMenu());
        personLabel.setFocusTraversable(true);
        personLabel.setOnKeyPressed(key -> {
            if (key.getCode() == javafx.scene.input.KeyCode.ENTER || key.getCode() == javafx.scene.input.KeyCode.SPACE) {
                showPeopleMenu();
            }
        });
        // the file's name, whole at any text size; where it is, in the tooltip
        databaseLabel.setText(String.valueOf(Path.of(databaseName).getFileName()));
        databaseLabel.setTooltip(new javafx.scene.control.Tooltip(databaseName));

        sidebar = new DeskSidebar(deskList, desks, viewModel, this::showDesk);
        searchField.setPromptText("Search every story and clip  (" + Shortcuts.text(Shortcuts.SEARCH) + ")");
        search = new SearchBox(this, searchField, deskArea, listView, sidebar);


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

        notifications = new Notifications(statusLabel, mainSplit);
        windowRoot.setCenter(notifications.node());
        listView.setWordTarget(150, 250);
        layout = new WindowLayout(preferences, windowRoot, mainSplit, contentSplit, deskArea, editorView);
        layout.coverDeskWhen(() -> shownDesk != null && !shownDesk.listsStories());
        menus = new MainMenus(this, menuBar);
        menus.build(desks);
        Compact.whenNarrow(windowRoot, 70, clipButton, newStoryButton);
        Compact.whenNarrow(windowRoot, 58, personLabel);
        clipIn.acceptDrops(windowRoot);
        showTeam();
    }

    /** Team mode: the status line, and colleagues' changes as notices with the desks brought up to date. */
    private void showTeam() {
        teamLabel.textProperty().bind(teamStatus.statusProperty());
        javafx.scene.control.Tooltip details = new javafx.scene.control.Tooltip();
        details.textProperty().bind(teamStatus.problemProperty());
        teamLabel.tooltipProperty().bind(javafx.beans.binding.Bindings.when(teamStatus.problemProperty().isEmpty())
                .then((javafx.scene.control.Tooltip) null).otherwise(details));
        teamStatus.onNotices(notices -> {
            notifications.notice(notices.get(notices.size() - 1).text());
            listViewModel.reload();
            refreshCounts();
        });
        editorViewModel.storyProperty().addListener((observable, before, story) -> {
            boolean sameStory = before != null && story != null && before.id().equals(story.id());
            if (before != null && !sameStory) {
                teamStatus.storyOpened(before.id(), false, others -> { });
            }
            if (story != null && !sameStory) {
                String headline = story.headline();
                teamStatus.storyOpened(story.id(), true, others -> notifications.notice(String.join(", ", others)
                        + (others.size() == 1 ? " also has " : " also have ") + "\u201c" + headline
                        + "\u201d open."));
            }
        });
        teamStatus.start();
    }

    /**
     * The menu called {@code name}, added before Help when the bar has none yet: later screens hang their entries
     * here ("Newsroom", "Edition").
     */
    public Menu menu(String name) {
        return menus.menu(name);
    }

    /** Runs an edit action on the focused text control: a plain one, or the summary's RichTextFX area. */
    void onFocused(Consumer<TextInputControl> plain, Consumer<GenericStyledArea<?, ?, ?>> rich) {
        Scene scene = root.getScene();
        Object focused = scene == null ? null : scene.getFocusOwner();
        if (focused instanceof TextInputControl text) {
            plain.accept(text);
        } else if (focused instanceof GenericStyledArea<?, ?, ?> area) {
            rich.accept(area);
        }
    }

    Optional<TextInputControl> focusedText() {
        Scene scene = root.getScene();
        return scene != null && scene.getFocusOwner() instanceof TextInputControl text ? Optional.of(text)
                : Optional.empty();
    }

    /** Shows the window's content: the last desk (or the first) and the last open story. */
    public void start(Runnable whenShown) {
        String lastDesk = preferences.text("desk", "");
        Desk first = desks.stream().filter(desk -> desk.title().equals(lastDesk)).findFirst()
                .orElse(desks.get(0));
        sidebar.choose(first);
        refreshCounts();
        // Counts follow every change: a publish on another screen, a command-line import, another process.
        changeWatch = new ChangeWatch(lookForChanges, change -> {
            refreshCounts();
            if (change.outside() && sidebar.chosen() != null && sidebar.chosen().listsStories()) {
                listViewModel.reload();
            }
        });
        wirePoll.play();
        layout.restore();
        Optional<UUID> lastStory = preferences.lastStory();
        if (lastStory.isPresent()) {
            layout.showEditor();
            editorViewModel.open(lastStory.get(), () -> {
                if (editorViewModel.storyProperty().get() == null) {
                    layout.hideEditor();
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

    void showDesk(Desk desk) {
        search.clear();
        shownDesk = desk;
        // picking a desk shows it: a story that covered a screen desk steps aside (it stays open)
        layout.uncoverDesk();
        if (!desk.listsStories()) {
            layout.hideEditor();
        }
        preferences.rememberText("desk", desk.title());
        layout.deskShown(desk.title(), desk.listsStories());
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
        sidebar.refreshCounts(statusLabel::setText);
    }

    /** Opens what the view-model says opening something leads to. */
    void follow(MainWindowViewModel.Opening opening) {
        if (opening instanceof MainWindowViewModel.Opening.ExistingStory existing) {
            if (!existing.notice().isEmpty()) {
                notice(existing.notice());
            }
            openStory(existing.storyId());
        } else if (opening instanceof MainWindowViewModel.Opening.NewStory fresh) {
            startStory(fresh.clip());
        }
    }

    void selectDesk(Desk desk) {
        sidebar.choose(desk);
    }

    void focusFilter() {
        listView.focusFilter();
    }

    /**
     * Presses the current desk screen's own button for {@code action} (the review queue's Approve, the builder's
     * Publish…); says {@code elsewhere} when this desk has no such button, {@code disabled} when it is disabled.
     */
    void screenAction(String action, String elsewhere, String disabled) {
        Optional<ButtonBase> button = ScreenActions.find(currentScreen, action);
        if (button.isEmpty()) {
            notice(elsewhere);
        } else if (button.get().isDisabled()) {
            notice(disabled);
        } else {
            button.get().fire();
        }
    }

    MainWindowViewModel viewModel() {
        return viewModel;
    }

    @Override
    public void openStory(UUID storyId) {
        Story open = editorViewModel.storyProperty().get();
        if (open != null && open.id().equals(storyId)) {
            layout.showEditor();
            return;
        }
        editorViewModel.saveThen(() -> {
            editorView.autosave().cancel();
            layout.showEditor();
            editorViewModel.open(storyId, () -> {
                Story opened = editorViewModel.storyProperty().get();
                preferences.rememberStory(opened == null ? null : opened.id());
            });
        });
    }

    /** Starts a story from a clip and opens it beside the desk. */
    public void startStory(Clip clip) {
        editorViewModel.saveThen(() -> {
            layout.showEditor();
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

    void closeStory() {
        editorViewModel.saveThen(() -> {
            editorView.autosave().cancel();
            editorViewModel.close();
            preferences.rememberStory(null);
            layout.hideEditor();
            listView.focusTable();
        });
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
        editorViewModel.saveThen(() -> viewModel.startStory(pending,
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

    void focusSearch() {
        search.focus();
    }

    private boolean confirmMisquotes(List<QuoteFlag> flags) {
        return MisquoteDialog.submitAnyway(flags, window());
    }

    void quit() {
        Window window = window();
        if (window != null) {
            window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST));
        }
    }

    /** Saves the open story and remembers the layout, then runs {@code then} (which closes the window). */
    public void closeThen(Runnable then) {
        stopWatching();
        wirePoll.stop();
        editorView.autosave().cancel();
        layout.remember();
        editorViewModel.saveThen(() -> {
            preferences.flush();
            then.run();
        });
    }

    /** What choosing another person does (the application opens the window again as them). */
    public void onSwitchPerson(Consumer<User> switchTo) {
        this.switchPerson = switchTo;
        Menu people = new Menu("Switch _person");
        people.setId("switchPersonMenu");
        people.setOnShowing(showing -> fillPeople(people.getItems(), () -> { }));
        people.getItems().add(new MenuItem("…"));
        menu("Newsroom").getItems().add(people);
    }

    private void showPeopleMenu() {
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu();
        menu.setId("peopleMenu");
        fillPeople(menu.getItems(), () -> menu.show(personLabel, javafx.geometry.Side.BOTTOM, 0, 4));
    }

    /** Fills {@code items} with the newsroom's people (read off the FX thread); the person at the desk is ticked. */
    private void fillPeople(javafx.collections.ObservableList<MenuItem> items, Runnable then) {
        worker.run(everyone::get, people -> {
            items.clear();
            for (User other : people) {
                javafx.scene.control.CheckMenuItem item = new javafx.scene.control.CheckMenuItem(
                        other.name() + " \u00B7 " + other.role().label());
                item.setSelected(other.name().equals(person.name()));
                item.setOnAction(click -> {
                    if (!other.name().equals(person.name())) {
                        switchPerson.accept(other);
                    } else {
                        item.setSelected(true);
                    }
                });
                items.add(item);
            }
            then.run();
        }, error -> warning("Could not read the newsroom's people: " + error.getMessage()));
    }

    /** Stops looking for changes to the newsroom (the window is closing). */
    public void stopWatching() {
        if (changeWatch != null) {
            changeWatch.close();
        }
    }

    /** The number the sidebar shows beside the desk called {@code title}, or null when it shows none. */
    public Integer deskCount(String title) {
        return desks.stream().filter(desk -> desk.title().equals(title)).findFirst().map(sidebar::count)
                .orElse(null);
    }

    Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
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
        notifications.notice(text);
    }

    @Override
    public void warning(String text) {
        notifications.warning(text);
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
        return layout.theme();
    }

    WindowLayout layout() {
        return layout;
    }

    ClipIn clipIn() {
        return clipIn;
    }

    StoryEditorView editorView() {
        return editorView;
    }

    /** The desks this person sees, in the sidebar's order. */
    List<Desk> desks() {
        return desks;
    }

    public StoryEditorViewModel editor() {
        return editorViewModel;
    }

    public StoryListViewModel storyList() {
        return listViewModel;
    }
}
