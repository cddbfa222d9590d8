package org.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.clip.LocalSite;
import org.newsdesk.testing.SampleDesk;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sidebar's Wire count follows what happens on the Wire desk at once: new matching items a refresh brings, an
 * item looked at or dismissed, a story clipped from an item. The once-a-second watch on the file is stopped here, so
 * only the desk telling the window moves the counts.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class WireDeskCountTest {
    private static final String ARTICLE = """
            <html lang="en"><head><title>Police union sues the city</title></head>
            <body><article><h1>Police union sues the city</h1>
            <p>The police union sued the city on Wednesday over a new overtime rule that it says breaks the contract
            signed last spring, the latest turn in a long fight over how officers are paid for extra shifts.</p>
            <p>The mayor's office said the rule would stand and that it expected to win in court.</p></article>
            </body></html>
            """;

    @TempDir
    Path folder;

    private Stage stage;
    private RunningApp running;
    private LocalSite site;
    private final AtomicReference<String> items = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void newsroom() throws IOException {
        running = new RunningApp(folder);
        site = new LocalSite();
        items.set(item("Police chief resigns amid audit", "/chief", "Tue, 11 Jun 2024 14:05:00 GMT")
                + item("Weather: a dry week ahead", "/weather", "Tue, 11 Jun 2024 13:00:00 GMT"));
        site.handle("/rss", exchange -> LocalSite.send(exchange, 200, "application/rss+xml",
                ("<rss version=\"2.0\"><channel><title>Metro Ledger</title><link>https://metroledger.example/</link>"
                        + "<description>d</description>" + items.get() + "</channel></rss>")
                        .getBytes(StandardCharsets.UTF_8)));
        site.page("/audit", "text/html", ARTICLE.replace("Police union sues the city", "Police overtime audit"));
        running.app.feedService().subscribe(site.url("/rss"), null, SampleDesk.EDITOR);
        running.app.wireService().watch("police", null, SampleDesk.EDITOR);
    }

    private String item(String headline, String path, String date) {
        return "<item><title>" + headline + "</title><link>" + site.url(path) + "</link><pubDate>" + date
                + "</pubDate></item>";
    }

    @AfterEach
    void close() {
        running.close();
        site.close();
    }

    @Test
    void theCountsFollowARefreshALookADismissalAndAClipAtOnce(FxRobot robot) throws Exception {
        MainWindow window = running.showAs(robot, stage, SampleDesk.WRITER);
        RunningApp.waitUntil(() -> Objects.equals(window.deskCount("Wire"), 1));
        window.stopWatching();
        Integer drafts = window.deskCount("My drafts");
        robot.interact(() -> window.selectDesk(window.desks().stream()
                .filter(desk -> desk.title().equals("Wire")).findFirst().orElseThrow()));
        // the desk selects its first item for the keyboard: looked at, it is no longer new
        RunningApp.waitUntil(() -> Objects.equals(window.deskCount("Wire"), 0));

        items.set(item("Police union sues the city", "/union", "Wed, 12 Jun 2024 09:00:00 GMT")
                + item("Police overtime audit published", "/audit", "Wed, 12 Jun 2024 08:00:00 GMT") + items.get());
        robot.clickOn("#refreshWireButton");
        RunningApp.waitUntil(() -> Objects.equals(window.deskCount("Wire"), 2));

        robot.interact(() -> robot.lookup("#wireList").query().requestFocus());
        robot.type(KeyCode.HOME);
        RunningApp.waitUntil(() -> Objects.equals(window.deskCount("Wire"), 1));
        // D dismisses the union's item; the next one, the audit, is selected and so looked at
        robot.type(KeyCode.D);
        RunningApp.waitUntil(() -> Objects.equals(window.deskCount("Wire"), 0));

        robot.type(KeyCode.ENTER);
        RunningApp.waitUntil(() -> Objects.equals(window.deskCount("My drafts"), drafts + 1));
        assertEquals(0, window.deskCount("Wire"));
    }
}
