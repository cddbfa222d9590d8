package org.newsdesk.ui;

import java.util.List;
import java.util.Set;
import javafx.scene.input.KeyCombination;

/**
 * Newsdesk's keyboard shortcuts, in one table, chosen so that none fights the desktop: Shortcut+Q is the
 * platform's own Quit (Ctrl+Q on GNOME and KDE, Cmd+Q on macOS), so nothing else may use it; Cmd+H (hide),
 * Cmd+M (minimise), Cmd+Shift+Q (log out) and Cmd+Option+Esc belong to macOS. "Shortcut" is Ctrl, or Cmd on
 * macOS; {@link #text} shows a shortcut in the platform's own words.
 */
public final class Shortcuts {
    public static final String NEW_STORY = "Shortcut+N";
    public static final String CLIP_URL = "Shortcut+L";
    public static final String OPEN_SAVED_PAGE = "Shortcut+O";
    public static final String SAVE = "Shortcut+S";
    public static final String CLOSE_STORY = "Shortcut+W";
    public static final String QUIT = "Shortcut+Q";
    public static final String UNDO = "Shortcut+Z";
    public static final String REDO = "Shortcut+Shift+Z";
    public static final String CUT = "Shortcut+X";
    public static final String COPY = "Shortcut+C";
    public static final String PASTE = "Shortcut+V";
    public static final String SELECT_ALL = "Shortcut+A";
    public static final String QUOTE = "Shortcut+E";
    public static final String SEARCH = "Shortcut+F";
    public static final String FILTER = "Shortcut+Shift+F";
    public static final String SUBMIT = "Shortcut+Enter";
    public static final String WITHDRAW = "Shortcut+Shift+W";
    public static final String CHECK_QUOTES = "Shortcut+K";
    public static final String GO_TO_HEADLINE = "Shortcut+Shift+H";
    public static final String GO_TO_SUMMARY = "Shortcut+Shift+M";
    public static final String HISTORY = "Shortcut+Shift+R";
    public static final String ADD_COMMENT = "Shortcut+Shift+C";
    public static final String RETRY_PENDING = "Shortcut+R";
    public static final String STORY_LIST = "Shortcut+Backslash";
    public static final String DARK = "Shortcut+Shift+D";
    public static final String BIGGER = "Shortcut+Equals";
    public static final String SMALLER = "Shortcut+Minus";
    public static final String ACTUAL_SIZE = "Shortcut+0";
    public static final String SHORTCUTS = "F1";
    public static final String ABOUT = "Shortcut+F1";
    public static final String SETTINGS = "Shortcut+Comma";

    /** Every shortcut of the menus above but Quit (the desks' Shortcut+1…9 come on top). */
    public static final List<String> ACTIONS = List.of(NEW_STORY, CLIP_URL, OPEN_SAVED_PAGE, SAVE, CLOSE_STORY,
            UNDO, REDO, CUT, COPY, PASTE, SELECT_ALL, QUOTE, SEARCH, FILTER, SUBMIT, WITHDRAW, CHECK_QUOTES, GO_TO_HEADLINE, GO_TO_SUMMARY, HISTORY,
            ADD_COMMENT, RETRY_PENDING, STORY_LIST, DARK, BIGGER, SMALLER, ACTUAL_SIZE, SHORTCUTS, ABOUT, SETTINGS);

    /**
     * What a desktop keeps for itself, on at least one of Linux (GNOME, KDE), macOS and Windows, written with
     * Shortcut for Ctrl/Cmd. Only Quit may use Shortcut+Q, as Quit.
     */
    public static final Set<String> RESERVED = Set.of("Shortcut+Q", "Shortcut+H", "Shortcut+Alt+H", "Shortcut+M",
            "Shortcut+Shift+Q", "Shortcut+Alt+Esc", "Shortcut+Tab", "Shortcut+Space", "Shortcut+Alt+Space",
            "Shortcut+Alt+D", "Shortcut+Alt+T", "Shortcut+Alt+L", "Shortcut+Alt+Delete", "Shortcut+Esc",
            "Alt+F4", "Alt+Tab", "Alt+F2", "Alt+Space", "Shortcut+Shift+3", "Shortcut+Shift+4", "Shortcut+Shift+5",
            "Shortcut+Ctrl+F", "Shortcut+Ctrl+Q", "Shortcut+Grave");

    private Shortcuts() {
    }

    /** The shortcut as this platform writes it: "Ctrl+L" on Linux and Windows, "⌘L" on macOS. */
    public static String text(String shortcut) {
        return KeyCombination.keyCombination(shortcut).getDisplayText();
    }
}
