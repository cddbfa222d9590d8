package org.newsdesk.ui.desk;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The widths of a story table's columns: each column's width for 100 % text (times the text size), or the share of
 * the table a person gave it by dragging, kept per desk between runs. Whenever the table's width or its columns
 * change, every visible column gets exactly its width again, so a story panel that was open leaves no narrow
 * Headline behind.
 */
final class ColumnWidths {
    private final TableView<?> table;
    private final DoubleSupplier fontPixels;
    /** Each column's minimum, preferred and maximum width at 100 % text, in column order. */
    private final double[][] base;
    private String desk = "";
    private Function<String, String> recall = key -> "";
    private BiConsumer<String, String> keep = (key, value) -> { };
    /** The columns are being given their widths (not dragged by the person). */
    private boolean settling;
    private boolean queued;

    /** The widths {@code table}'s columns have now are those of 100 % text; {@code fontPixels} is the text size. */
    ColumnWidths(TableView<?> table, DoubleSupplier fontPixels) {
        this.table = table;
        this.fontPixels = fontPixels;
        this.base = table.getColumns().stream()
                .map(each -> new double[] {each.getMinWidth(), each.getPrefWidth(), each.getMaxWidth()})
                .toArray(double[][]::new);
    }

    /** Where the shares are kept between runs ({@code recall} answers "" for nothing kept). */
    void keepWith(Function<String, String> recall, BiConsumer<String, String> keep) {
        this.recall = recall;
        this.keep = keep;
    }

    /** The desk on screen: its shares apply from now on. */
    void desk(String title) {
        desk = title;
        settleLater();
    }

    private double factor() {
        return Math.max(1, fontPixels.getAsDouble() / 14);
    }

    /** A new text size: every column's least and most width grow with it ("Words", never "…"). */
    void scale() {
        for (int i = 0; i < base.length; i++) {
            TableColumn<?, ?> each = table.getColumns().get(i);
            each.setMinWidth(base[i][0] * factor());
            each.setMaxWidth(base[i][2] >= 5000 ? base[i][2] : base[i][2] * factor());
        }
        settleLater();
    }

    private String key() {
        return "columns." + Integer.toHexString(desk.hashCode());
    }

    /** Keeps the visible columns' shares of the table's width for this desk (after the person dragged one). */
    void remember() {
        double width = table.getWidth();
        if (width <= 0 || settling) {
            return;
        }
        StringBuilder shares = new StringBuilder();
        for (TableColumn<?, ?> each : table.getColumns()) {
            if (shares.length() > 0) {
                shares.append(' ');
            }
            shares.append(each.isVisible() ? String.format(Locale.ROOT, "%.4f", each.getWidth() / width) : "-");
        }
        keep.accept(key(), shares.toString());
    }

    /** This desk's kept share of the table for each column, NaN where it has none. */
    private double[] keptShares() {
        String kept = recall.apply(key());
        String[] shares = kept == null ? new String[0] : kept.strip().split(" ");
        double[] parsed = new double[base.length];
        Arrays.fill(parsed, Double.NaN);
        if (shares.length == parsed.length) {
            try {
                for (int i = 0; i < shares.length; i++) {
                    parsed[i] = shares[i].equals("-") ? Double.NaN : Double.parseDouble(shares[i]);
                }
            } catch (NumberFormatException e) {
                Arrays.fill(parsed, Double.NaN);  // a damaged preference: the default widths
            }
        }
        return parsed;
    }

    /** Settles the columns once the table has its new width (a pulse later, when its columns fill it). */
    void settleLater() {
        if (!queued) {
            queued = true;
            Platform.runLater(this::settle);
        }
    }

    /**
     * Gives each visible column exactly its width for this desk: its kept share, else its default, scaled together
     * to fill the table. (The table's own resizing keeps whatever widths it had when columns come and go.)
     */
    private void settle() {
        queued = false;
        List<? extends TableColumn<?, ?>> visible = table.getColumns().stream().filter(TableColumn::isVisible).toList();
        double available = visible.stream().mapToDouble(TableColumn::getWidth).sum();
        if (available <= 0 || settling) {
            return;
        }
        double[] shares = keptShares();
        double[] target = new double[visible.size()];
        double sum = 0;
        for (int i = 0; i < visible.size(); i++) {
            TableColumn<?, ?> each = visible.get(i);
            int column = table.getColumns().indexOf(each);
            double wanted = Double.isNaN(shares[column]) ? base[column][1] * factor() : shares[column] * table.getWidth();
            target[i] = clamp(each, wanted);
            sum += target[i];
        }
        settling = true;
        try {
            // A column's width follows its preferred width only while the table does not resize columns itself.
            var policy = table.getColumnResizePolicy();
            table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
            for (int i = 0; i < visible.size(); i++) {
                visible.get(i).setPrefWidth(clamp(visible.get(i), Math.floor(target[i] * available / sum)));
            }
            table.layout();
            table.setColumnResizePolicy(policy);
        } finally {
            settling = false;
        }
    }

    private static double clamp(TableColumn<?, ?> column, double width) {
        return Math.max(column.getMinWidth(), Math.min(column.getMaxWidth(), width));
    }
}
