package org.newsdesk.ui.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.testing.SampleDesk;
import org.newsdesk.testing.TickingClock;
import org.newsdesk.ui.FxWorker;
import org.newsdesk.ui.editor.ProofreadingViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The edition intro is checked where it is typed, as the summary is: a misspelling is underlined, house style is
 * marked, and a right click offers the suggestion. LanguageTool loads in the first check, so the wait is long.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class EditionIntroTest {
    private static final LocalDate DAY = LocalDate.of(2024, 5, 10);

    private SampleDesk newsroom;
    private FxWorker worker;
    private FxWorker proofreadingWorker;
    private ProofreadingViewModel proofreading;
    private Preferences preferences;

    @Start
    void start(Stage stage) {
        newsroom = SampleDesk.inMemory(new TickingClock(Instant.parse("2024-05-10T08:00:00Z")));
        newsroom.app().editionService().create(SampleDesk.EDITOR, DAY, "Morning report");
        worker = new FxWorker();
        proofreadingWorker = new FxWorker("newsdesk-proofreader");
        proofreading = new ProofreadingViewModel(newsroom.app().writing(), newsroom.app().integrity(),
                proofreadingWorker);
        preferences = Preferences.userRoot().node("org/newsdesk/test/" + UUID.randomUUID());
        EditionBuilderViewModel builder = new EditionBuilderViewModel(newsroom.app().editionService(),
                newsroom.app().storyService(), newsroom.app().clock(), worker,
                newsroom.app().people().require(SampleDesk.EDITOR));
        builder.open(DAY);
        EditionBuilderView view = new EditionBuilderView(builder, new EditionOutputViewModel(
                newsroom.app().editionExport(), newsroom.app().integrity(), newsroom.app().storyService(),
                newsroom.app().settingsService(), builder, preferences), proofreading, null, address -> { });
        stage.setScene(new Scene((Parent) view.root(), 1260, 780));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        worker.close();
        WaitForAsyncUtils.waitForFxEvents();
        proofreadingWorker.close();
        WaitForAsyncUtils.waitForFxEvents();
        newsroom.app().close();
        preferences.removeNode();
    }

    @Test
    void aMisspellingInTheIntroIsUnderlinedAndARightClickFixesIt(FxRobot robot) throws Exception {
        StyleClassedTextArea intro = robot.lookup("#introArea").queryAs(StyleClassedTextArea.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !intro.isDisabled());
        robot.clickOn(intro).write("Good morning. The councl met 3 times this week.");
        String text = "Good morning. The councl met 3 times this week.";
        WaitForAsyncUtils.waitFor(150, TimeUnit.SECONDS, () -> proofreading.checkedBody().equals(text)
                && intro.getStyleOfChar(text.indexOf("councl") + 1).contains("mark-spelling"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(intro.getStyleOfChar(text.indexOf(" 3 ") + 1).contains("mark-style"),
                intro.getStyleSpans(0, intro.getLength()).toString());
        assertTrue(intro.getStyleOfChar(text.indexOf("morning") + 1).isEmpty());

        int start = text.indexOf("councl");
        Bounds word = WaitForAsyncUtils.asyncFx(() -> intro.getCharacterBoundsOnScreen(start, start + 6)
                .orElseThrow()).get(10, TimeUnit.SECONDS);
        robot.rightClickOn(new Point2D(word.getCenterX(), word.getCenterY()));
        assertTrue(robot.lookup("Add to newsroom dictionary").tryQuery().isPresent(), "the right click offers it");
        robot.clickOn("council");

        assertEquals("Good morning. The council met 3 times this week.", intro.getText());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> proofreading.checkedBody().equals(intro.getText())
                && newsroom.app().editionService().find(DAY).orElseThrow().intro().equals(intro.getText()));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
