package org.newsdesk.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.App;
import org.newsdesk.app.WireClip;
import org.newsdesk.app.WireEntry;
import org.newsdesk.app.WireFilter;
import org.newsdesk.clip.LocalSite;
import org.newsdesk.model.DictionaryWord;
import org.newsdesk.model.Feed;
import org.newsdesk.model.Outlet;
import org.newsdesk.model.Role;
import org.newsdesk.model.WatchTerm;
import org.newsdesk.model.WireItemState;
import org.newsdesk.store.Database;
import org.newsdesk.store.ReplicaStore;
import org.newsdesk.store.WireStore;
import org.newsdesk.workflow.WorkflowException;

/**
 * The wire desk in team mode: subscriptions and the watch-list are the newsroom's, every desk fetches the feeds
 * itself, and who dismissed or clipped an item reaches every desk, so two writers do not summarise the same story.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class WireSharingTest {
    private static final String ARTICLE = """
            <html lang="en"><head><title>%s</title><meta name="author" content="Priya Raman"></head>
            <body><article><h1>%s</h1>
            <p>The city's police chief stepped down on Tuesday after an outside audit found that overtime pay had
            been approved without review for three years, costing taxpayers an estimated $4 million.</p>
            <p>The mayor said an interim chief would be named within the week and that the audit's
            recommendations would be adopted in full.</p></article></body></html>
            """;

    @TempDir
    Path folder;
    private TeamFixture team;
    private LocalSite site;
    private final List<AutoCloseable> open = new ArrayList<>();
    private App ed;
    private TeamServer edServer;
    private Feed feed;

    @BeforeEach
    void aNewsroomFollowingTheMetroLedger() throws Exception {
        team = TeamFixture.empty();
        site = new LocalSite();
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\">"
                + "<channel><title>Metro Ledger</title><link>" + site.url("/") + "</link><description>d</description>");
        String[] headlines = {"Police chief resigns amid audit", "Jail deaths draw inquiry", "Parole board meets"};
        for (int i = 0; i < headlines.length; i++) {
            site.page("/news/" + i, "text/html", ARTICLE.formatted(headlines[i], headlines[i]));
            rss.append("<item><title>").append(headlines[i]).append("</title><link>").append(site.url("/news/" + i))
                    .append("</link><guid>ledger-").append(i).append("</guid><pubDate>Tue, 11 Jun 2024 1")
                    .append(i).append(":00:00 GMT</pubDate><description>Teaser.</description></item>");
        }
        site.page("/rss", "application/rss+xml", rss.append("</channel></rss>").toString());
        site.page("/other", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                + "<title>Other</title><link>" + site.url("/") + "</link><description>d</description></channel></rss>");

        ed = desk("ed");
        ed.people().welcome("Ed");
        for (String writer : List.of("Wendy", "Wade", "Nora")) {
            ed.people().add("Ed", writer, Role.WRITER);
        }
        feed = ed.feedService().subscribe(site.url("/rss"), "Metro Ledger", "Ed");
        ed.wireService().watch("audit", null, "Ed");
        edServer = server(team.connectAdmin());
        ed.team().create(edServer, "Ed", team.writerRole, team.editorRole);
    }

    private App desk(String name) {
        App app = new App(Database.open(folder.resolve(name + ".db")), Clock.systemUTC());
        open.add(app);
        return app;
    }

    private TeamServer server(TeamServer server) {
        open.add(server);
        return server;
    }

    /** A writer of the newsroom joins on a new file, choosing their password at the first connection. */
    private Joined join(String person) {
        String login = person.toLowerCase() + "_" + team.suffix;
        team.registerLogin(login);
        String oneTimePassword = ed.team().setPerson(edServer, person, "WRITER", login);
        App app = desk(person);
        TeamServer connection = server(team.firstLogin(login, oneTimePassword));
        app.team().join(connection);
        return new Joined(app, connection);
    }

    private record Joined(App app, TeamServer server) {
        TeamSync.Report sync() {
            return app.team().sync(server);
        }

        WireEntry item(String headline) {
            return app.wireService().items(new WireFilter(false, false, "", true, 100)).stream()
                    .filter(entry -> entry.item().headline().equals(headline)).findFirst().orElseThrow();
        }
    }

    @AfterEach
    void close() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
        if (site != null) {
            site.close();
        }
        if (team != null) {
            team.close();
        }
    }

    @Test
    void aJoinedWriterFollowsTheNewsroomsFeedsAndWatchWordsAndFetchesThemHerself() {
        Joined wendy = join("Wendy");

        List<Feed> feeds = wendy.app().feedService().feeds();
        assertEquals(List.of(site.url("/rss")), feeds.stream().map(Feed::url).toList());
        assertEquals("Metro Ledger", feeds.get(0).outlet());
        assertEquals(List.of("audit"), wendy.app().wireService().watchList().stream().map(WatchTerm::term).toList());
        assertTrue(wendy.app().wireService().items(WireFilter.all()).isEmpty(), "items are not copied between desks");

        wendy.app().feedRefresh().refresh(true);
        assertEquals(3, wendy.app().wireService().items(WireFilter.all()).size());
        assertEquals(1, wendy.app().wireService().newMatchingCount(), "the newsroom's watch-word marks its item");
    }

    @Test
    void anItemOneWriterClipsShowsWhoTookItOnEveryDeskEvenOneThatFetchesItLater() {
        Joined wendy = join("Wendy");
        Joined wade = join("Wade");
        wendy.app().feedRefresh().refresh(true);
        wade.app().feedRefresh().refresh(true);

        WireClip taken = wendy.app().wireService().clip(wendy.item("Police chief resigns amid audit").item().id(),
                "Wendy");
        wendy.sync();
        wade.sync();

        WireEntry onWadesDesk = wade.item("Police chief resigns amid audit");
        assertEquals(WireItemState.CLIPPED, onWadesDesk.item().state());
        assertEquals("Wendy", onWadesDesk.item().takenBy());
        WireClip again = wade.app().wireService().clip(onWadesDesk.item().id(), "Wade");
        assertTrue(again.alreadyCovered(), "Wade is sent to Wendy's story instead of starting a second one");
        assertEquals(taken.story().id(), again.story().id());
        assertEquals("Wendy", again.takenBy());

        Joined nora = join("Nora");
        nora.app().feedRefresh().refresh(true);
        WireEntry onNorasDesk = nora.item("Police chief resigns amid audit");
        assertEquals(WireItemState.CLIPPED, onNorasDesk.item().state(), "fetched after the clip, it arrives taken");
        assertEquals("Wendy", onNorasDesk.item().takenBy());
        assertEquals(WireItemState.NEW, nora.item("Jail deaths draw inquiry").item().state());
    }

    @Test
    void twoWritersClippingTheSameItemOfflineMeetOneTakerAndTheOtherIsTold() {
        Joined wendy = join("Wendy");
        Joined wade = join("Wade");
        wendy.app().feedRefresh().refresh(true);
        wade.app().feedRefresh().refresh(true);

        WireClip wades = wade.app().wireService().clip(wade.item("Jail deaths draw inquiry").item().id(), "Wade");
        wendy.app().wireService().clip(wendy.item("Jail deaths draw inquiry").item().id(), "Wendy");
        wendy.sync();
        TeamSync.Report wadeSynced = wade.sync();

        assertTrue(wadeSynced.conflicts().stream().anyMatch(text -> text.contains("Jail deaths draw inquiry")
                && text.contains("Wendy already clipped this item")), wadeSynced.conflicts().toString());
        assertEquals("Wendy", wade.item("Jail deaths draw inquiry").item().takenBy());
        assertTrue(wade.app().storyService().find(wades.story().id()).isPresent(), "Wade's own draft stays his");
        assertEquals(0, wadeSynced.waiting());
        wendy.sync();
        assertEquals("Wendy", wendy.item("Jail deaths draw inquiry").item().takenBy());
    }

    @Test
    void aDismissalReachesEveryDeskAndOnlyEditorsChangeWhatTheNewsroomFollows() throws Exception {
        Joined wendy = join("Wendy");
        Joined wade = join("Wade");
        wendy.app().feedRefresh().refresh(true);
        wade.app().feedRefresh().refresh(true);

        wade.app().wireService().dismiss(wade.item("Parole board meets").item().id(), "Wade");
        wade.sync();
        wendy.sync();
        assertEquals(WireItemState.DISMISSED, wendy.item("Parole board meets").item().state());

        String rule = "Only editors change the newsroom's feeds and watch-list.";
        assertEquals(rule, org.junit.jupiter.api.Assertions.assertThrows(WorkflowException.class,
                () -> wendy.app().feedService().subscribe(site.url("/other"), null, "Wendy")).getMessage());
        assertEquals(rule, org.junit.jupiter.api.Assertions.assertThrows(WorkflowException.class,
                () -> wendy.app().wireService().watch("parole", null, "Wendy")).getMessage());
        // A desk that gets round its own rules (an older build, a hand-edited file) meets the server's.
        WireStore wendysWire = new WireStore(wendy.app().stores().database());
        wendysWire.insertFeed(Feed.subscribe(site.url("/other"), null, null, null, java.time.Instant.now()));
        wendysWire.addTerm(new WatchTerm(java.util.UUID.randomUUID(), "parole", null), java.time.Instant.now());
        TeamSync.Report refused = wendy.sync();
        assertTrue(refused.conflicts().stream().anyMatch(t -> t.contains("Only editors add or remove the newsroom's"
                + " feeds.")), refused.conflicts().toString());
        assertTrue(refused.conflicts().stream().anyMatch(t -> t.contains("Only editors change the newsroom's"
                + " watch-list.")), refused.conflicts().toString());
        assertEquals(0, refused.waiting());
        ed.team().sync(edServer);
        assertEquals(1, ed.feedService().feeds().size(), "a writer's feed stays on her desk only");

        ed.feedService().unsubscribe(feed.id(), "Ed");
        ed.wireService().unwatch("audit", null, "Ed");
        ed.team().sync(edServer);
        wade.sync();
        assertTrue(wade.app().feedService().feeds().isEmpty());
        assertTrue(wade.app().wireService().watchList().isEmpty());
        try (Connection sql = team.sqlAs(team.admin)) {
            assertEquals(NewsroomContent.ofServer(sql), NewsroomContent.ofReplica(
                    new ReplicaStore(ed.stores().database())), "the editor's file and the newsroom agree");
        }
    }

    @Test
    void aWritersDeskMayAddANewOutletButNotChangeOneNorTakeAnothersDomain() {
        Joined wendy = join("Wendy");
        ed.stores().outlets().save(new Outlet("Courier", "The Courier", List.of("courier.example")));
        ed.team().sync(edServer);

        // What a feed follow or a package import does on her desk, before she has pulled Ed's new outlet.
        wendy.app().stores().outlets().save(new Outlet("Valley Voice", "Valley Voice", List.of("voice.example")));
        wendy.app().stores().outlets().save(new Outlet("Courier Weekly", "Courier Weekly", List.of("courier.example")));
        wendy.app().stores().outlets().save(new Outlet("Metro Ledger", "Wendy's Ledger", List.of()));
        TeamSync.Report report = wendy.sync();

        assertTrue(report.conflicts().stream().anyMatch(t -> t.contains("A writer adds a new outlet only on a domain"
                + " no other outlet has. It stays on this desk only.")), report.conflicts().toString());
        assertTrue(report.conflicts().stream().anyMatch(t -> t.contains("Only editors change or delete an existing"
                + " outlet; a writer may only add a new one.")), report.conflicts().toString());
        assertEquals(0, report.waiting());
        assertEquals("Metro Ledger", wendy.app().stores().outlets().find("Metro Ledger").orElseThrow().attribution(),
                "the newsroom's outlet comes back to her desk");
        ed.team().sync(edServer);
        assertTrue(ed.stores().outlets().find("Valley Voice").isPresent(), "a new outlet reaches the newsroom");
        assertTrue(ed.stores().outlets().find("Courier Weekly").isEmpty());
        assertEquals("Metro Ledger", ed.stores().outlets().find("Metro Ledger").orElseThrow().attribution());
    }

    @Test
    void theNewsroomDictionaryIsSharedWritersAddWordsAndOnlyEditorsTakeThemOut() {
        Joined wendy = join("Wendy");
        wendy.app().writing().addToDictionary("Wendy", "Raman");
        wendy.sync();
        ed.team().sync(edServer);
        assertEquals(List.of("Raman"), ed.writing().dictionary().stream().map(DictionaryWord::word).toList());

        assertEquals("Only editors remove words from the newsroom dictionary.", org.junit.jupiter.api.Assertions
                .assertThrows(WorkflowException.class, () -> wendy.app().writing().removeFromDictionary("Wendy",
                        "Raman")).getMessage());
        // A desk that gets round its own rules (an older build, a hand-edited file) meets the server's.
        new org.newsdesk.store.DictionaryStore(wendy.app().stores().database(), java.time.Clock.systemUTC())
                .remove("Raman");
        TeamSync.Report refused = wendy.sync();
        assertTrue(refused.conflicts().stream().anyMatch(t -> t.contains("Only editors take words out of the"
                + " newsroom dictionary.")), refused.conflicts().toString());
        assertEquals(List.of("Raman"), wendy.app().writing().dictionary().stream().map(DictionaryWord::word).toList(),
                "the word comes back to her desk");

        ed.writing().removeFromDictionary("Ed", "Raman");
        ed.team().sync(edServer);
        wendy.sync();
        assertFalse(wendy.app().writing().dictionary().stream().anyMatch(w -> w.word().equals("Raman")));
    }
}
