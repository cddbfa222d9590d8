package org.newsdesk.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import org.fxmisc.richtext.StyleClassedTextArea;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.integrity.Finding;
import org.newsdesk.ui.FxWorker;
import org.newsdesk.ui.editor.ProofreadingViewModel;
import org.newsdesk.testing.SampleDesk;
import org.newsdesk.testing.TickingClock;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor deciding on a story sees the checks the writer saw beside Approve, and the source shows what the summary
 * quotes; a flagged quotation scrolls the source to its closest passage. LanguageTool loads in the first check, so
 * the waits are long.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ReviewQueueFindingsTest {
    static final String BODY = "The councl wrote that \"the source article's first paragraph\" mattered and that"
            + " \"its third paragraph, with the quotes\" did not, Example News reports.";

    private SampleDesk newsroom;
    private FxWorker worker;
    private FxWorker proofreadingWorker;
    private ProofreadingViewModel proofreading;

    @Start
    void start(Stage stage) {
        newsroom = SampleDesk.inMemory(new TickingClock(Instant.parse("2024-05-10T08:00:00Z")));
        newsroom.submitted(SampleDesk.WRITER, "Jury awards $1.3 million", BODY, "Prisons");
        worker = new FxWorker();
        proofreadingWorker = new FxWorker("newsdesk-proofreader");
        ReviewQueueView view = new ReviewQueueView(new ReviewQueueViewModel(newsroom.app().storyService(),
                newsroom.app().clipService(), worker, newsroom.app().people().require(SampleDesk.EDITOR)),
                proofreading = new ProofreadingViewModel(newsroom.app().writing(), newsroom.app().integrity(),
                        proofreadingWorker),
                newsroom.app().clock());
        stage.setScene(new Scene((javafx.scene.Parent) view.root(), 1200, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        worker.close();
        proofreadingWorker.close();
        WaitForAsyncUtils.waitForFxEvents(); // what the worker handed back runs while the file is open
        newsroom.app().close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theChecksStandBesideApproveAndAFlaggedQuoteScrollsTheSourceToItsClosestPassage(FxRobot robot)
            throws Exception {
        ListView<Finding> findings = robot.lookup("#findingList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(150, TimeUnit.SECONDS, () -> findings.getItems().stream()
                .anyMatch(finding -> finding.kind() == Finding.Kind.SPELLING)
                && findings.getItems().stream().anyMatch(finding -> finding.kind() == Finding.Kind.MISQUOTE));

        List<String> kinds = findings.getItems().stream().map(finding -> finding.kind().label()).toList();
        assertTrue(kinds.contains("spelling") && kinds.contains("misquote"), kinds.toString());
        assertTrue(robot.lookup("#approveButton").query().getParent().getParent()
                == findings.getParent().getParent(), "the findings sit in the pane of the Approve button");
        Text quoted = robot.lookup(".passage-quoted").queryAs(Text.class);
        assertEquals("The source article's first paragraph", quoted.getText());

        Finding misquote = findings.getItems().stream().filter(finding -> finding.kind() == Finding.Kind.MISQUOTE)
                .findFirst().orElseThrow();
        robot.interact(() -> findings.getSelectionModel().select(misquote));

        StyleClassedTextArea body = robot.lookup("#bodyArea").queryAs(StyleClassedTextArea.class);
        assertTrue(body.getSelectedText().contains(misquote.quote()), body.getSelectedText());
        Text current = robot.lookup(".passage-current").queryAs(Text.class);
        assertTrue(current.getStyleClass().contains("passage-misquoted"), current.getStyleClass().toString());
        assertEquals(misquote.closest().strip().replaceAll("[.,]$", ""), current.getText().strip());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSummaryShowsTheFindingsWhereTheWordsAreAndPickingOneSelectsThem(FxRobot robot) throws Exception {
        ListView<Finding> findings = robot.lookup("#findingList").queryAs(ListView.class);
        StyleClassedTextArea body = robot.lookup("#bodyArea").queryAs(StyleClassedTextArea.class);
        int misspelt = BODY.indexOf("councl") + 2;
        WaitForAsyncUtils.waitFor(150, TimeUnit.SECONDS,
                () -> body.getStyleAtPosition(misspelt + 1).contains("mark-spelling") && findings.getItems().stream()
                        .anyMatch(finding -> finding.kind() == Finding.Kind.SPELLING));
        WaitForAsyncUtils.waitForFxEvents();
        int quoted = BODY.indexOf("its third paragraph") + 3;
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> body.getStyleAtPosition(quoted).contains("mark-misquote"));
        assertTrue(body.getStyleAtPosition(BODY.indexOf("mattered") + 2).isEmpty(), "clean words are not marked");

        Finding spelling = findings.getItems().stream().filter(finding -> finding.kind() == Finding.Kind.SPELLING)
                .findFirst().orElseThrow();
        robot.interact(() -> findings.getSelectionModel().select(spelling));
        assertEquals("councl", body.getSelectedText());

        int start = body.getText().indexOf("councl");
        javafx.geometry.Bounds word = WaitForAsyncUtils.asyncFx(() -> body.getCharacterBoundsOnScreen(start,
                start + 6).orElseThrow()).get(10, TimeUnit.SECONDS);
        robot.rightClickOn(new javafx.geometry.Point2D(word.getCenterX(), word.getCenterY()));
        assertTrue(robot.lookup("Add to newsroom dictionary").tryQuery().isPresent(), "the right click offers it");
        robot.clickOn("council");
        assertTrue(body.getText().startsWith("The council wrote"), body.getText());
        // the edit is checked again after a pause; it is done before the newsroom closes
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> proofreading.checkedBody().equals(body.getText()));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
