package org.newsdesk;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
import org.newsdesk.app.WritingService;
import org.newsdesk.app.StoryPackageService;
import org.newsdesk.app.StoryService;
import org.newsdesk.app.TeamService;
import org.newsdesk.app.WireService;
import org.newsdesk.app.FeedService;
import org.newsdesk.app.FeedRefreshService;
import org.newsdesk.clip.Extractor;
import org.newsdesk.clip.Fetcher;
import org.newsdesk.export.EditionRenderer;
import org.newsdesk.integrity.StoryChecker;
import org.newsdesk.store.DictionaryStore;
import org.newsdesk.feed.FeedFetcher;
import org.newsdesk.feed.FeedParser;
import org.newsdesk.store.Database;
import org.newsdesk.store.ReplicaStore;
import org.newsdesk.store.Stores;
import org.newsdesk.sync.TeamSync;
import org.newsdesk.store.WireStore;

/**
 * The composition root: builds every store and service of a running newsroom with {@code new}, in one place. The
 * desktop app's {@code ui.Screens} and the command line take the services they need from here once; nothing passes
 * an {@code App} around.
 */
public final class App implements AutoCloseable {
    private final Database database;
    private final Clock clock;
    private final Stores stores;
    private final WritingService writing;
    private final StoryPackageService packages;
    private final PeopleService people;
    private final StoryService storyService;
    private final EditionService editionService;
    private final IntegrityService integrity;
    private final EditionExportService editionExport;
    private final ClipService clipService;
    private final SettingsService settingsService;
    private final SearchService search;
    private final DemoContent demo;
    private final FirstRun firstRun;
    /** Fetching feeds: never the writer thread, so a slow site never delays a save. */
    private final ExecutorService network = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "newsdesk-network");
        thread.setDaemon(true);
        return thread;
    });
    private final WireService wireService;
    private final FeedService feedService;
    private final FeedRefreshService feedRefresh;
    private final DatabaseFile file;
    private final TeamSync team;
    private final TeamService teamService;

    public App(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        Stores s = Stores.of(database, clock);
        this.stores = s;
        this.packages = new StoryPackageService(database, s.stories(), s.clips(), s.outlets(), s.users(),
                s.revisions(), s.audit(), clock);
        this.people = new PeopleService(database, s.users(), s.audit());
        this.storyService = new StoryService(database, s.stories(), s.revisions(), s.comments(), s.audit(), people,
                clock);
        this.editionService = new EditionService(database, s.editions(), s.stories(), s.settings(), storyService,
                s.audit(), people, clock);
        this.writing = new WritingService(database, s.settings(), new DictionaryStore(database, clock), s.audit(),
                people);
        this.integrity = new IntegrityService(s.stories(), s.clips(), s.outlets(), s.editions(), s.settings(),
                new StoryChecker(), writing);
        this.clipService = new ClipService(database, new Fetcher(), new Extractor(), s.clips(), s.outlets(),
                s.stories(), s.pendingClips(), s.audit(), clock);
        this.editionExport = new EditionExportService(s.editions(), s.stories(), s.clips(), s.outlets(),
                s.settings(), s.audit(), new EditionRenderer());
        this.settingsService = new SettingsService(database, s.settings(), s.outlets(), s.audit(), people);
        this.search = new SearchService(s.search());
        this.demo = new DemoContent(database, s.stories(), s.clips(), s.outlets(), s.editions(), s.settings(),
                s.audit(), clock);
        this.firstRun = new FirstRun(database, people, demo);
        WireStore wire = new WireStore(database);
        FeedFetcher feedFetcher = new FeedFetcher(); // one, so at most one request at a time per host
        FeedParser feedParser = new FeedParser();
        this.wireService = new WireService(database, wire, s.outlets(), clipService, storyService, s.audit(), clock,
                people);
        this.feedRefresh = new FeedRefreshService(database, wire, clock, feedFetcher, feedParser, network);
        this.feedService = new FeedService(database, wire, s.outlets(), s.audit(), clock, feedFetcher, feedParser,
                feedRefresh, people);
        this.file = new DatabaseFile(database);
        this.team = new TeamSync(new ReplicaStore(database), s.revisions(), clock);
        this.teamService = new TeamService(team, database);
    }

    /** Opens the database at {@code path} and builds the newsroom on it. */
    public static App open(Path path) {
        return new App(Database.open(path), Clock.systemUTC());
    }

    /** Opens the database at {@code path} for reading only, beside a desktop app that has it open for writing. */
    public static App openReadOnly(Path path) {
        return new App(Database.openReadOnly(path), Clock.systemUTC());
    }

    /** Team mode: this file's link to a team newsroom on PostgreSQL, push and pull. */
    public TeamSync team() {
        return team;
    }

    /** Team mode for the desktop app: live sync while the window is open, and its notices. */
    public TeamService teamService() {
        return teamService;
    }

    /** Spelling, grammar, house style and the newsroom dictionary. */
    public WritingService writing() {
        return writing;
    }

    public Clock clock() {
        return clock;
    }

    /** The stores, for the command line's reports and for tests; screens use the services instead. */
    public Stores stores() {
        return stores;
    }

    public StoryPackageService packages() {
        return packages;
    }

    public PeopleService people() {
        return people;
    }

    public StoryService storyService() {
        return storyService;
    }

    public EditionService editionService() {
        return editionService;
    }

    public IntegrityService integrity() {
        return integrity;
    }

    public EditionExportService editionExport() {
        return editionExport;
    }

    public ClipService clipService() {
        return clipService;
    }

    public SettingsService settingsService() {
        return settingsService;
    }

    public SearchService search() {
        return search;
    }

    public DemoContent demo() {
        return demo;
    }

    public FirstRun firstRun() {
        return firstRun;
    }

    public WireService wireService() {
        return wireService;
    }

    public FeedService feedService() {
        return feedService;
    }

    public FeedRefreshService feedRefresh() {
        return feedRefresh;
    }

    /** Where the file is and whether it is read-only. */
    public DatabaseFile file() {
        return file;
    }

    /** Backups of this database (a database in memory has none: each call then says so). */
    public BackupService backups() {
        return new BackupService(database, clock);
    }

    @Override
    public void close() {
        teamService.close();
        writing.release();
        network.shutdownNow();
        database.close();
    }
}
