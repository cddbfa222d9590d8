package org.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.control.TextArea;
import org.fxmisc.richtext.StyleClassedTextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.App;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;
import org.newsdesk.store.Database;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The writer's main path through the real window, headless: first run, clip, write, autosave, close, reopen, submit. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class WritersDeskTest {
    @TempDir
    Path folder;

    private Path databaseFile;
    private MachinePreferences preferences;
    private Stage firstStage;
    private App app;
    private FxWorker worker;
    private final AtomicReference<MainWindow> window = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        firstStage = stage;
    }

    @BeforeEach
    void openNewsroom() {
        databaseFile = folder.resolve("desk.db");
        preferences = new MachinePreferences(Preferences.userRoot().node("org/newsdesk/test/" + UUID.randomUUID()));
    }

    @AfterEach
    void closeNewsroom() {
        preferences.clear();
        if (worker != null) {
            worker.close();
        }
        if (app != null) {
            app.close();
        }
    }

    private void showApp(FxRobot robot, Stage stage) throws TimeoutException {
        app = new App(Database.open(databaseFile), Clock.systemUTC());
        worker = new FxWorker();
        window.set(null);
        robot.interact(() -> NewsdeskApplication.show(stage, new Screens(app, worker), preferences, link -> { },
                window::set));
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    private static final String ARTICLE = """
            <!DOCTYPE html><html lang="en"><head>
            <title>Jail Deaths Climb as Medical Care Lags | The Example Times</title>
            <meta property="og:site_name" content="The Example Times">
            <meta property="og:title" content="Jail Deaths Climb as Medical Care Lags">
            <meta name="author" content="Jamie Reporter">
            <meta property="article:published_time" content="2026-11-20T09:00:00Z">
            </head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <article><h1>Jail Deaths Climb as Medical Care Lags</h1><p class="byline">By Jamie Reporter</p>
            <p>Deaths in local jails have climbed for the third year in a row, with many of them linked to untreated
            medical conditions and to drug withdrawal in the first days after arrest, according to records from
            forty counties reviewed by The Example Times.</p>
            <p>Wardens say they cannot hire enough nurses. "We are trying to do more with less," one warden said in
            an interview this week, adding that the county had cut its medical contract twice since the pandemic.</p>
            <p>Advocates for people held in jail said the figures understate the problem, because several counties
            did not report deaths that happened in hospitals after a transfer from the jail.</p>
            <p>State lawmakers are weighing a bill that would require every county to report deaths within thirty
            days and to publish the findings of each medical review, a measure sheriffs have opposed.</p>
            </article><footer>Copyright The Example Times</footer></body></html>
            """;

    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    private String serveArticle() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/2026/11/jail-deaths", exchange -> {
            byte[] page = ARTICLE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/2026/11/jail-deaths";
    }

    private void clipThroughTheDialog(FxRobot robot, String url) throws TimeoutException {
        robot.clickOn("#clipButton");
        waitUntil(() -> robot.lookup("#clipUrlField").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#clipUrlField").queryAs(TextField.class).setText(url));
        robot.clickOn("OK");
    }

    @Test
    void aWriterClipsAPageWritesASummaryThatSurvivesClosingTheAppAndSubmitsIt(FxRobot robot) throws Exception {
        String url = serveArticle();
        showApp(robot, firstStage);
        waitUntil(() -> robot.lookup("#nameField").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#nameField").queryAs(TextField.class).setText("Maya Chen");
            robot.lookup("#demoCheckBox").queryAs(javafx.scene.control.CheckBox.class).setSelected(false);
        });
        robot.clickOn("#startButton");
        waitUntil(() -> window.get() != null);
        assertEquals("Maya Chen", preferences.lastPerson().orElseThrow());

        clipThroughTheDialog(robot, url);
        waitUntil(() -> robot.lookup("#clipTitleLabel").tryQuery()
                .map(label -> ((Label) label).getText().equals("Jail Deaths Climb as Medical Care Lags"))
                .orElse(false) && robot.lookup("#headlineField").queryAs(TextArea.class).isEditable());
        assertTrue(robot.lookup("#clipTextArea").queryAs(TextArea.class).getText().contains("do more with less"));
        // The whole article was kept: the pane says how sure the clipper was, and asks for no check.
        assertTrue(robot.lookup("#clipMetaLabel").queryAs(Label.class).getText().contains("confidence 70 %"),
                robot.lookup("#clipMetaLabel").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#clipConfidenceLabel").query().isVisible());
        assertEquals("the Example Times reports", robot.lookup("#attributionField").queryAs(TextField.class).getText());

        robot.clickOn("#headlineField").write("Jail deaths climb as care lags");
        robot.clickOn("#bodyArea").write("Deaths in jails rose again. ");
        robot.interact(() -> robot.lookup("#bodyArea").queryAs(StyleClassedTextArea.class).appendText(
                "A warden said \u201Cwe are trying to do more with less\u201D and called the cuts \"a disgrace to the whole county\". "
                + "Counties report late, the Example Times reports. ".repeat(20)));
        waitUntil(() -> robot.lookup("#gaugeLabel").queryAs(Label.class).getText().startsWith("166 words"));
        assertTrue(robot.lookup("#gaugeLabel").queryAs(Label.class).getText().contains("on target"));
        waitUntil(() -> robot.lookup("#misquoteBox").query().isVisible());
        assertEquals("1 quotation is not in the source", robot.lookup("#misquoteTitle").queryAs(Label.class).getText());

        // Autosave: the text is in the database about a second after typing stops, with no save command.
        UUID storyId = window.get().editor().storyProperty().get().id();
        waitUntil(() -> app.stores().stories().find(storyId).orElseThrow().body().startsWith("Deaths in jails rose again. A"));
        robot.clickOn("#bodyArea").push(KeyCode.CONTROL, KeyCode.END).write("More.");

        robot.interact(() -> firstStage.fireEvent(new WindowEvent(firstStage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil(() -> !firstStage.isShowing());
        Story saved = app.stores().stories().find(storyId).orElseThrow();
        assertTrue(saved.body().endsWith("More."), saved.body());
        assertEquals("The Example Times", saved.outlet());
        worker.close();
        app.close();

        AtomicReference<Stage> secondStage = new AtomicReference<>();
        robot.interact(() -> secondStage.set(new Stage()));
        showApp(robot, secondStage.get());
        waitUntil(() -> window.get() != null && window.get().editor().storyProperty().get() != null);
        assertEquals("Jail deaths climb as care lags", robot.lookup("#headlineField").queryAs(TextArea.class).getText());
        assertTrue(robot.lookup("#bodyArea").queryAs(StyleClassedTextArea.class).getText().endsWith("More."));
        assertTrue(robot.lookup("#misquoteBox").query().isVisible());

        robot.clickOn("#submitButton");
        waitUntil(() -> robot.lookup("Submit anyway").tryQuery().isPresent());
        robot.clickOn("Submit anyway");
        waitUntil(() -> app.stores().stories().find(storyId).orElseThrow().status() == StoryStatus.SUBMITTED);

        // The same article again: a notice says who covered it, and that story opens instead of a new one.
        clipThroughTheDialog(robot, url + "?utm_source=newsletter");
        waitUntil(() -> robot.lookup("#statusLabel").queryAs(Label.class).getText().startsWith("Already covered"));
        assertEquals(1, app.stores().stories().count());
        robot.interact(() -> secondStage.get().close());
    }

    @Test
    void offlineTheClipWaitsInPendingAndTheStoryStartsAtOnce(FxRobot robot) throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (App seeding = new App(Database.open(databaseFile), Clock.systemUTC())) {
            seeding.people().welcome("Maya");
        }
        showApp(robot, firstStage);
        waitUntil(() -> window.get() != null);

        clipThroughTheDialog(robot, "http://127.0.0.1:" + closedPort + "/story");
        waitUntil(() -> window.get().editor().storyProperty().get() != null);
        assertEquals(1, app.clipService().pending().size());
        waitUntil(() -> app.clipService().pending().get(0).storyId() != null);
        assertEquals(window.get().editor().storyProperty().get().id(), app.clipService().pending().get(0).storyId(),
                "the article joins the story just started once it is fetched");
        // One address that refused is not "offline": the notice names what happened and when the next try is.
        String said = robot.lookup("#statusLabel").queryAs(Label.class).getText();
        assertTrue(said.startsWith("Could not connect to 127.0.0.1") && said.contains("It waits in Pending clips"),
                said);
        assertTrue(robot.lookup("#noticeBanner").query().isVisible(), "the notice is on screen, above the content");
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ListView<Desk> desks = robot.lookup("#deskList").queryAs(ListView.class);
            desks.getSelectionModel().select(desks.getItems().stream()
                    .filter(desk -> desk.title().equals("Pending clips")).findFirst().orElseThrow());
        });
        waitUntil(() -> robot.lookup("#pendingList").tryQuery()
                .map(list -> ((ListView<?>) list).getItems().size() == 1).orElse(false));
        assertTrue(robot.lookup("#pendingList .story-details").queryLabeled().getText().contains("Tried once; last try:"),
                robot.lookup("#pendingList .story-details").queryLabeled().getText());
        robot.clickOn("Remove");
        waitUntil(() -> app.clipService().pending().isEmpty());
        robot.interact(() -> firstStage.close());
    }

    @Test
    void ctrlQQuotesTheClipAndAMisquoteIsFlaggedAndListedBeforeSubmit(FxRobot robot) throws Exception {
        try (App seeding = new App(Database.open(databaseFile), Clock.systemUTC())) {
            seeding.people().welcome("Maya");
            Clip clip = seeding.stores().clips().insert(new Clip(UUID.randomUUID(), "https://example.org/jails", null,
                    "Jail deaths climb", "By A. Reporter", "Example Times", null, null, "en",
                    "Deaths in jails rose again.\n\nOne warden said: we are trying to do more with less.",
                    Instant.now()), null);
            Story story = seeding.storyService().create("Maya", "Jail deaths climb", "", List.of(clip.id()));
            preferences.rememberStory(story.id());
        }
        showApp(robot, firstStage);
        waitUntil(() -> window.get() != null && window.get().editor().storyProperty().get() != null);
        TextArea clipText = robot.lookup("#clipTextArea").queryAs(TextArea.class);
        StyleClassedTextArea body = robot.lookup("#bodyArea").queryAs(StyleClassedTextArea.class);
        String passage = "we are trying to do more with less";

        robot.clickOn("#bodyArea").write("A warden said ");
        robot.interact(() -> {
            clipText.requestFocus();
            int start = clipText.getText().indexOf(passage);
            clipText.selectRange(start, start + passage.length());
        });
        robot.push(KeyCode.CONTROL, KeyCode.E);
        assertEquals("A warden said \u201C" + passage + "\u201D", body.getText());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertTrue(body.getText().startsWith("A warden") && !body.getText().contains(passage), body.getText());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals("A warden said \u201C" + passage + "\u201D", body.getText());
        assertFalse(robot.lookup("#misquoteBox").query().isVisible());

        robot.write(", and another called it \"a reckless experiment\".");
        waitUntil(() -> robot.lookup("#misquoteBox").query().isVisible());
        assertEquals("1 quotation is not in the source", robot.lookup("#misquoteTitle").queryAs(Label.class).getText());

        robot.clickOn("#submitButton");
        waitUntil(() -> robot.lookup("Submit anyway").tryQuery().isPresent());
        robot.clickOn("Submit anyway");
        UUID storyId = window.get().editor().storyProperty().get().id();
        waitUntil(() -> app.stores().stories().find(storyId).orElseThrow().status() == StoryStatus.SUBMITTED);
        assertTrue(app.stores().stories().find(storyId).orElseThrow().body().contains("reckless experiment"));
    }
}
