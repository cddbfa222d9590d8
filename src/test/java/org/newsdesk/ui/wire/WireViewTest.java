package org.newsdesk.ui.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.App;
import org.newsdesk.app.WireEntry;
import org.newsdesk.app.WireFilter;
import org.newsdesk.clip.LocalSite;
import org.newsdesk.model.Role;
import org.newsdesk.model.Story;
import org.newsdesk.model.WireItemState;
import org.newsdesk.store.Database;
import org.newsdesk.ui.Worker;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class WireViewTest {
    private static final String ARTICLE = """
            <html lang="en"><head><title>Police chief resigns amid audit</title></head>
            <body><article><h1>Police chief resigns amid audit</h1>
            <p>The city's police chief stepped down on Tuesday after an outside audit found that overtime pay had
            been approved without review for three years, costing taxpayers an estimated $4 million.</p>
            <p>The mayor said an interim chief would be named within the week.</p></article></body></html>
            """;

    private App app;
    private LocalSite site;
    private WireViewModel viewModel;
    private final List<UUID> opened = new ArrayList<>();

    @Start
    void start(Stage stage) throws IOException {
        app = new App(Database.inMemory(), Clock.systemUTC());
        app.people().welcome("Ann");
        app.people().add("Ann", "Ted", Role.WRITER);
        site = new LocalSite();
        site.page("/news/chief", "text/html", ARTICLE);
        site.page("/rss", "application/rss+xml", """
                <rss version="2.0"><channel><title>Metro Ledger</title><link>https://metroledger.example/</link>
                <description>d</description>
                <item><title>Police chief resigns amid audit</title><link>%s</link>
                <pubDate>Tue, 11 Jun 2024 14:05:00 GMT</pubDate><description>The chief stepped down.</description></item>
                <item><title>Weather: a dry week ahead</title><link>https://metroledger.example/weather</link>
                <pubDate>Tue, 11 Jun 2024 13:00:00 GMT</pubDate><description>Sun all week.</description></item>
                <item><title>Jail expansion vote delayed</title><link>https://metroledger.example/jail</link>
                <pubDate>Tue, 11 Jun 2024 12:00:00 GMT</pubDate><description>Supervisors wait.</description></item>
                </channel></rss>""".formatted(site.url("/news/chief")));
        app.feedService().subscribe(site.url("/rss"), null, "Ann");
        app.wireService().watch("police", null, "Ann");
        viewModel = new WireViewModel(app.wireService(), app.feedService(), app.feedRefresh(), Worker.inline());
        viewModel.personProperty().set("Ted");
        WireView view = new WireView(viewModel, opened::add);
        stage.setScene(new Scene((javafx.scene.Parent) view.root(), 900, 600));
        stage.show();
        view.focusList();
    }

    @AfterEach
    void close() {
        site.close();
        app.close();
    }

    @SuppressWarnings("unchecked")
    private ListView<WireEntry> list(FxRobot robot) {
        return robot.lookup("#wireList").queryAs(ListView.class);
    }

    @Test
    void enterOnAnItemClipsItsArticleAndOpensTheStoryBesideIt(FxRobot robot) {
        assertEquals("Police chief resigns amid audit", list(robot).getSelectionModel().getSelectedItem().item()
                .headline());

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, opened.size());
        Story story = app.storyService().find(opened.get(0)).orElseThrow();
        assertEquals("Ted", story.author());
        assertEquals("Police chief resigns amid audit",
                app.stores().clips().find(story.clipIds().get(0)).orElseThrow().title());
        WireEntry chief = list(robot).getItems().get(0);
        assertEquals(WireItemState.CLIPPED, chief.item().state());
        assertEquals("Story started from the item.", robot.lookup("#wireMessageLabel").queryLabeled().getText());
    }

    @Test
    void dDismissesTheSelectedItem(FxRobot robot) {
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.D);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("Police chief resigns amid audit", "Jail expansion vote delayed"),
                list(robot).getItems().stream().map(entry -> entry.item().headline()).toList());
        assertEquals("Jail expansion vote delayed",
                list(robot).getSelectionModel().getSelectedItem().item().headline(), "the next item is selected");
        assertEquals(1, app.wireService().items(new WireFilter(false, false, "", true, 0)).stream()
                .filter(entry -> entry.item().state() == WireItemState.DISMISSED).count());
    }

    @Test
    void theFilterAndMatchingOnlyNarrowTheList(FxRobot robot) {
        robot.clickOn("#wireFilterField").write("jail");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Jail expansion vote delayed"),
                list(robot).getItems().stream().map(entry -> entry.item().headline()).toList());
        assertTrue(robot.lookup("#wireSummaryLabel").queryLabeled().getText().startsWith("1 of 3 items"));

        robot.doubleClickOn("#wireFilterField").eraseText(4);
        robot.clickOn("#matchingOnlyToggle");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, list(robot).getItems().size());
        TextFlow headline = robot.lookup(".wire-headline").queryAs(TextFlow.class);
        Text marked = (Text) headline.getChildren().stream()
                .filter(node -> node.getStyleClass().contains("watch-word")).findFirst().orElseThrow();
        assertEquals("Police", marked.getText());
    }

    @Test
    void lookingAtTheOneMatchingItemMarksItSeenAndTheNewMatchingCountDrops(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(WireItemState.SEEN, list(robot).getItems().get(0).item().state());
        assertEquals(0, viewModel.newMatchingProperty().get());
        assertEquals(0, app.wireService().newMatchingCount());
        assertTrue(robot.lookup("#wireSummaryLabel").queryLabeled().getText()
                .endsWith("0 new matching the watch-list"), robot.lookup("#wireSummaryLabel").queryLabeled().getText());
    }
}
