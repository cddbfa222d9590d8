package org.newsdesk.ui;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/** Keeps buttons usable in a narrow window or at a large text size: below a width they show only their icon. */
public final class Compact {
    private Compact() {
    }

    /**
     * Shows only the icons of {@code labeled} (their text moves to a tooltip) while {@code container} is narrower
     * than {@code ems} times its font size.
     */
    public static void whenNarrow(Region container, double ems, Labeled... labeled) {
        for (Labeled control : labeled) {
            if (control.getTooltip() == null && control.getText() != null && !control.getText().isBlank()) {
                control.setTooltip(new Tooltip(control.getText()));
            }
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        Runnable fit = () -> {
            double fontSize = labeled.length == 0 ? 14 : labeled[0].getFont().getSize();
            boolean narrow = container.getWidth() < ems * fontSize;
            for (Labeled control : labeled) {
                control.setContentDisplay(narrow && control.getGraphic() != null ? ContentDisplay.GRAPHIC_ONLY
                        : ContentDisplay.LEFT);
            }
        };
        container.widthProperty().addListener((observable, before, width) -> fit.run());
        if (labeled.length > 0) {
            labeled[0].fontProperty().addListener((observable, before, font) -> fit.run());
        }
    }
}
