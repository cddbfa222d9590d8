package org.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.App;
import org.newsdesk.cli.CommandLineRunner;
import org.newsdesk.model.Story;
import org.newsdesk.testing.SampleDesk;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every desk shows its count, and the counts follow every change: a publish made on another screen, a command-line
 * import, and a change another process makes to the same file, with no click in between.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DeskCountsTest {
    @TempDir
    Path folder;

    private Stage stage;
    private RunningApp running;
    private Story jail;
    private Story bail;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void newsroom() {
        running = new RunningApp(folder);
        jail = running.newsroom.approved(SampleDesk.WRITER, "Jail deaths climb as care lags",
                "Deaths in jails rose again, the Example Times reports.", "Prisons");
        bail = running.newsroom.approved(SampleDesk.SECOND_WRITER, "Bail study finds no rise in rearrests",
                "Researchers found no rise, Bolts reports.", "Courts");
        running.newsroom.submitted(SampleDesk.WRITER, "Jury awards $1.3 million",
                "A federal jury awarded $1.3 million, the Appeal reports.", "Prisons");
        running.app.clipService().queue("https://www.example-news.com/unreachable", null, SampleDesk.WRITER);
    }

    @AfterEach
    void close() {
        running.close();
    }

    @Test
    void countsFollowAPublishACommandLineImportAndAnotherProcess(FxRobot robot) throws Exception {
        MainWindow window = running.showAs(robot, stage, SampleDesk.EDITOR);
        RunningApp.waitUntil(() -> Objects.equals(window.deskCount("Approved"), 2));
        assertEquals(1, window.deskCount("Review queue"));
        assertEquals(0, window.deskCount("Editions"));
        assertEquals(1, window.deskCount("Pending clips"));

        // Published from the service the builder uses, not through the sidebar: the counts follow by themselves.
        LocalDate day = LocalDate.now(running.app.clock());
        running.app.editionService().create(SampleDesk.EDITOR, day, "Morning report");
        running.app.editionService().add(SampleDesk.EDITOR, day, List.of(jail.id(), bail.id()), "Top stories");
        running.app.editionService().publish(SampleDesk.EDITOR, day);
        RunningApp.waitUntil(() -> Objects.equals(window.deskCount("Approved"), 0)
                && Objects.equals(window.deskCount("Editions"), 1));

        // A command-line import: another connection to the same file, as a second process has.
        Path pack = folder.resolve("package.json");
        try (InputStream in = getClass().getResourceAsStream("/org/newsdesk/app/package.json")) {
            Files.copy(in, pack);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = CommandLineRunner.run(new String[] {"story", "import", pack.toString(), "--db",
                running.file.toString(), "--as", SampleDesk.EDITOR}, desktop -> { }, new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertEquals(0, status, err.toString());
        // The package's approved story comes in as submitted (an import never approves): one more to review.
        int queued = running.app.storyService().reviewQueue().size();
        assertEquals(2, queued, out.toString());
        RunningApp.waitUntil(() -> Objects.equals(window.deskCount("Review queue"), 2));

        // Another process submits a story: the review queue's count follows.
        try (App other = App.open(running.file)) {
            Story draft = other.storyService().create(SampleDesk.WRITER, "Parole hearings move online",
                    "Hearings move online, the Marshall Project reports.", List.of());
            other.storyService().submit(SampleDesk.WRITER, draft.id());
        }
        RunningApp.waitUntil(() -> Objects.equals(window.deskCount("Review queue"), 3));
    }
}
