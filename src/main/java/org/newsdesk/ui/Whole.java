package org.newsdesk.ui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Keeps words whole in a small window or at a big text size: a button keeps its whole label, a sentence wraps onto
 * more lines, a label in a form keeps its width, a column is never narrower than its title. What no longer fits then
 * scrolls (the screen is in a scroll pane) instead of ending in "…".
 */
public final class Whole {
    private Whole() {
    }

    /**
     * Keeps the text under {@code content} whole: buttons, sentences in panes, form labels and column titles. Run it
     * once the content is in a window (controls such as a titled pane make their children only then); running it
     * again does no harm.
     */
    public static void keep(Node content) {
        content.applyCss();
        buttons(content);
        for (Node node : content.lookupAll(".label")) {
            if (!(node instanceof Label label) || label.getParent() == null) {
                continue;
            }
            if (label.getParent() instanceof GridPane) {
                label.setMinWidth(Region.USE_PREF_SIZE);
            } else if (label.getParent() instanceof Pane && !label.getStyleClass().contains("status-pill")) {
                label.setWrapText(true);
                label.setMinHeight(Region.USE_PREF_SIZE);
                if (label.getParent() instanceof HBox) {
                    HBox.setHgrow(label, Priority.SOMETIMES);
                }
            }
        }
        for (Node node : content.lookupAll(".table-view")) {
            if (node instanceof TableView<?> table) {
                columnTitles(table);
            }
        }
    }

    /** Every label under {@code content} that wraps keeps all its lines: a squeezed pane grows taller instead. */
    public static void sentences(Node content) {
        if (content instanceof Label label && label.isWrapText()
                && label.getMinHeight() == Region.USE_COMPUTED_SIZE) {
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        if (content instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                sentences(child);
            }
        }
    }

    /** Buttons, and boxes that show their choice ("Writer", not "Wr…"), keep their whole width. */
    private static void buttons(Node node) {
        if (node instanceof ButtonBase || node instanceof javafx.scene.control.ComboBoxBase<?>
                || node instanceof javafx.scene.control.ChoiceBox<?>) {
            ((Region) node).setMinWidth(Region.USE_PREF_SIZE);
        }
        if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                buttons(child);
            }
        }
    }

    /** Keeps every column of {@code table} at least as wide as its title, at this text size and every later one. */
    public static void columnTitles(TableView<?> table) {
        if (table.getProperties().putIfAbsent(Whole.class, Boolean.TRUE) == null) {
            ChangeListener<Number> onScale = (observable, before, scale) -> fitTitles(table);
            // held by the table, so that the text size's weak listener lives exactly as long as the table
            table.getProperties().put(ChangeListener.class, onScale);
            TextSize.scaleProperty().addListener(new WeakChangeListener<>(onScale));
        }
        fitTitles(table);
    }

    /** Widens each column to its title in the bold header type of the current text size, with room for the arrow. */
    private static void fitTitles(TableView<?> table) {
        double size = TextSize.pixels();
        Text measure = new Text();
        measure.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, size));
        for (TableColumnBase<?, ?> column : table.getColumns()) {
            measure.setText(column.getText() == null ? "" : column.getText());
            double needed = Math.ceil(measure.getLayoutBounds().getWidth() + 2 * size);
            if (column.getMinWidth() < needed) {
                column.setMinWidth(needed);
            }
            if (column.getPrefWidth() < needed) {
                column.setPrefWidth(needed);
            }
        }
    }
}
