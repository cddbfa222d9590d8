package org.newsdesk.ui;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * The text size (View › Bigger text) of every window the app opens, not only the main one: the review queue and the
 * edition builder inside it, Settings, the shortcuts list, every dialog. Each window's root gets the font size and a
 * {@code text-scale-N} class (icons follow it in newsdesk.css) and Newsdesk's stylesheet, as soon as it is shown.
 * FX thread only.
 */
public final class TextSize {
    /** The font size of 100 %, in pixels. */
    public static final double BASE_PX = 14;
    private static final ReadOnlyDoubleWrapper SCALE = new ReadOnlyDoubleWrapper(1.0);
    private static boolean following;

    private TextSize() {
    }

    /** Sets the text size of every window, open now or opened later; {@code scale} is kept within 75–250 %. */
    public static void set(double scale) {
        SCALE.set(clamp(scale));
        follow();
        for (Window window : Window.getWindows()) {
            style(window.getScene());
        }
    }

    public static double scale() {
        return SCALE.get();
    }

    public static ReadOnlyDoubleProperty scaleProperty() {
        return SCALE.getReadOnlyProperty();
    }

    /** The font size in pixels at the current scale, "14" at 100 %. */
    public static long pixels() {
        return Math.round(BASE_PX * SCALE.get());
    }

    public static double clamp(double scale) {
        return Math.max(0.75, Math.min(2.5, scale));
    }

    /** Applies the current text size (and Newsdesk's stylesheet) to {@code root}. */
    public static void style(Parent root) {
        if (root == null) {
            return;
        }
        String others = root.getStyle() == null ? "" : root.getStyle().replaceAll("-fx-font-size:[^;]*;?", "").strip();
        root.setStyle(("-fx-font-size: " + pixels() + "px; " + others).strip());
        root.getStyleClass().removeIf(style -> style.startsWith("text-scale-"));
        root.getStyleClass().add("text-scale-" + Math.round(SCALE.get() * 4) * 25);
        String sheet = TextSize.class.getResource("newsdesk.css").toExternalForm();
        if (!root.getStylesheets().contains(sheet)) {
            root.getStylesheets().add(sheet);
        }
    }

    private static void style(Scene scene) {
        if (scene != null) {
            style(scene.getRoot());
        }
    }

    /** Styles each window as it opens (menus and tooltips take their size from the window that owns them). */
    private static void follow() {
        if (following) {
            return;
        }
        following = true;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window window : change.getAddedSubList()) {
                    if (window instanceof PopupWindow) {
                        continue;
                    }
                    style(window.getScene());
                    if (window.getProperties().putIfAbsent(TextSize.class, Boolean.TRUE) == null) {
                        window.sceneProperty().addListener((observable, before, scene) -> style(scene));
                    }
                }
            }
        });
    }
}
