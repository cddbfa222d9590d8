package org.newsdesk.ui.edition;

import org.newsdesk.testing.TickingClock;
import org.newsdesk.testing.SampleDesk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.export.RenderedEdition;
import org.newsdesk.model.Edition;
import org.newsdesk.model.Section;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;
import org.newsdesk.ui.FxWorker;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class EditionBuilderViewTest {
    private static final LocalDate DAY = LocalDate.of(2024, 5, 10);

    @TempDir
    Path exportFolder;

    private SampleDesk newsroom;
    private FxWorker worker;
    /** The spelling part of the pre-flight runs apart from the writer thread, as in the app. */
    private FxWorker proofreadingWorker;
    private Preferences preferences;
    private EditionBuilderView view;
    private final List<String> opened = new ArrayList<>();
    private Story fentanyl;
    private Story overdoses;
    private Story camping;

    @Start
    void start(Stage stage) {
        newsroom = SampleDesk.inMemory(new TickingClock(Instant.parse("2024-05-10T08:00:00Z")));
        List<Story> day = newsroom.realisticDay(4);
        fentanyl = day.get(0);
        overdoses = day.get(1);
        camping = day.get(3);
        newsroom.app().storyService().spike(SampleDesk.EDITOR, day.get(2).id());
        worker = new FxWorker();
        proofreadingWorker = new FxWorker("newsdesk-proofreader");
        preferences = Preferences.userRoot().node("org/newsdesk/test/" + UUID.randomUUID());
        EditionBuilderViewModel builder = new EditionBuilderViewModel(newsroom.app().editionService(), newsroom.app().storyService(),
                newsroom.app().clock(), worker,
                newsroom.app().people().require(SampleDesk.EDITOR));
        builder.open(DAY);
        view = new EditionBuilderView(builder, new EditionOutputViewModel(newsroom.app().editionExport(), newsroom.app().integrity(),
                newsroom.app().storyService(), newsroom.app().settingsService(), builder, preferences, proofreadingWorker), null,
                opened::add);
        stage.setScene(new Scene((Parent) view.root(), 1260, 780));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        worker.close();
        WaitForAsyncUtils.waitForFxEvents(); // what the worker handed back runs while the file is open
        proofreadingWorker.close();
        WaitForAsyncUtils.waitForFxEvents();
        newsroom.app().close();
        preferences.removeNode();
    }

    @Test
    void anEditorBuildsReordersPreviewsExportsAndPublishesAnEdition(FxRobot robot) throws Exception {
        ListView<?> candidates = robot.lookup("#candidateList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> candidates.getItems().size() == 3);

        robot.clickOn("#newSectionField").write("Drugs").type(KeyCode.ENTER);
        robot.drag(robot.lookup("#candidateList .list-cell").nth(0).queryAs(javafx.scene.Node.class))
                .dropTo("#section0");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> storiesInEdition() == 1);
        robot.drag(robot.lookup("#candidateList .list-cell").nth(0).queryAs(javafx.scene.Node.class))
                .dropTo("#section0");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> storiesInEdition() == 2);
        robot.clickOn("#newSectionField").write("Courts").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#section1").tryQuery().isPresent());
        robot.drag(robot.lookup("#candidateList .list-cell").nth(0).queryAs(javafx.scene.Node.class))
                .dropTo("#section1");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> storiesInEdition() == 3);
        assertEquals(List.of(new Section("Drugs", List.of(fentanyl.id(), overdoses.id())),
                new Section("Courts", List.of(camping.id()))), edition().sections());

        robot.clickOn(robot.lookup("#section0 .list-cell").nth(1).queryAs(javafx.scene.Node.class));
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> edition().storyIds().equals(List.of(overdoses.id(), fentanyl.id(), camping.id())));
        int words = fentanyl.wordCount() + overdoses.wordCount() + camping.wordCount();
        assertEquals("3 stories · " + words + " words · " + (int) Math.ceil(words / 230.0) + " min read",
                view.viewModel().counts().lineProperty().get());

        robot.clickOn("#titleField").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Morning Report: May 10");
        robot.clickOn("#introArea").write("Good morning. Three stories today.");
        robot.clickOn("#previewTab");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.output().renderedProperty().get() != null
                && view.output().renderedProperty().get().file(RenderedEdition.NEWSLETTER_HTML)
                        .contains("Three stories today."));
        robot.clickOn("#phoneToggle");
        WebView webView = robot.lookup("#previewWebView").queryAs(WebView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> webView.getWidth() == 375);
        robot.clickOn("#darkToggle");
        assertTrue(view.output().previewHtmlProperty().get().contains("#16181d"));
        assertTrue(view.output().sizeTextProperty().get().endsWith("of Gmail's 102 KB"),
                view.output().sizeTextProperty().get());

        robot.interact(() -> view.output().exportFolderProperty().set(exportFolder));
        robot.clickOn("#exportButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.output().lastExportProperty().get() != null);
        String html = Files.readString(exportFolder.resolve(RenderedEdition.NEWSLETTER_HTML), StandardCharsets.UTF_8);
        assertTrue(Files.exists(exportFolder.resolve(RenderedEdition.NEWSLETTER_TEXT)));
        assertTrue(Files.exists(exportFolder.resolve(RenderedEdition.WEB_PAGE)));
        int first = html.indexOf(escaped(overdoses.headline()));
        int second = html.indexOf(escaped(fentanyl.headline()));
        int third = html.indexOf(escaped(camping.headline()));
        assertTrue(first >= 0 && first < second && second < third, "stories out of order in the newsletter");
        assertEquals(exportFolder.toString(), preferences.get(EditionOutputViewModel.FOLDER_KEY, null));

        robot.clickOn("#openWebPageButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> opened.size() == 1);
        assertEquals(exportFolder.resolve(RenderedEdition.WEB_PAGE).toUri().toString(), opened.get(0));

        robot.clickOn("#publishButton");
        robot.clickOn("#confirmPublishButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> edition().isPublished());
        assertEquals(StoryStatus.PUBLISHED,
                newsroom.app().storyService().find(camping.id()).orElseThrow().status());
    }

    @Test
    void aPublishedEditionIsFrozenOnScreenAndThePublishConfirmationNamesOpenFindings(FxRobot robot)
            throws Exception {
        ListView<?> candidates = robot.lookup("#candidateList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> candidates.getItems().size() == 3);
        // A summary far under the word target: the pre-flight has something to say about it.
        newsroom.app().storyService().save(SampleDesk.EDITOR,
                fentanyl.withText(fentanyl.headline(), "Fentanyl seizures rose, the Times reports."));
        robot.interact(() -> view.viewModel().place(fentanyl.id(), "Drugs", 0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> storiesInEdition() == 1);
        robot.interact(() -> view.viewModel().place(overdoses.id(), "Drugs", 1));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> storiesInEdition() == 2
                && !view.output().preflight().isEmpty());

        robot.clickOn("#publishButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#confirmPublishButton").tryQuery()
                .isPresent());
        javafx.scene.control.DialogPane dialog = robot.lookup(".dialog-pane")
                .queryAs(javafx.scene.control.DialogPane.class);
        String first = view.output().preflight().get(0).message();
        assertTrue(dialog.getContentText().contains("The pre-flight still lists "), dialog.getContentText());
        assertTrue(dialog.getContentText().contains(first), dialog.getContentText());
        assertFalse(robot.lookup("#confirmPublishButton").queryButton().isDefaultButton());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(edition().isPublished(), "Enter keeps the edition open");

        robot.clickOn("#publishButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#confirmPublishButton").tryQuery()
                .isPresent());
        robot.clickOn("#confirmPublishButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> edition().isPublished()
                && view.viewModel().publishedProperty().get());

        assertTrue(robot.lookup("#newSectionField").query().isDisabled());
        robot.interact(() -> view.viewModel().addSection("Courts"));
        assertEquals(1, robot.lookup("#sectionsBox").queryAs(javafx.scene.layout.Pane.class).getChildren().size(),
                "no unsaved section appears");
        assertTrue(view.viewModel().messageProperty().get().contains("is published"),
                view.viewModel().messageProperty().get());

        robot.clickOn(robot.lookup("#section0 .list-cell").nth(1).queryAs(javafx.scene.Node.class));
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(fentanyl.id(), overdoses.id()), edition().storyIds());
        assertTrue(view.viewModel().messageProperty().get().startsWith("The edition of "),
                view.viewModel().messageProperty().get());
    }

    /** How many stories the edition holds, 0 while it is not created yet (the worker creates it). */
    private int storiesInEdition() {
        Edition shown = view.viewModel().editionProperty().get();
        int stored = newsroom.app().editionService().find(DAY).map(edition -> edition.storyIds().size()).orElse(0);
        // Both the file and the screen: the screen redraws its sections once the worker hands the change back.
        return shown != null && shown.storyIds().size() == stored ? stored : -1;
    }

    private Edition edition() {
        return newsroom.app().editionService().find(DAY).orElseThrow(() -> new AssertionError("no edition yet"));
    }

    private static String escaped(String headline) {
        return headline.replace("&", "&amp;").replace("'", "&#39;");
    }
}
