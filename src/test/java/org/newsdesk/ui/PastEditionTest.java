package org.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.export.RenderedEdition;
import org.newsdesk.model.Story;
import org.newsdesk.testing.SampleDesk;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** On the Editions desk a past edition opens (Enter or double-click), frozen, with its preview, and exports again. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PastEditionTest {
    @TempDir
    Path folder;

    private Stage stage;
    private RunningApp running;
    private LocalDate day;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void newsroom() {
        running = new RunningApp(folder);
        Story jail = running.newsroom.approved(SampleDesk.WRITER, "Jail deaths climb as care lags",
                "Deaths in jails rose again, the Example Times reports.", "Prisons");
        day = LocalDate.of(2026, 11, 28);
        running.app.editionService().create(SampleDesk.EDITOR, day, "Morning report");
        running.app.editionService().add(SampleDesk.EDITOR, day, List.of(jail.id()), "Top stories");
        running.app.editionService().publish(SampleDesk.EDITOR, day);
    }

    @AfterEach
    void close() {
        running.close();
    }

    @Test
    void aPublishedEditionOpensReadOnlyWithItsPreviewAndExportsAgain(FxRobot robot) throws Exception {
        running.showAs(robot, stage, SampleDesk.WRITER);
        ListView<Desk> desks = robot.lookup("#deskList").queryListView();
        robot.interact(() -> desks.getSelectionModel().select(desks.getItems().stream()
                .filter(desk -> desk.title().equals("Editions")).findFirst().orElseThrow()));
        RunningApp.waitUntil(() -> robot.lookup("#editionList").tryQuery()
                .map(list -> ((ListView<?>) list).getItems().size() == 1).orElse(false));

        robot.clickOn("#editionList .list-cell");
        robot.type(KeyCode.ENTER);
        RunningApp.waitUntil(() -> robot.lookup("#editionWindow").tryQuery().isPresent());
        Node window = robot.lookup("#editionWindow").query();
        RunningApp.waitUntil(() -> window.lookup("#newSectionField") != null
                && window.lookup("#newSectionField").isDisabled());
        assertTrue(window.lookup(".published-badge").isVisible(), "the edition says it is published");

        Path out = folder.resolve("again");
        Files.createDirectories(out);
        org.newsdesk.ui.edition.EditionBuilderView view =
                (org.newsdesk.ui.edition.EditionBuilderView) window.getProperties().get(
                        org.newsdesk.ui.edition.EditionBuilderView.class);
        robot.interact(() -> view.output().exportFolderProperty().set(out));
        // Export waits, as a person would, until the edition is rendered (not for the spelling check).
        org.testfx.util.WaitForAsyncUtils.waitFor(90, java.util.concurrent.TimeUnit.SECONDS,
                () -> !window.lookup("#exportButton").isDisabled());
        robot.clickOn(window.lookup("#exportButton"));
        RunningApp.waitUntil(() -> Files.exists(out.resolve(RenderedEdition.NEWSLETTER_HTML)));
        assertTrue(Files.readString(out.resolve(RenderedEdition.NEWSLETTER_HTML)).contains("Jail deaths climb"));
    }
}
