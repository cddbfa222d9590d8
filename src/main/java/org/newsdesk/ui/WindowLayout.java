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
    private Theme theme;
    private double fontScale;

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
    }

    Theme theme() {
        return theme;
    }

    double fontScale() {
        return fontScale;
    }

    void showEditor() {
        if (!contentSplit.getItems().contains(editorView.root())) {
            contentSplit.getItems().add(editorView.root());
            contentSplit.setDividerPositions(preferences.number("split.content", 0.34));
        }
    }

    void hideEditor() {
        if (contentSplit.getItems().contains(editorView.root())) {
            preferences.rememberNumber("split.content", contentSplit.getDividerPositions()[0]);
            contentSplit.getItems().remove(editorView.root());
        }
    }

    void showList(boolean shown) {
        if (shown && !contentSplit.getItems().contains(deskArea)) {
            contentSplit.getItems().add(0, deskArea);
            contentSplit.setDividerPositions(preferences.number("split.content", 0.34));
        } else if (!shown && contentSplit.getItems().size() > 1) {
            preferences.rememberNumber("split.content", contentSplit.getDividerPositions()[0]);
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
            preferences.rememberNumber("split.content", contentSplit.getDividerPositions()[0]);
        }
        preferences.rememberNumber("split.editor", editorView.split().getDividerPositions()[0]);
        preferences.rememberNumber("split.body", editorView.bodySplit().getDividerPositions()[0]);
    }
}
