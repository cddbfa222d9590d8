package org.newsdesk.ui.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.App;
import org.newsdesk.clip.LocalSite;
import org.newsdesk.store.Database;
import org.newsdesk.ui.Worker;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class FeedsPaneTest {
    private App app;
    private LocalSite site;

    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        app = new App(Database.inMemory(), Clock.systemUTC());
        app.people().welcome("Ann");
        site = new LocalSite();
        site.page("/rss", "application/rss+xml", "<rss version=\"2.0\"><channel><title>Metro Ledger</title>"
                + "<link>https://metroledger.example/</link><description>d</description><item><title>Chief quits"
                + "</title><link>https://metroledger.example/chief</link></item></channel></rss>");
        site.page("/broken", "application/rss+xml", "<rss><channel><title>Broken</channel>");
        FeedsViewModel viewModel = new FeedsViewModel(app.feedService(), app.wireService(), app.feedRefresh(), Worker.inline());
        viewModel.personProperty().set("Ann");
        stage.setScene(new Scene(new StackPane(new FeedsPane(viewModel).root()), 900, 600));
        viewModel.load();
        stage.show();
    }

    @AfterEach
    void close() {
        site.close();
        app.close();
    }

    @Test
    void aFeedFollowedFromSettingsShowsItsStateAndAFeedThatBreaksLaterShowsItsError(FxRobot robot) {
        robot.clickOn("#feedAddressField").write(site.url("/rss"));
        robot.clickOn("#feedOutletField").write("The Metro Ledger");
        robot.clickOn("#addFeedButton");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> table = robot.lookup("#feedTable").queryAs(TableView.class);
        assertEquals(1, table.getItems().size());
        FeedsViewModel.FeedLine line = (FeedsViewModel.FeedLine) table.getItems().get(0);
        assertEquals("The Metro Ledger", line.feed().outlet());
        assertEquals("1 item, 1 new", line.state());
        assertTrue(robot.lookup("#feedsMessageLabel").queryLabeled().getText().startsWith("Following Metro Ledger"));

        robot.clickOn("#feedAddressField").write(site.url("/broken"));
        robot.clickOn("#addFeedButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#feedsMessageLabel").queryLabeled().getText()
                .startsWith("Could not follow " + site.url("/broken") + ": The feed is not well-formed XML"));
        assertEquals(1, table.getItems().size());

        robot.clickOn(".interval-choice");
        robot.clickOn("1 hour");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.time.Duration.ofHours(1), app.feedService().feeds().get(0).interval());
        assertEquals("Metro Ledger is fetched every hour.",
                robot.lookup("#feedsMessageLabel").queryLabeled().getText());
        assertEquals(60, robot.lookup(".interval-choice").queryAs(javafx.scene.control.ComboBox.class).getValue());

        robot.clickOn("#watchTermField").write("parole board");
        robot.clickOn("#watchButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("parole board", app.wireService().watchList().get(0).term());
    }

    @Test
    void aWriterSeesTheFeedsAndWatchListButCannotChangeThem(FxRobot robot) {
        app.feedService().subscribe(site.url("/rss"), null, "Ann");
        app.wireService().watch("police", null, "Ann");
        app.people().add("Ann", "Ted", org.newsdesk.model.Role.WRITER);
        FeedsViewModel asTed = new FeedsViewModel(app.feedService(), app.wireService(), app.feedRefresh(),
                Worker.inline());
        asTed.personProperty().set("Ted");
        robot.interact(() -> {
            stage.getScene().setRoot(new StackPane(new FeedsPane(asTed).root()));
            asTed.load();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Only editors change the newsroom's feeds and watch-list.",
                robot.lookup("#feedsReadOnlyLabel").queryLabeled().getText());
        assertEquals(1, robot.lookup("#feedTable").queryAs(TableView.class).getItems().size());
        robot.clickOn("Metro Ledger");
        for (String control : java.util.List.of("#feedAddressField", "#addFeedButton", "#removeFeedButton",
                "#changeOutletButton", "#watchTermField", "#watchButton", ".interval-choice")) {
            assertTrue(robot.lookup(control).query().isDisabled(), control + " is disabled for a writer");
        }
        assertTrue(!robot.lookup("#refreshFeedsButton").query().isDisabled(), "a writer may still refresh");
        assertEquals(1, robot.lookup("#watchList").queryListView().getItems().size(), "the watch-list is shown");
    }
}
