package org.newsdesk.ui;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import org.newsdesk.ui.editor.StoryEditorView;

/**
 * The window's layout and its memory on this machine: the dividers, whether the story list and the editor are
 * shown, the theme and the text size, kept in {@link MachinePreferences} between runs.
 */
final class WindowLayout {
    private final MachinePreferences preferences;
    private final Region windowRoot;
    private final SplitPane mainSplit;
    private final SplitPane contentSplit;
    private final Node deskArea;
    private final StoryEditorView editorView;
    /** Below this many letters' width (a list of 22, a story of 34) a story opens over the desk, not beside it. */
    private static final double NARROW_EMS = 56;
    /** What the story's comments and revisions add to the room it needs, in letters. */
    private static final double HISTORY_EMS = 24;
    private Theme theme;
    /** The desk on screen: the split between it and the story is kept per desk. */
    private String desk = "";
    private double contentDefault = 0.34;
    private double fontScale;
    private java.util.function.BooleanSupplier coverDesk = () -> false;
    private boolean deskCovered;

    WindowLayout(MachinePreferences preferences, Region windowRoot, SplitPane mainSplit, SplitPane contentSplit,
                 Node deskArea, StoryEditorView editorView) {
        this.preferences = preferences;
        this.windowRoot = windowRoot;
        this.mainSplit = mainSplit;
        this.contentSplit = contentSplit;
        this.deskArea = deskArea;
        this.editorView = editorView;
        this.theme = Theme.parse(preferences.text("theme", Theme.SYSTEM.name()));
        this.fontScale = preferences.number("fontScale", 1.0);
        editorView.setDark(theme.isDark());
        applyFontScale();
        // A window made narrower, or History opened beside the story: the story covers the desk rather than
        // pushing the window's edge off the screen; with room again, the desk comes back beside it.
        contentSplit.widthProperty().addListener((observable, before, width) -> refit());
        editorView.historyShownProperty().addListener((observable, before, shown) -> refit());
    }

    Theme theme() {
        return theme;
    }

    double fontScale() {
        return fontScale;
    }

    /**
     * Keeps the split between the desk and the story per desk: leaving a desk remembers its split, arriving at one
     * restores its own (a screen such as the edition builder keeps most of the width by default).
     */
    void deskShown(String title, boolean listsStories) {
        if (contentSplit.getItems().size() > 1) {
            preferences.rememberNumber(contentKey(), contentSplit.getDividerPositions()[0]);
        }
        desk = title;
        contentDefault = listsStories ? 0.34 : 0.62;
        if (contentSplit.getItems().size() > 1) {
            contentSplit.setDividerPositions(preferences.number(contentKey(), contentDefault));
        }
    }

    private String contentKey() {
        return "split.content." + Integer.toHexString(desk.hashCode());
    }

    /**
     * When {@code cover} says so (the desk is a screen of its own, such as the Edition builder, which needs its
     * width), a story opens over the desk instead of beside it, and closing it shows the desk again as it was.
     */
    void coverDeskWhen(java.util.function.BooleanSupplier cover) {
        this.coverDesk = cover;
    }

    void showEditor() {
        if ((coverDesk.getAsBoolean() || isNarrow()) && contentSplit.getItems().contains(deskArea)) {
            if (contentSplit.getItems().size() > 1) {
                preferences.rememberNumber("split.content", contentSplit.getDividerPositions()[0]);
            }
            contentSplit.getItems().remove(deskArea);
            deskCovered = true;
        }
        if (!contentSplit.getItems().contains(editorView.root())) {
            contentSplit.getItems().add(editorView.root());
            if (contentSplit.getItems().size() > 1) {
                contentSplit.setDividerPositions(preferences.number(contentKey(), contentDefault));
            }
        }
    }

    void hideEditor() {
        if (contentSplit.getItems().contains(editorView.root())) {
            if (contentSplit.getItems().size() > 1) {
                preferences.rememberNumber(contentKey(), contentSplit.getDividerPositions()[0]);
            }
            contentSplit.getItems().remove(editorView.root());
        }
        uncoverDesk();
    }

    /**
     * Whether the room beside the sidebar is too narrow for a desk and a story side by side (a small window, or a big
     * text size): the story then opens over the desk, as over the edition builder, instead of crushing both.
     */
    private boolean isNarrow() {
        double width = contentSplit.getWidth();
        double needed = NARROW_EMS + (editorView.historyShownProperty().get() ? HISTORY_EMS : 0);
        return width > 0 && width < needed * TextSize.pixels();
    }

    /** Covers the desk with the open story, or gives the desk back its place beside it, as the room allows. */
    private void refit() {
        if (!contentSplit.getItems().contains(editorView.root())) {
            return;
        }
        boolean cover = coverDesk.getAsBoolean() || isNarrow();
        if (cover && contentSplit.getItems().contains(deskArea)) {
            preferences.rememberNumber(contentKey(), contentSplit.getDividerPositions()[0]);
            contentSplit.getItems().remove(deskArea);
            deskCovered = true;
        } else if (!cover && deskCovered) {
            deskCovered = false;
            contentSplit.getItems().add(0, deskArea);
            contentSplit.setDividerPositions(preferences.number(contentKey(), contentDefault));
        }
    }

    /** Shows the desk again if a story covered it (the story stays open, out of sight, until shown again). */
    void uncoverDesk() {
        if (deskCovered) {
            deskCovered = false;
            if (contentSplit.getItems().contains(editorView.root())) {
                contentSplit.getItems().remove(editorView.root());
            }
            if (!contentSplit.getItems().contains(deskArea)) {
                contentSplit.getItems().add(0, deskArea);
            }
        }
    }

    /** Whether an open story covers the desk now. */
    boolean isDeskCovered() {
        return deskCovered;
    }

    void showList(boolean shown) {
        if (shown && !contentSplit.getItems().contains(deskArea)) {
            contentSplit.getItems().add(0, deskArea);
            contentSplit.setDividerPositions(preferences.number(contentKey(), contentDefault));
        } else if (!shown && contentSplit.getItems().size() > 1) {
            preferences.rememberNumber(contentKey(), contentSplit.getDividerPositions()[0]);
            contentSplit.getItems().remove(deskArea);
        }
    }

    void setTheme(Theme chosen) {
        theme = chosen;
        chosen.apply();
        editorView.setDark(chosen.isDark());
        preferences.rememberText("theme", chosen.name());
    }

    void scaleFont(double scale) {
        fontScale = TextSize.clamp(scale);
        preferences.rememberNumber("fontScale", fontScale);
        applyFontScale();
        refit();
    }

    private void applyFontScale() {
        // Every window follows, not only this one: Settings, the shortcuts list, each dialog (TextSize).
        TextSize.set(fontScale);
        TextSize.style(windowRoot);
        editorView.setTextScale(fontScale);
    }

    /** Puts the dividers where they were last time. */
    void restore() {
        editorView.historyShownProperty().set(preferences.number("history.shown", 0) > 0);
        editorView.historyShownProperty().addListener((observable, before, shown) ->
                preferences.rememberNumber("history.shown", shown ? 1 : 0));
        mainSplit.setDividerPositions(preferences.number("split.main", 0.15));
        editorView.split().setDividerPositions(preferences.number("split.editor", 0.42));
        editorView.bodySplit().setDividerPositions(preferences.number("split.body", 0.62));
    }

    /** Remembers where the dividers are now. */
    void remember() {
        preferences.rememberNumber("split.main", mainSplit.getDividerPositions()[0]);
        if (contentSplit.getItems().size() > 1) {
            preferences.rememberNumber(contentKey(), contentSplit.getDividerPositions()[0]);
        }
        preferences.rememberNumber("split.editor", editorView.split().getDividerPositions()[0]);
        preferences.rememberNumber("split.body", editorView.bodySplit().getDividerPositions()[0]);
    }
}
