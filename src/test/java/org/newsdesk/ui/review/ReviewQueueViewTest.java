package org.newsdesk.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;
import org.newsdesk.ui.FxWorker;
import org.newsdesk.ui.editor.ProofreadingViewModel;
import org.newsdesk.testing.SampleDesk;
import org.newsdesk.testing.TickingClock;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ReviewQueueViewTest {
    private SampleDesk newsroom;
    private FxWorker worker;
    private Story jury;
    private Story bail;

    @Start
    void start(Stage stage) {
        newsroom = SampleDesk.inMemory(new TickingClock(Instant.parse("2024-05-10T08:00:00Z")));
        jury = newsroom.submitted(SampleDesk.WRITER, "Jury awards $1.3 million",
                "A federal jury awarded $1.3 million, the Appeal reports.", "Prisons");
        bail = newsroom.submitted(SampleDesk.SECOND_WRITER, "Bail study finds no rise in rearrests",
                "Researchers found no rise in rearrests, Bolts reports.", "Courts");
        worker = new FxWorker();
        ReviewQueueView view = new ReviewQueueView(new ReviewQueueViewModel(newsroom.app().storyService(),
                newsroom.app().clipService(), worker, newsroom.app().people().require(SampleDesk.EDITOR)),
                new ProofreadingViewModel(newsroom.app().writing(), newsroom.app().integrity(), worker),
                newsroom.app().clock());
        stage.setScene(new Scene((javafx.scene.Parent) view.root(), 1200, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        worker.close();
        WaitForAsyncUtils.waitForFxEvents(); // what the worker handed back runs while the file is open
        newsroom.app().close();
    }

    @Test
    void anEditorApprovesOneStoryAndReturnsAnotherWithAComment(FxRobot robot) throws Exception {
        ListView<?> queue = robot.lookup("#queueList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> queue.getItems().size() == 2);

        robot.clickOn("#bodyArea").press(javafx.scene.input.KeyCode.END).release(javafx.scene.input.KeyCode.END)
                .write(" The state says it hired more staff.");
        robot.clickOn("#approveButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> queue.getItems().size() == 1);

        robot.clickOn("#returnCommentArea").write("Name the university that ran the study.");
        robot.clickOn("#returnButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> queue.getItems().isEmpty());

        Story approved = newsroom.app().storyService().find(jury.id()).orElseThrow();
        assertEquals(StoryStatus.APPROVED, approved.status());
        assertTrue(approved.body().endsWith("The state says it hired more staff."), approved.body());
        assertEquals(StoryStatus.RETURNED, newsroom.app().storyService().find(bail.id()).orElseThrow().status());
        assertEquals("Name the university that ran the study.",
                newsroom.app().storyService().comments(bail.id()).get(0).body());
    }
}
