package org.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsdesk.clip.LocalSite;
import org.newsdesk.testing.SampleDesk;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In a 1280 × 720 window, at 100 % and at 200 % text, no label, button, tab or column header on any screen ends in
 * "…" where its whole text would not: every desk, an open story (with its history), the review queue, the edition
 * builder with a story opened from it, each section of Settings, a past edition, the wire desk and the shortcuts
 * list, as the editor and as a writer.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class NothingCutOffTest {
    @TempDir
    Path folder;

    private Stage stage;
    private RunningApp running;
    private LocalSite site;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void newsroom() throws Exception {
        running = new RunningApp(folder);
        site = ScreenTour.furnished(running);
    }

    @AfterEach
    void close() {
        javafx.application.Platform.runLater(() -> new ArrayList<>(Window.getWindows()).stream()
                .filter(window -> window != stage && window instanceof Stage).forEach(Window::hide));
        WaitForAsyncUtils.waitForFxEvents();
        running.close();
        site.close();
    }

    @ParameterizedTest(name = "{0} at {1} % text")
    @CsvSource(textBlock = """
            Eve Marsh,   100
            Eve Marsh,   200
            Ted Alvarez, 200
            """)
    void noScreenCutsOffALabelOrAButton(String person, int percent, FxRobot robot) throws Exception {
        running.preferences.rememberNumber("window.width", 1280);
        running.preferences.rememberNumber("window.height", 720);
        running.preferences.rememberNumber("fontScale", percent / 100.0);
        List<String> cut = new ArrayList<>();
        List<String> visited = new ArrayList<>();
        ScreenTour tour = new ScreenTour(robot, running, stage);
        java.util.function.Consumer<ScreenTour.Stop> check = stop -> {
            visited.add(stop.name());
            System.err.println("NothingCutOffTest at " + stop.name() + " " + java.time.LocalTime.now());
            robot.interact(() -> {
                stop.window().getScene().getRoot().applyCss();
                stop.window().getScene().getRoot().layout();
                for (String control : cutOff(stop.window().getScene().getRoot())) {
                    cut.add(stop.name() + ": " + control);
                }
            });
        };
        if (person.equals(SampleDesk.EDITOR)) {
            tour.asEditor(check);
        } else {
            tour.asWriter(check);
        }
        assertEquals(List.of(), cut, "cut off at " + percent + " % in " + visited);
    }

    /** Each visible control under {@code root} whose text is shown shortened, as "kind 'shown' of 'whole'". */
    static List<String> cutOff(Parent root) {
        List<String> found = new ArrayList<>();
        walk(root, found);
        return found;
    }

    private static void walk(Node node, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && !(node instanceof Cell) && !inARowOfContent(labeled)
                && isCut(labeled)) {
            found.add(labeled.getClass().getSimpleName() + (labeled.getId() == null ? "" : "#" + labeled.getId())
                    + " '" + shown(labeled) + "' of '" + whole(labeled) + "'");
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, found);
            }
        }
    }

    /**
     * Whether {@code labeled} is a long text (a headline, a source's line, an address) in a row of a list or table:
     * it ends in "…" when its column is narrow, and the row opens the whole of it. A short text in a row (a badge, a
     * kind, a number) must be whole, and so must every name in the sidebars (the desks, the sections of Settings).
     */
    private static boolean inARowOfContent(Labeled labeled) {
        boolean inCell = false;
        for (Node up = labeled.getParent(); up != null; up = up.getParent()) {
            inCell |= up instanceof Cell;
            if (up.getStyleClass().contains("desk-list")) {
                return false;
            }
        }
        return inCell && whole(labeled).length() > 24;
    }

    private static boolean isCut(Labeled labeled) {
        String whole = whole(labeled);
        String shown = shown(labeled);
        return !whole.isBlank() && shown != null && !shown.equals(whole)
                && shown.contains(labeled.getEllipsisString()) && !labeled.getEllipsisString().isEmpty();
    }

    private static String whole(Labeled labeled) {
        String text = labeled.getText() == null ? "" : labeled.getText();
        return labeled.isMnemonicParsing() ? text.replaceFirst("_(?=.)", "") : text;
    }

    /** The text the skin draws (null before the control has a skin). */
    private static String shown(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text) {
                return text.getText();
            }
        }
        return null;
    }
}
