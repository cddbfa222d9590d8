package org.newsdesk.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.newsdesk.clip.LocalSite;
import org.newsdesk.testing.SampleDesk;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A developer's tool, not a test: photographs every screen of the {@link ScreenTour} at each window size, theme and
 * text size, as the editor and as a writer, into PNG files, and (in the dark theme) the popups: a context menu, a
 * combo box's list, a tooltip and a dialog, from the screen itself so that their frames show. Run it with
 * {@code tools/screenshots/take.sh} (under Xvfb); arguments: the output folder, then any of
 * {@code --sizes 1440x900,1280x720 --themes light,dark --scales 100,200 --people editor,writer --only NAME}.
 */
public final class ScreenMatrix {
    private final Path out;
    private final FxRobot robot = new FxRobot();
    private final Stage stage;
    private final List<String> written = new ArrayList<>();

    private ScreenMatrix(Path out, Stage stage) {
        this.out = out;
        this.stage = stage;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "screens");
        List<String> sizes = option(args, "--sizes", "1440x900,1280x720");
        List<String> themes = option(args, "--themes", "light,dark");
        List<String> scales = option(args, "--scales", "100,200");
        List<String> people = option(args, "--people", "editor,writer");
        List<String> only = option(args, "--only", "");
        Files.createDirectories(out);
        Stage stage = FxToolkit.registerPrimaryStage();
        ScreenMatrix matrix = new ScreenMatrix(out, stage);
        for (String person : people) {
            for (String size : sizes) {
                for (String theme : themes) {
                    for (String scale : scales) {
                        try {
                            matrix.photograph(person, size, theme, Integer.parseInt(scale), only);
                        } catch (Exception | AssertionError e) {
                            // one combination that fails leaves the others to be photographed
                            System.err.println("Could not photograph " + person + " " + size + " " + theme + " "
                                    + scale + ": " + e);
                            e.printStackTrace();
                        }
                    }
                }
            }
        }
        System.out.println("Wrote " + matrix.written.size() + " screenshots into " + out.toAbsolutePath());
        Platform.exit();
        System.exit(0);
    }

    private static List<String> option(String[] args, String name, String otherwise) {
        String value = otherwise;
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                value = args[i + 1];  // the last one counts
            }
        }
        return value.isEmpty() ? List.of() : List.of(value.split(","));
    }

    /** One run of the tour in one combination, each stop a PNG named after the combination and the stop. */
    private void photograph(String person, String size, String theme, int percent, List<String> only)
            throws Exception {
        String[] wh = size.split("x");
        Path folder = Files.createTempDirectory("newsdesk-screens");
        try (RunningApp running = new RunningApp(folder); LocalSite site = ScreenTour.furnished(running)) {
            running.preferences.rememberNumber("window.width", Double.parseDouble(wh[0]));
            running.preferences.rememberNumber("window.height", Double.parseDouble(wh[1]));
            running.preferences.rememberNumber("fontScale", percent / 100.0);
            running.preferences.rememberText("theme", theme.toUpperCase(Locale.ROOT));
            robot.interact(() -> {
                Theme.parse(theme.toUpperCase(Locale.ROOT)).apply();
                stage.setX(0);
                stage.setY(0);
            });
            String prefix = person + "-" + size + "-" + theme + "-" + percent;
            AtomicInteger number = new AtomicInteger();
            ScreenTour tour = new ScreenTour(robot, running, stage);
            java.util.function.Consumer<ScreenTour.Stop> shoot = stop -> {
                int n = number.incrementAndGet();
                if (only.isEmpty() || only.stream().anyMatch(stop.name()::contains)) {
                    save(snapshot(stop.window()), String.format("%s-%02d-%s.png", prefix, n, slug(stop.name())));
                }
            };
            if (person.equals("editor")) {
                tour.asEditor(shoot);
                if (theme.equals("dark") && only.isEmpty()) {
                    popups(prefix);
                }
            } else {
                tour.asWriter(shoot);
            }
            robot.interact(() -> new ArrayList<>(Window.getWindows()).stream()
                    .filter(window -> window != stage && window instanceof Stage).forEach(Window::hide));
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** A context menu, a combo box's list, a tooltip and a dialog, photographed from the screen with their frames. */
    private void popups(String prefix) {
        Node desks = stage.getScene().getRoot().lookup("#deskList");
        AtomicReference<javafx.stage.PopupWindow> popup = new AtomicReference<>();
        robot.interact(() -> {
            ContextMenu menu = new ContextMenu(new MenuItem("Open"), new MenuItem("Approve"), new MenuItem("Spike"));
            var bounds = desks.localToScreen(desks.getBoundsInLocal());
            menu.show(desks, bounds.getMinX() + 60, bounds.getMinY() + 60);
            popup.set(menu);
        });
        screen(prefix + "-popup-context-menu.png");
        robot.interact(() -> popup.get().hide());

        robot.interact(() -> {
            Tooltip tip = new Tooltip("Switch person");
            var bounds = desks.localToScreen(desks.getBoundsInLocal());
            tip.show(desks, bounds.getMinX() + 60, bounds.getMinY() + 60);
            popup.set(tip);
        });
        screen(prefix + "-popup-tooltip.png");
        robot.interact(() -> popup.get().hide());

        AtomicReference<ComboBox<String>> box = new AtomicReference<>();
        robot.interact(() -> {
            box.set(new ComboBox<>());
            box.get().getItems().setAll("Writer", "Editor");
            ((javafx.scene.layout.Pane) desks.getParent()).getChildren().add(box.get());
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> box.get().show());
        screen(prefix + "-popup-combo-box.png");
        robot.interact(() -> {
            box.get().hide();
            ((javafx.scene.layout.Pane) box.get().getParent()).getChildren().remove(box.get());
        });

        AtomicReference<javafx.scene.control.Alert> alert = new AtomicReference<>();
        robot.interact(() -> {
            alert.set(new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                    "Publish this edition? Two stories are still flagged in the pre-flight."));
            alert.get().initOwner(stage);
            alert.get().setX(200);
            alert.get().setY(150);
            alert.get().show();
        });
        screen(prefix + "-popup-dialog.png");
        robot.interact(() -> alert.get().hide());
    }

    private void screen(String name) {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
        AtomicReference<Image> image = new AtomicReference<>();
        robot.interact(() -> {
            Rectangle2D bounds = new Rectangle2D(0, 0, stage.getWidth(), stage.getHeight());
            image.set(new javafx.scene.robot.Robot().getScreenCapture(null, bounds));
        });
        save(image.get(), name);
    }

    private static Image snapshot(Window window) {
        AtomicReference<Image> image = new AtomicReference<>();
        WaitForAsyncUtils.waitForFxEvents();
        new FxRobot().interact(() -> image.set(window.getScene().snapshot(null)));
        return image.get();
    }

    private void save(Image image, String name) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            ImageIO.write(png, "png", out.resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written.add(name);
        System.out.println(name);
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replace("\u203a", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }
}
