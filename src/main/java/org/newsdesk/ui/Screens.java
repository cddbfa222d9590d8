package org.newsdesk.ui;

import java.time.Clock;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import org.newsdesk.App;
import org.newsdesk.app.BackupService;
import org.newsdesk.app.ClipService;
import org.newsdesk.app.DatabaseFile;
import org.newsdesk.app.DemoContent;
import org.newsdesk.app.EditionExportService;
import org.newsdesk.app.EditionService;
import org.newsdesk.app.FirstRun;
import org.newsdesk.app.IntegrityService;
import org.newsdesk.app.PeopleService;
import org.newsdesk.app.SearchService;
import org.newsdesk.app.SettingsService;
import org.newsdesk.app.StoryService;
import org.newsdesk.app.TeamService;
import org.newsdesk.app.WritingService;
import org.newsdesk.app.WireService;
import org.newsdesk.app.FeedService;
import org.newsdesk.app.FeedRefreshService;
import org.newsdesk.model.User;
import org.newsdesk.ui.desk.EditionsView;
import org.newsdesk.ui.desk.PendingClipsView;
import org.newsdesk.ui.desk.StoryListViewModel;
import org.newsdesk.ui.edition.EditionBuilderView;
import org.newsdesk.ui.edition.EditionBuilderViewModel;
import org.newsdesk.ui.edition.EditionOutputViewModel;
import org.newsdesk.ui.editor.HistoryViewModel;
import org.newsdesk.ui.editor.ProofreadingViewModel;
import org.newsdesk.ui.editor.StoryEditorViewModel;
import org.newsdesk.ui.review.ReviewQueueView;
import org.newsdesk.ui.review.ReviewQueueViewModel;
import org.newsdesk.ui.settings.SettingsViewModel;
import org.newsdesk.ui.wire.FeedsViewModel;
import org.newsdesk.ui.wire.WireView;
import org.newsdesk.ui.wire.WireViewModel;

/**
 * The desktop app's half of the composition root: takes the services from {@link App} once, and builds each
 * screen's view-model with only the services that screen calls and the worker. Every screen is wired here, in
 * one method each; nothing else in {@code ui} sees {@code App}.
 */
public final class Screens {
    private final Worker worker;
    private final Clock clock;
    private final StoryService stories;
    private final ClipService clips;
    private final EditionService editions;
    private final EditionExportService export;
    private final IntegrityService integrity;
    private final SettingsService settings;
    private final PeopleService people;
    private final SearchService search;
    private final DemoContent demo;
    private final FirstRun firstRun;
    private final DatabaseFile file;
    private final BackupService backups;
    private final TeamService team;
    private final WritingService writing;
    private final Worker proofreadingWorker;
    private final WireService wire;
    private final FeedService feedService;
    private final FeedRefreshService feedRefresh;
    private final org.newsdesk.app.StoryPackageService packages;

    public Screens(App app, Worker worker) {
        // LanguageTool takes seconds to load: on a thread of its own, so it never delays a save
        this(app, worker, worker instanceof FxWorker ? new FxWorker("newsdesk-proofreader") : worker);
    }

    /** @param proofreadingWorker runs the spelling, grammar and style checks (apart from the writer thread) */
    public Screens(App app, Worker worker, Worker proofreadingWorker) {
        this.worker = worker;
        this.proofreadingWorker = proofreadingWorker;
        this.writing = app.writing();
        this.clock = app.clock();
        this.stories = app.storyService();
        this.clips = app.clipService();
        this.editions = app.editionService();
        this.export = app.editionExport();
        this.integrity = app.integrity();
        this.settings = app.settingsService();
        this.people = app.people();
        this.search = app.search();
        this.demo = app.demo();
        this.firstRun = app.firstRun();
        this.file = app.file();
        this.backups = app.backups();
        this.team = app.teamService();
        this.wire = app.wireService();
        this.feedService = app.feedService();
        this.feedRefresh = app.feedRefresh();
        this.packages = app.packages();
    }

    /** Opening a story package from the desktop, as {@code person}. */
    public PackageOpening packageOpening(User person) {
        return new PackageOpening(packages, worker, person.name());
    }

    public Worker worker() {
        return worker;
    }

    public StoryListViewModel storyList() {
        return new StoryListViewModel(stories, worker);
    }

    public StoryEditorViewModel storyEditor(User person) {
        return new StoryEditorViewModel(stories, clips, editions, settings, integrity, worker, person);
    }

    /** The marks of the editor's (or the review queue's) text: spelling, grammar, house style, quotes, copies. */
    public ProofreadingViewModel proofreading() {
        return new ProofreadingViewModel(writing, integrity, proofreadingWorker);
    }

    public HistoryViewModel history(User person) {
        return new HistoryViewModel(stories, worker, person);
    }

    public MainWindowViewModel mainWindow(User person) {
        return new MainWindowViewModel(stories, clips, editions, search, worker, person);
    }

    public Node reviewQueue(DeskContext context) {
        ReviewQueueViewModel queue = new ReviewQueueViewModel(stories, clips, worker, context.person());
        context.onNewsroomChange(java.util.Set.of("story"), queue::refresh);
        return new ReviewQueueView(queue, proofreading(), clock).root();
    }

    public Node editionBuilder(DeskContext context) {
        EditionBuilderViewModel builder = new EditionBuilderViewModel(editions, stories, clock, worker,
                context.person());
        EditionOutputViewModel output = new EditionOutputViewModel(export, integrity, stories, settings, builder,
                Preferences.userNodeForPackage(EditionBuilderView.class), proofreadingWorker);
        return new EditionBuilderView(builder, output, proofreading(), context::openStory, context::openLink).root();
    }

    public Node editions(DeskContext context) {
        return new EditionsView(editions, context, day -> openEdition(context, day));
    }

    /**
     * Opens the edition of {@code day} in a window of its own: its sections, its preview and its files, exported
     * again with one click. A published edition is frozen there as everywhere.
     */
    public void openEdition(DeskContext context, java.time.LocalDate day) {
        EditionBuilderViewModel builder = new EditionBuilderViewModel(editions, stories, clock, worker,
                context.person());
        builder.open(day);
        EditionOutputViewModel output = new EditionOutputViewModel(export, integrity, stories, settings, builder,
                Preferences.userNodeForPackage(EditionBuilderView.class), proofreadingWorker);
        EditionBuilderView view = new EditionBuilderView(builder, output, proofreading(), context::openStory,
                context::openLink);
        javafx.stage.Stage stage = new javafx.stage.Stage();
        stage.setTitle("Edition of " + TimeLabels.date(day));
        javafx.scene.Parent root = (javafx.scene.Parent) view.root();
        root.setId("editionWindow");
        root.getProperties().put(EditionBuilderView.class, view);
        // as big as the text size asks, within the screen; a window that cannot hold it scrolls
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double scale = Math.max(1, TextSize.scale());
        stage.setScene(new javafx.scene.Scene(Cramped.scrollWhenCramped(root),
                Math.min(1180 * scale, screen.getWidth()), Math.min(760 * scale, screen.getHeight())));
        stage.getScene().getAccelerators().put(javafx.scene.input.KeyCombination.keyCombination("Shortcut+W"),
                stage::close);
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.show();
        view.showPreview();
    }

    public Node pendingClips(DeskContext context) {
        return new PendingClipsView(clips, context);
    }

    /** The status bar's team line and live notices. */
    public TeamStatusViewModel teamStatus() {
        return new TeamStatusViewModel(team, worker);
    }

    /** The story editor's line saying who else has the open story open (team mode). */
    public StoryPresenceViewModel storyPresence() {
        return new StoryPresenceViewModel(team, worker);
    }

    /** The person this desk is in its team, when the newsroom is part of one (reads the file: not on the FX thread). */
    public java.util.Optional<String> teamPerson() {
        return team.person();
    }

    /** Settings › Team: create, join, people. */
    public org.newsdesk.ui.settings.TeamSettingsViewModel teamSettings(String actor) {
        return new org.newsdesk.ui.settings.TeamSettingsViewModel(team, worker, actor);
    }

    public Node wire(DeskContext context) {
        WireViewModel viewModel = wireDesk(context.person());
        viewModel.onChanged(context::countsChanged);
        context.onNewsroomChange(java.util.Set.of("wire", "feed", "watch"), viewModel::load);
        return WireView.forDesk(viewModel, context::openStory);
    }

    /** The Wire desk's view-model, also what keeps the wire fetched in the background for the sidebar's count. */
    public WireViewModel wireDesk(User person) {
        WireViewModel viewModel = new WireViewModel(wire, feedService, feedRefresh, worker);
        viewModel.personProperty().set(person.name());
        return viewModel;
    }

    /** New items the watch-list matches, for the Wire desk's count in the sidebar (slow work: off the FX thread). */
    public int newWireItems() {
        return wire.newMatchingCount();
    }

    public FeedsViewModel feeds(String actor) {
        FeedsViewModel viewModel = new FeedsViewModel(feedService, wire, feedRefresh, worker);
        viewModel.personProperty().set(actor);
        return viewModel;
    }

    public SettingsViewModel settings(String actor) {
        return new SettingsViewModel(settings, people, demo, backups, file, worker, actor);
    }

    /** Settings › Writing: the spelling language, the rules switched off and the newsroom dictionary. */
    public org.newsdesk.ui.settings.WritingSettingsViewModel writingSettings(String actor) {
        return new org.newsdesk.ui.settings.WritingSettingsViewModel(settings, writing, worker, actor);
    }


    /** Who may sit at the desk, for choosing the person when the window opens. */
    public PeopleService people() {
        return people;
    }

    public FirstRun firstRunService() {
        return firstRun;
    }

    public DatabaseFile file() {
        return file;
    }
}
