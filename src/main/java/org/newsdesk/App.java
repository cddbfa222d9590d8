package org.newsdesk;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.newsdesk.app.BackupService;
import org.newsdesk.app.ClipService;
import org.newsdesk.app.DemoNewsroom;
import org.newsdesk.app.EditionExportService;
import org.newsdesk.app.EditionService;
import org.newsdesk.app.FirstRun;
import org.newsdesk.app.IntegrityService;
import org.newsdesk.app.PeopleService;
import org.newsdesk.app.SettingsService;
import org.newsdesk.app.StoryPackageService;
import org.newsdesk.app.StoryService;
import org.newsdesk.app.WireService;
import org.newsdesk.clip.Extractor;
import org.newsdesk.clip.Fetcher;
import org.newsdesk.export.EditionRenderer;
import org.newsdesk.feed.FeedFetcher;
import org.newsdesk.feed.FeedParser;
import org.newsdesk.store.AuditStore;
import org.newsdesk.store.ClipStore;
import org.newsdesk.store.CommentStore;
import org.newsdesk.store.Database;
import org.newsdesk.store.EditionStore;
import org.newsdesk.store.OutletStore;
import org.newsdesk.store.PendingClipStore;
import org.newsdesk.store.RevisionStore;
import org.newsdesk.store.SearchIndex;
import org.newsdesk.store.SettingsStore;
import org.newsdesk.store.StoryStore;
import org.newsdesk.store.UserStore;
import org.newsdesk.store.WireStore;

/** Builds every object of a running newsroom with {@code new}, in one place; the UI and the CLI share it. */
public final class App implements AutoCloseable {
    private final Database database;
    private final Clock clock;
    private final StoryStore stories;
    private final ClipStore clips;
    private final OutletStore outlets;
    private final EditionStore editions;
    private final RevisionStore revisions;
    private final CommentStore comments;
    private final UserStore users;
    private final AuditStore audit;
    private final SettingsStore settings;
    private final SearchIndex search;
    private final StoryPackageService packages;
    private final PeopleService people;
    private final StoryService storyService;
    private final EditionService editionService;
    private final IntegrityService integrity;
    private final EditionExportService editionExport;
    private final ClipService clipService;
    private final SettingsService settingsService;
    private final DemoNewsroom demo;
    private final FirstRun firstRun;
    /** Fetching feeds: never the writer thread, so a slow site never delays a save. */
    private final ExecutorService network = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "newsdesk-network");
        thread.setDaemon(true);
        return thread;
    });
    private final WireService wireService;

    public App(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.stories = new StoryStore(database, clock);
        this.clips = new ClipStore(database);
        this.outlets = new OutletStore(database);
        this.editions = new EditionStore(database);
        this.revisions = new RevisionStore(database, clock);
        this.comments = new CommentStore(database, clock);
        this.users = new UserStore(database, clock);
        this.audit = new AuditStore(database, clock);
        this.settings = new SettingsStore(database);
        this.search = new SearchIndex(database);
        this.packages = new StoryPackageService(database, stories, clips, outlets, users, revisions, audit, clock);
        this.people = new PeopleService(database, users, audit);
        this.storyService = new StoryService(database, stories, revisions, comments, audit, people, clock);
        this.editionService = new EditionService(database, editions, stories, storyService, audit, people, clock);
        this.integrity = new IntegrityService(stories, clips, outlets, editions, settings);
        this.clipService = new ClipService(database, new Fetcher(), new Extractor(), clips, outlets, stories,
                new PendingClipStore(database), audit, clock);
        this.editionExport = new EditionExportService(editions, stories, clips, outlets, settings, audit,
                new EditionRenderer());
        this.settingsService = new SettingsService(database, settings, outlets, audit);
        this.demo = new DemoNewsroom(database, stories, clips, outlets, editions, settings, audit, clock);
        this.firstRun = new FirstRun(database, people, demo);
        this.wireService = new WireService(database, new WireStore(database), outlets, clipService, storyService,
                audit, clock, new FeedFetcher(), new FeedParser(), network);
    }

    /** Opens the database at {@code path} and builds the newsroom on it. */
    public static App open(Path path) {
        return new App(Database.open(path), Clock.systemUTC());
    }

    /** Opens the database at {@code path} for reading only, beside a desktop app that has it open for writing. */
    public static App openReadOnly(Path path) {
        return new App(Database.openReadOnly(path), Clock.systemUTC());
    }

    public Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    public StoryStore stories() {
        return stories;
    }

    public ClipStore clips() {
        return clips;
    }

    public OutletStore outlets() {
        return outlets;
    }

    public EditionStore editions() {
        return editions;
    }

    public RevisionStore revisions() {
        return revisions;
    }

    public CommentStore comments() {
        return comments;
    }

    public UserStore users() {
        return users;
    }

    public AuditStore audit() {
        return audit;
    }

    public SettingsStore settings() {
        return settings;
    }

    public SearchIndex search() {
        return search;
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

    public DemoNewsroom demo() {
        return demo;
    }

    public FirstRun firstRun() {
        return firstRun;
    }

    public WireService wireService() {
        return wireService;
    }

    /** Backups of this database (a database in memory has none: each call then says so). */
    public BackupService backups() {
        return new BackupService(database, clock);
    }

    @Override
    public void close() {
        network.shutdownNow();
        database.close();
    }
}
