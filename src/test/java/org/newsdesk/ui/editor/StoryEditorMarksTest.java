package org.newsdesk.ui.editor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Story;
import org.newsdesk.testing.SampleDesk;
import org.newsdesk.testing.TickingClock;
import org.newsdesk.ui.FxWorker;
import org.newsdesk.ui.Screens;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The writer sees findings where the words are: misspellings, house style and misquotes underlined in the summary,
 * and a right click offers the suggestions, Ignore and Add to newsroom dictionary. LanguageTool loads in the first
 * check, so the first wait is long.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class StoryEditorMarksTest {
    private static final String BODY = "The councl met on Monday. Prices rose 5% after the blorft, and the zorbling"
            + " plan passed. A warden said \"we are trying to do less with more.\"";

    private SampleDesk newsroom;
    private FxWorker worker;
    private FxWorker proofreadingWorker;
    private StyleClassedTextArea body;
    private StoryEditorView view;
    private ProofreadingViewModel proofreading;

    @Start
    void start(Stage stage) {
        newsroom = SampleDesk.inMemory(new TickingClock(Instant.parse("2024-05-10T08:00:00Z")));
        Clip clip = newsroom.app().stores().clips().insert(new Clip(UUID.randomUUID(),
                "https://www.example-news.com/jails", null, "Jail deaths climb", "By A. Reporter", "Example News",
                Instant.parse("2024-05-10T03:00:00Z"), null, "en",
                "Deaths in jails rose again.\n\nOne warden said: we are trying to do more with less.",
                Instant.parse("2024-05-10T04:00:00Z")), null);
        Story story = newsroom.app().storyService().create(SampleDesk.WRITER, "Jail deaths climb", BODY,
                List.of(clip.id()));
        worker = new FxWorker();
        proofreadingWorker = new FxWorker("newsdesk-proofreader");
        Screens screens = new Screens(newsroom.app(), worker, proofreadingWorker);
        var person = newsroom.app().people().require(SampleDesk.WRITER);
        StoryEditorViewModel editor = screens.storyEditor(person);
        HistoryView history = new HistoryView(screens.history(person), editor::saveThen, editor::replaceWith);
        proofreading = screens.proofreading();
        view = new StoryEditorView(editor, proofreading, history, link -> { },
                flags -> true, () -> { });
        stage.setScene(new Scene(view.root(), 1200, 800));
        stage.show();
        editor.open(story.id(), () -> { });
    }

    @AfterEach
    void close() throws Exception {
        // the last edit's autosave must not fire after the worker has closed
        WaitForAsyncUtils.asyncFx(() -> view.saveNow()).get(10, TimeUnit.SECONDS);
        worker.close();
        proofreadingWorker.close();
        newsroom.app().close();
    }

    private Collection<String> styleAt(String word) {
        return body.getStyleOfChar(body.getText().indexOf(word) + 1);
    }

    private void rightClickOn(FxRobot robot, String word) throws Exception {
        int start = body.getText().indexOf(word);
        Bounds bounds = WaitForAsyncUtils.asyncFx(() -> body.getCharacterBoundsOnScreen(start,
                start + word.length()).orElseThrow()).get(10, TimeUnit.SECONDS);
        robot.rightClickOn(new Point2D(bounds.getCenterX(), bounds.getCenterY()));
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(150, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out; text: " + body.getText() + "; spans: " + body.getStyleSpans(0,
                    body.getLength()) + "; " + new FxRobot().lookup(".proofread-status").queryLabeled().getText(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void findingsAreUnderlinedAndARightClickFixesIgnoresOrAddsTheWord(FxRobot robot) throws Exception {
        body = robot.lookup("#bodyArea").queryAs(StyleClassedTextArea.class);
        waitUntil(() -> body.getText().equals(BODY) && styleAt("councl").contains("mark-spelling"));

        assertTrue(robot.lookup(".mark-spelling").tryQuery().isPresent(), "a text node carries the spelling mark");
        assertTrue(styleAt("5%").contains("mark-style"), styleAt("5%").toString());
        assertTrue(styleAt("do less with more").contains("mark-misquote"), styleAt("do less with more").toString());
        assertFalse(styleAt("warden").contains("mark-spelling"), "a word of the clip is not flagged");

        rightClickOn(robot, "councl");
        robot.clickOn("council");
        waitUntil(() -> body.getText().startsWith("The council met")
                && proofreading.checkedBody().equals(body.getText()));

        rightClickOn(robot, "blorft");
        robot.clickOn("Ignore");
        waitUntil(() -> !styleAt("blorft").contains("mark-spelling")
                && proofreading.checkedBody().equals(body.getText()));

        rightClickOn(robot, "zorbling");
        robot.clickOn("Add to newsroom dictionary");
        waitUntil(() -> newsroom.app().writing().dictionary().stream()
                .anyMatch(word -> word.word().equals("zorbling")) && !styleAt("zorbling").contains("mark-spelling"));
    }
}
