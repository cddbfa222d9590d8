package org.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.testing.SampleDesk;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The text of a selected row is readable: every label in it meets WCAG AA (4.5 : 1) against the background the
 * row is really painted with (read from a snapshot of the window), in the light and the dark theme, focused or not.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SelectedRowContrastTest {
    @TempDir
    Path folder;

    private Stage stage;
    private RunningApp running;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void newsroom() {
        running = new RunningApp(folder);
        running.newsroom.approved(SampleDesk.WRITER, "Jail deaths climb as care lags",
                "Deaths in jails rose again, the Example Times reports.", "Prisons");
        running.newsroom.approved(SampleDesk.SECOND_WRITER, "Bail study finds no rise in rearrests",
                "Researchers found no rise, Bolts reports.", "Courts");
        running.newsroom.submitted(SampleDesk.WRITER, "Jury awards $1.3 million",
                "A federal jury awarded $1.3 million, the Appeal reports.", "Prisons");
        running.newsroom.submitted(SampleDesk.SECOND_WRITER, "Parole board hearings move online",
                "Hearings move online, the Marshall Project reports.", "Courts");
    }

    @AfterEach
    void close() {
        running.close();
    }

    @Test
    void selectedRowsMeetAaContrastInBothThemesFocusedOrNot(FxRobot robot) throws Exception {
        running.showAs(robot, stage, SampleDesk.EDITOR);
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        List<String> failures = new ArrayList<>();
        int measured = 0;
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
            robot.interact(theme::apply);

            showDesk(robot, "Approved");
            TableView<?> table = robot.lookup("#storyTable").queryAs(TableView.class);
            RunningApp.waitUntil(() -> table.getItems().size() == 2);
            robot.interact(() -> {
                table.getSelectionModel().select(1);
                table.requestFocus();
            });
            measured += measure(robot, theme + ", story list, focused", failures);
            robot.interact(() -> robot.lookup("#searchField").query().requestFocus());
            measured += measure(robot, theme + ", story list, not focused", failures);

            showDesk(robot, "Review queue");
            ListView<?> queue = robot.lookup("#queueList").queryAs(ListView.class);
            RunningApp.waitUntil(() -> queue.getItems().size() == 2);
            robot.interact(() -> {
                queue.getSelectionModel().select(1);
                queue.requestFocus();
            });
            measured += measure(robot, theme + ", review queue, focused", failures);
            robot.interact(() -> robot.lookup("#searchField").query().requestFocus());
            measured += measure(robot, theme + ", review queue, not focused", failures);
        }
        assertEquals(List.of(), failures);
        // Headline and details of each selected row, plus the selected desk, in eight situations.
        assertTrue(measured >= 8 * 3, "only " + measured + " labels measured");
    }

    private static void showDesk(FxRobot robot, String title) {
        ListView<Desk> desks = robot.lookup("#deskList").queryListView();
        robot.interact(() -> desks.getItems().stream().filter(desk -> desk.title().equals(title)).findFirst()
                .ifPresent(desks.getSelectionModel()::select));
    }

    /** Measures every label of every selected cell in the window; returns how many it measured. */
    private static int measure(FxRobot robot, String situation, List<String> failures) {
        WaitForAsyncUtils.waitForFxEvents();
        int[] count = {0};
        robot.interact(() -> {
            Scene scene = robot.lookup("#deskList").query().getScene();
            WritableImage shot = scene.snapshot(null);
            PixelReader pixels = shot.getPixelReader();
            List<Node> cells = new ArrayList<>();
            cells.addAll(scene.getRoot().lookupAll(".table-row-cell"));
            cells.addAll(scene.getRoot().lookupAll(".list-cell"));
            for (Node node : cells) {
                if (!(node instanceof IndexedCell<?> cell) || !cell.isSelected() || cell.isEmpty() || !cell.isVisible()) {
                    continue;
                }
                Bounds cellBounds = cell.localToScene(cell.getLayoutBounds());
                if (cellBounds.getWidth() < 10 || cellBounds.getMinX() < 0) {
                    continue;
                }
                Color background = pixels.getColor((int) cellBounds.getMinX() + 4, (int) cellBounds.getMinY() + 4);
                List<Labeled> labels = new ArrayList<>();
                for (Node inside : cell.lookupAll(".label")) {
                    if (inside instanceof Labeled labeled) {
                        labels.add(labeled);
                    }
                }
                for (Node inside : cell.lookupAll(".table-cell")) {
                    labels.add((Labeled) inside);
                }
                for (Labeled label : labels) {
                    if (label.getText() == null || label.getText().isBlank() || !label.isVisible()
                            || label.getStyleClass().contains("status-pill")
                            || label.getStyleClass().contains("desk-count")
                            || !(label.getTextFill() instanceof Color text)) {
                        continue;
                    }
                    double ratio = contrast(text, background);
                    count[0]++;
                    if (ratio < 4.5) {
                        failures.add(String.format("%s: \"%s\" %s on %s is %.2f : 1", situation, label.getText(),
                                text, background, ratio));
                    }
                }
            }
        });
        return count[0];
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color color) {
        return 0.2126 * channel(color.getRed()) + 0.7152 * channel(color.getGreen())
                + 0.0722 * channel(color.getBlue());
    }

    private static double channel(double value) {
        return value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }
}
