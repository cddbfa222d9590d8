package org.newsdesk.ui;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.newsdesk.clip.LocalSite;
import org.newsdesk.model.Story;
import org.newsdesk.testing.SampleDesk;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen of the desktop app, one after another, reached the way a person reaches it (a desk in the sidebar, a
 * story opened from a desk or from the edition builder, Settings and each of its sections, a past edition, the
 * shortcuts list): the cut-off test checks each stop, the screenshot matrix photographs it.
 */
final class ScreenTour {
    /** A screen on view: what a person would call it and the window that shows it. */
    record Stop(String name, Window window) {
    }

    /** The day of the published edition that the Editions desk lists (a past edition opens from there). */
    static final LocalDate PAST = LocalDate.of(2026, 11, 27);

    private final FxRobot robot;
    private final RunningApp running;
    private final Stage stage;
    private MainWindow window;

    ScreenTour(FxRobot robot, RunningApp running, Stage stage) {
        this.robot = robot;
        this.running = running;
        this.stage = stage;
    }

    /**
     * Fills the newsroom with a working day: today's edition of twelve stories in three sections, a published past
     * edition, the review queue, a returned story, a writer's draft waiting for its article, and a wire feed (served
     * by {@code site}).
     */
    static void furnish(RunningApp running, LocalSite site) {
        List<Story> stories = running.newsroom.realisticDay(13);
        var editions = running.app.editionService();
        LocalDate today = LocalDate.now(running.app.clock());
        editions.create(SampleDesk.EDITOR, today, "Crime and Justice News");
        for (Story story : stories.subList(0, 12)) {
            editions.add(SampleDesk.EDITOR, today, List.of(story.id()), story.section());
        }
        editions.create(SampleDesk.EDITOR, PAST, "Morning report");
        editions.add(SampleDesk.EDITOR, PAST, List.of(stories.get(12).id()), "Top stories");
        editions.publish(SampleDesk.EDITOR, PAST);
        var storyService = running.app.storyService();
        storyService.returnToWriter(SampleDesk.EDITOR, stories.get(13).id(),
                "Say how many calls and since when, and who runs the program.");
        Story draft = storyService.create(SampleDesk.WRITER, "Sheriff's office ends cash bail for minor charges",
                "The county sheriff will stop asking for cash bail for minor charges, the Example Times reports.",
                List.of());
        running.app.clipService().queue("http://127.0.0.1:9/sheriff-ends-cash-bail", draft.id(), SampleDesk.WRITER);
        site.page("/rss", "application/rss+xml", """
                <rss version="2.0"><channel><title>Metro Ledger</title><link>https://metroledger.example/</link>
                <description>City news</description>
                <item><title>Police chief resigns amid overtime audit</title>
                <link>https://metroledger.example/chief</link><pubDate>Tue, 11 Jun 2024 14:05:00 GMT</pubDate>
                <description>The chief stepped down after an audit of overtime pay.</description></item>
                <item><title>Jail expansion vote delayed for a second time</title>
                <link>https://metroledger.example/jail</link><pubDate>Tue, 11 Jun 2024 12:00:00 GMT</pubDate>
                <description>Supervisors want a cost study first.</description></item>
                </channel></rss>""");
        running.app.feedService().subscribe(site.url("/rss"), null, SampleDesk.EDITOR);
        running.app.wireService().watch("police", null, SampleDesk.EDITOR);
        running.app.feedRefresh().refresh(true);
    }

    /** A newsroom furnished for the tour, with its feed served from a local site (closed with the app). */
    static LocalSite furnished(RunningApp running) throws IOException {
        LocalSite site = new LocalSite();
        furnish(running, site);
        return site;
    }

    /** Opens the window as the editor and visits every screen an editor has. */
    void asEditor(Consumer<Stop> each) throws TimeoutException {
        window = running.showAs(robot, stage, SampleDesk.EDITOR);
        desks(each);
        Story approved = running.app.storyService().list(List.of(org.newsdesk.model.StoryStatus.APPROVED), null, 1)
                .get(0);
        storyOpen("Approved", approved.id(), "Story open (editor)", each);
        history("Story with comments and revisions", each);
        closeStory();
        builderWithStory(each);
        pastEdition(each);
        settings(each);
        shortcuts(each);
    }

    /** Opens the window as a writer and visits every screen a writer has, and a colleague's story (read-only). */
    void asWriter(Consumer<Stop> each) throws TimeoutException {
        window = running.showAs(robot, stage, SampleDesk.WRITER);
        desks(each);
        Story own = running.app.storyService().list(List.of(org.newsdesk.model.StoryStatus.RETURNED),
                SampleDesk.WRITER, 1).get(0);
        storyOpen("Returned to me", own.id(), "Story open (writer, returned)", each);
        history("Story with comments and revisions (writer)", each);
        closeStory();
        // a colleague's story, opened as from a search: read-only, with one line saying why
        Story colleagues = running.app.storyService().list(List.of(org.newsdesk.model.StoryStatus.APPROVED),
                SampleDesk.SECOND_WRITER, 1).get(0);
        storyOpen("My drafts", colleagues.id(), "Someone else's story (writer, read-only)", each);
        closeStory();
        pastEdition(each);
        settings(each);
        shortcuts(each);
    }

    private void desks(Consumer<Stop> each) throws TimeoutException {
        for (Desk desk : window.desks()) {
            showDesk(desk.title());
            each.accept(new Stop(desk.title(), stage));
        }
    }

    private void showDesk(String title) throws TimeoutException {
        Desk desk = window.desks().stream().filter(each -> each.title().equals(title)).findFirst().orElseThrow();
        robot.interact(() -> window.selectDesk(desk));
        settle();
        RunningApp.waitUntil(() -> !window.storyList().loadingProperty().get());
        switch (title) {
            case "Review queue" -> RunningApp.waitUntil(() -> present(".queue-headline"));
            case "Edition builder" -> RunningApp.waitUntil(() -> present("#section0 .list-cell"));
            case "Editions" -> RunningApp.waitUntil(() -> present("#editionList .list-cell"));
            case "Wire" -> RunningApp.waitUntil(() -> present("#wireList .list-cell"));
            default -> { }
        }
        settle();
    }

    private boolean present(String query) {
        Node found = stage.getScene().getRoot().lookup(query);
        return found != null;
    }

    private void storyOpen(String desk, UUID story, String name, Consumer<Stop> each) throws TimeoutException {
        showDesk(desk);
        robot.interact(() -> window.openStory(story));
        RunningApp.waitUntil(() -> window.editor().storyProperty().get() != null
                && window.editor().storyProperty().get().id().equals(story));
        settle();
        each.accept(new Stop(name, stage));
    }

    private void history(String name, Consumer<Stop> each) throws TimeoutException {
        robot.interact(() -> window.editorView().historyShownProperty().set(true));
        settle();
        each.accept(new Stop(name, stage));
        robot.interact(() -> window.editorView().historyShownProperty().set(false));
    }

    private void closeStory() throws TimeoutException {
        robot.interact(window::closeStory);
        RunningApp.waitUntil(() -> window.editor().storyProperty().get() == null);
        settle();
    }

    /** A story opened from the builder covers it; closing the story gives the builder back as it was. */
    private void builderWithStory(Consumer<Stop> each) throws TimeoutException {
        showDesk("Edition builder");
        UUID inEdition = running.app.editionService().find(LocalDate.now(running.app.clock())).orElseThrow()
                .storyIds().get(0);
        robot.interact(() -> window.openStory(inEdition));
        RunningApp.waitUntil(() -> window.editor().storyProperty().get() != null);
        settle();
        each.accept(new Stop("Story opened from the edition builder", stage));
        closeStory();
        each.accept(new Stop("Edition builder after the story closed", stage));
    }

    private void pastEdition(Consumer<Stop> each) throws TimeoutException {
        showDesk("Editions");
        robot.interact(() -> new Screens(running.app, running.worker).openEdition(window, PAST));
        RunningApp.waitUntil(() -> windowWith("#editionWindow") != null);
        Window edition = windowWith("#editionWindow");
        RunningApp.waitUntil(() -> edition.getScene().getRoot().lookup("#section0 .list-cell") != null);
        settle();
        each.accept(new Stop("Past edition", edition));
        robot.interact(edition::hide);
    }

    private void settings(Consumer<Stop> each) throws TimeoutException {
        robot.interact(() -> menuItem("Newsroom", "Settings").fire());
        RunningApp.waitUntil(() -> windowWith("#settingsSections") != null);
        Window settings = windowWith("#settingsSections");
        @SuppressWarnings("unchecked")
        ListView<String> sections = (ListView<String>) settings.getScene().getRoot().lookup("#settingsSections");
        for (String section : new ArrayList<>(sections.getItems())) {
            robot.interact(() -> sections.getSelectionModel().select(section));
            settle();
            each.accept(new Stop("Settings \u203a " + section, settings));
        }
        robot.interact(settings::hide);
    }

    private void shortcuts(Consumer<Stop> each) throws TimeoutException {
        robot.interact(() -> menuItem("Help", "Keyboard shortcuts").fire());
        RunningApp.waitUntil(() -> windowWith("#shortcutGrid") != null);
        Window shortcuts = windowWith("#shortcutGrid");
        settle();
        each.accept(new Stop("Keyboard shortcuts", shortcuts));
        robot.interact(shortcuts::hide);
    }

    private MenuItem menuItem(String menu, String text) {
        Menu found = window.menu(menu);
        return found.getItems().stream().filter(item -> item.getText() != null
                && item.getText().replace("_", "").startsWith(text)).findFirst().orElseThrow();
    }

    static Window windowWith(String query) {
        for (Window each : new ArrayList<>(Window.getWindows())) {
            if (each.isShowing() && each.getScene() != null && each.getScene().getRoot().lookup(query) != null) {
                return each;
            }
        }
        return null;
    }

    /** Waits until the writer thread has handed back what it was given (twice: answers start more work). */
    private void settle() throws TimeoutException {
        for (int round = 0; round < 3; round++) {
            CountDownLatch done = new CountDownLatch(1);
            robot.interact(() -> running.worker.run(() -> null, nothing -> done.countDown(), error -> done.countDown()));
            try {
                // the first pre-flight loads the spelling checker on the writer thread: that takes a while
                if (!done.await(120, TimeUnit.SECONDS)) {
                    throw new TimeoutException("the writer thread did not answer");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
