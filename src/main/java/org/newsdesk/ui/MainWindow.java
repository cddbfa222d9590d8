package org.newsdesk.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsdesk.model.Clip;
import org.newsdesk.model.PendingClip;
import org.newsdesk.model.User;
import org.newsdesk.ui.desk.StoryListView;
import org.newsdesk.ui.desk.StoryListViewModel;
import org.newsdesk.ui.editor.HistoryView;
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
    @FXML private Label teamLabel;

    private final MainWindowViewModel viewModel;
    private final TeamStatusViewModel teamStatus;
    private final StoryPresenceViewModel presence;
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
    private final WirePoll wirePoll;
    private SearchBox search;
    private Notifications notifications;
    private WindowLayout layout;
    private MainMenus menus;
    private DeskSidebar sidebar;
    private PeopleMenu people;
    private StoryOpening opening;
    private DeskPane deskPane;

    public MainWindow(Screens screens, User person, MachinePreferences preferences, Consumer<String> openLink) {
        this.viewModel = screens.mainWindow(person);
        this.teamStatus = screens.teamStatus();
        this.presence = screens.storyPresence();
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
        this.wirePoll = new WirePoll(screens.file().isReadOnly() ? null : screens.wireDesk(person),
                () -> root.getScene() != null && root.getScene().getWindow() != null
                        && root.getScene().getWindow().isShowing(), this::refreshCounts);
    }

    @FXML
    private void initialize() {
        brandLabel.setGraphic(new FontIcon(Feather.FEATHER));
        brandLabel.setMinWidth(Region.USE_PREF_SIZE);
        clipButton.setGraphic(new FontIcon(Feather.LINK));
        newStoryButton.setGraphic(new FontIcon(Feather.PLUS));
        people = new PeopleMenu(personLabel, person, everyone, worker, this::warning);
        // the file's name, whole at any text size; where it is, in the tooltip
        databaseLabel.setText(String.valueOf(Path.of(databaseName).getFileName()));
        databaseLabel.setTooltip(new javafx.scene.control.Tooltip(databaseName));

        sidebar = new DeskSidebar(deskList, desks, viewModel, this::showDesk);
        searchField.setPromptText("Search every story and clip  (" + Shortcuts.text(Shortcuts.SEARCH) + ")");
        search = new SearchBox(this, searchField, deskArea, listView, sidebar);
        editorViewModel.messageProperty().addListener((observable, before, message) -> {
            if (message != null && !message.isBlank()) {
                statusLabel.setText(message);
            }
        });

        notifications = new Notifications(statusLabel, mainSplit);
        windowRoot.setCenter(notifications.node());
        listView.setWordTarget(150, 250);
        layout = new WindowLayout(preferences, windowRoot, mainSplit, contentSplit, deskArea, editorView);
        deskPane = new DeskPane(deskArea, listView, listViewModel, layout, preferences, this, search::clear);
        opening = new StoryOpening(viewModel, editorViewModel, editorView, listViewModel, listView, preferences, layout,
                this::refreshCounts, this::warning);
        menus = new MainMenus(this, menuBar);
        menus.build(desks);
        Compact.whenNarrow(windowRoot, 70, clipButton, newStoryButton);
        Compact.whenNarrow(windowRoot, 58, personLabel);
        clipIn.acceptDrops(windowRoot);
        TeamStatusLine.show(teamLabel, teamStatus, notifications, this::refreshDesk, kinds -> {
            refreshCounts();
            deskPane.changedElsewhere(kinds);
        });
        presence.follow(editorViewModel.storyProperty());
        editorView.showAlsoOpen(presence.alsoOpenProperty());
    }

    /**
     * The menu called {@code name}, added before Help when the bar has none yet: later screens hang their entries
     * here ("Newsroom", "Edition").
     */
    public Menu menu(String name) {
        return menus.menu(name);
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
            if (change.outside()) {
                deskPane.changedElsewhere(null);
            }
        });
        wirePoll.play();
        layout.restore();
        if (!opening.reopenLast(() -> statusLabel.setText(""), whenShown)) {
            deskPane.whenListed(whenShown);
        }
    }

    void showDesk(Desk desk) {
        deskPane.show(desk);
    }

    /** Counts each story desk's stories for the sidebar, off the FX thread. */
    private void refreshCounts() {
        sidebar.refreshCounts(statusLabel::setText);
    }

    @Override
    public void countsChanged() {
        refreshCounts();
    }

    @Override
    public void onNewsroomChange(java.util.Set<String> kinds, Runnable refresh) {
        deskPane.onNewsroomChange(kinds, refresh);
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
        deskPane.screenAction(action, elsewhere, disabled);
    }

    MainWindowViewModel viewModel() {
        return viewModel;
    }

    @Override
    public void openStory(UUID storyId) {
        opening.open(storyId);
    }

    /** Starts a story from a clip and opens it beside the desk. */
    public void startStory(Clip clip) {
        opening.start(clip);
    }

    void closeStory() {
        opening.close();
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
        opening.startAwaiting(pending);
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
        people.onSwitchPerson(switchTo, menu("Newsroom"));
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
