package org.newsdesk.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.fxmisc.richtext.GenericStyledArea;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's menu bar and what its entries do: every action of the window with its shortcut, the keyboard
 * shortcut list and the about box. Later screens hang entries on {@link #menu(String)}.
 */
final class MainMenus {
    private final MainWindow window;
    private final MenuBar menuBar;

    MainMenus(MainWindow window, MenuBar menuBar) {
        this.window = window;
        this.menuBar = menuBar;
    }

    void build(List<Desk> desks) {
        Menu file = new Menu("_File");
        file.getItems().addAll(
                item("_New story", Shortcuts.NEW_STORY, Feather.PLUS, window::startStoryWithoutClip),
                item("_Clip article from a web address…", Shortcuts.CLIP_URL, Feather.LINK, window.clipIn()::askForUrl),
                item("_Open a saved page…", Shortcuts.OPEN_SAVED_PAGE, Feather.FOLDER, window.clipIn()::askForFile),
                new SeparatorMenuItem(),
                item("_Save", Shortcuts.SAVE, Feather.SAVE, window.editorView()::saveNow),
                item("Close stor_y", Shortcuts.CLOSE_STORY, Feather.X, window::closeStory),
                new SeparatorMenuItem(),
                item("_Quit", Shortcuts.QUIT, Feather.POWER, window::quit));
        Menu edit = new Menu("_Edit");
        edit.getItems().addAll(
                item("_Undo", Shortcuts.UNDO, Feather.CORNER_UP_LEFT, () -> onFocused(TextInputControl::undo, GenericStyledArea::undo)),
                item("_Redo", Shortcuts.REDO, Feather.CORNER_UP_RIGHT, () -> onFocused(TextInputControl::redo, GenericStyledArea::redo)),
                new SeparatorMenuItem(),
                item("Cu_t", Shortcuts.CUT, Feather.SCISSORS, () -> onFocused(TextInputControl::cut, GenericStyledArea::cut)),
                item("_Copy", Shortcuts.COPY, Feather.COPY, () -> onFocused(TextInputControl::copy, GenericStyledArea::copy)),
                item("_Paste", Shortcuts.PASTE, Feather.CLIPBOARD, () -> onFocused(TextInputControl::paste, GenericStyledArea::paste)),
                item("Select _all", Shortcuts.SELECT_ALL, null, () -> onFocused(TextInputControl::selectAll, GenericStyledArea::selectAll)),
                new SeparatorMenuItem(),
                item("_Quote the selected passage", Shortcuts.QUOTE, Feather.MESSAGE_CIRCLE, this::quoteSelection),
                item("_Search everything", Shortcuts.SEARCH, Feather.SEARCH, window::focusSearch),
                item("_Filter this desk", Shortcuts.FILTER, Feather.FILTER, window::focusFilter));
        Menu story = new Menu("_Story");
        story.getItems().addAll(
                item("_Submit for review", Shortcuts.SUBMIT, Feather.SEND, window.editorView()::onSubmit),
                item("_Withdraw", Shortcuts.WITHDRAW, Feather.CORNER_DOWN_LEFT, window.editor()::withdraw),
                item("Check _quotations", Shortcuts.CHECK_QUOTES, Feather.CHECK_SQUARE, this::checkQuotes),
                new SeparatorMenuItem(),
                item("_Approve", null, Feather.CHECK_CIRCLE, () -> window.screenAction(ScreenActions.APPROVE,
                        "To approve a story, pick it in the Review queue.", "Pick a story in the queue first.")),
                item("Re_turn to writer", null, Feather.CORNER_UP_LEFT, () -> window.screenAction(
                        ScreenActions.RETURN, "To return a story, pick it in the Review queue and say what should"
                                + " change.", "Say what the writer should change in the box beside Return first.")),
                item("S_pike", null, Feather.TRASH_2, () -> window.screenAction(ScreenActions.SPIKE,
                        "To spike a story, pick it in the Review queue.", "Pick a story in the queue first.")),
                item("Pu_blish the edition…", null, Feather.GLOBE, () -> window.screenAction(ScreenActions.PUBLISH,
                        "To publish, open the edition in the Edition builder.",
                        "This edition cannot be published: it is empty or already published.")),
                new SeparatorMenuItem(),
                item("Go to _headline", Shortcuts.GO_TO_HEADLINE, null, window.editorView()::focusHeadline),
                item("Go to su_mmary", Shortcuts.GO_TO_SUMMARY, null, window.editorView()::focusBody),
                item("Comments and _revisions", Shortcuts.HISTORY, Feather.CLOCK, window.editorView()::toggleHistory),
                item("Add a _comment…", Shortcuts.ADD_COMMENT, Feather.MESSAGE_SQUARE, window.editorView()::writeComment),
                new SeparatorMenuItem(),
                item("Retry _pending clips", Shortcuts.RETRY_PENDING, Feather.REFRESH_CW, window.clipIn()::retryPending));
        Menu view = new Menu("_View");
        for (int i = 0; i < desks.size() && i < 9; i++) {
            Desk desk = desks.get(i);
            view.getItems().add(item(desk.title(), "Shortcut+" + (i + 1), desk.icon(),
                    () -> window.selectDesk(desk)));
        }
        CheckMenuItem storyListItem = new CheckMenuItem("Show the story list");
        storyListItem.setSelected(true);
        storyListItem.setAccelerator(KeyCombination.keyCombination(Shortcuts.STORY_LIST));
        storyListItem.selectedProperty().addListener((observable, before, shown) -> window.layout().showList(shown));
        Menu themes = new Menu("_Theme");
        ToggleGroup themeGroup = new ToggleGroup();
        for (Theme choice : Theme.values()) {
            RadioMenuItem themeItem = new RadioMenuItem(choice.label());
            themeItem.setToggleGroup(themeGroup);
            themeItem.setSelected(choice == window.layout().theme());
            themeItem.setOnAction(click -> window.layout().setTheme(choice));
            themes.getItems().add(themeItem);
        }
        MenuItem darkToggle = item("Switch _light or dark", Shortcuts.DARK, Feather.MOON, () -> {
            Theme next = window.layout().theme().isDark() ? Theme.LIGHT : Theme.DARK;
            themeGroup.getToggles().get(next.ordinal()).setSelected(true);
            window.layout().setTheme(next);
        });
        view.getItems().addAll(new SeparatorMenuItem(), storyListItem, themes, darkToggle, new SeparatorMenuItem(),
                item("_Bigger text", Shortcuts.BIGGER, Feather.ZOOM_IN, () -> window.layout().scaleFont(window.layout().fontScale() + 0.25)),
                item("_Smaller text", Shortcuts.SMALLER, Feather.ZOOM_OUT, () -> window.layout().scaleFont(window.layout().fontScale() - 0.25)),
                item("_Actual size", Shortcuts.ACTUAL_SIZE, null, () -> window.layout().scaleFont(1.0)));
        Menu help = new Menu("_Help");
        help.getItems().addAll(
                item("_Keyboard shortcuts", Shortcuts.SHORTCUTS, Feather.COMMAND, this::showShortcuts),
                item("_About Newsdesk", Shortcuts.ABOUT, Feather.INFO, this::showAbout));
        menuBar.getMenus().setAll(file, edit, story, view, help);
    }

    private static MenuItem item(String text, String shortcut, Ikon icon, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(true);
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        if (icon != null) {
            item.setGraphic(new FontIcon(icon));
        }
        item.setOnAction(click -> action.run());
        return item;
    }

    /**
     * The menu called {@code name}, added before Help when the bar has none yet: later screens hang their entries
     * here ("Newsroom", "Edition").
     */
    public Menu menu(String name) {
        for (Menu existing : menuBar.getMenus()) {
            if (existing.getText().replace("_", "").equals(name)) {
                return existing;
            }
        }
        Menu added = new Menu(name);
        menuBar.getMenus().add(Math.max(0, menuBar.getMenus().size() - 1), added);
        return added;
    }

    /** Every menu action that has a shortcut, menu by menu, in two aligned columns (shortcut, action). */
    void showShortcuts() {
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setId("shortcutGrid");
        grid.getStyleClass().add("shortcut-grid");
        grid.setHgap(24);
        grid.setVgap(4);
        int row = 0;
        for (Menu menu : menuBar.getMenus()) {
            List<MenuItem> withKeys = menu.getItems().stream()
                    .filter(each -> each.getAccelerator() != null && each.getText() != null).toList();
            if (withKeys.isEmpty()) {
                continue;
            }
            javafx.scene.control.Label caption = new javafx.scene.control.Label(menu.getText().replace("_", ""));
            caption.getStyleClass().add("pane-caption");
            grid.add(caption, 0, row++, 2, 1);
            for (MenuItem each : withKeys) {
                javafx.scene.control.Label keys =
                        new javafx.scene.control.Label(each.getAccelerator().getDisplayText());
                keys.getStyleClass().add("shortcut-keys");
                keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                grid.add(keys, 0, row);
                javafx.scene.control.Label action = new javafx.scene.control.Label(each.getText().replace("_", ""));
                action.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                grid.add(action, 1, row++);
            }
        }
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(grid);
        scroll.setFitToWidth(true);
        // 34 letters wide and 30 high, within the screen (the list scrolls)
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double letter = TextSize.pixels();
        scroll.setPrefViewportWidth(Math.min(34 * letter, screen.getWidth() - 4 * letter));
        scroll.setPrefViewportHeight(Math.min(30 * letter, screen.getHeight() - 10 * letter));
        grid.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Every action, with its shortcut");
        alert.getDialogPane().setContent(scroll);
        alert.setResizable(true);
        alert.initOwner(window.window());
        alert.show();
    }

    void showAbout() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION,
                "Newsdesk, the newsroom editor for digest newsletters.\n\nClip a source, write a 150–250 word"
                        + " summary beside it, and submit it for the day's edition.");
        alert.setTitle("About Newsdesk");
        alert.setHeaderText("Newsdesk " + Optional.ofNullable(MainWindow.class.getPackage().getImplementationVersion())
                .orElse(""));
        alert.initOwner(window.window());
        alert.show();
    }


    private void quoteSelection() {
        if (!window.editorView().quoteSelection()) {
            window.notice("Select a passage in the clip first, then press " + Shortcuts.text(Shortcuts.QUOTE) + " to quote it.");
        }
    }

    private void checkQuotes() {
        window.editor().checkQuotes();
        int count = window.editor().misquotes().size();
        window.notice(count == 0 ? "Every quotation is in the source." : count == 1
                ? "1 quotation is not in the source." : count + " quotations are not in the source.");
    }

    /** Runs an edit action on the focused text control: a plain one, or the summary's RichTextFX area. */
    private void onFocused(Consumer<TextInputControl> plain, Consumer<GenericStyledArea<?, ?, ?>> rich) {
        Scene scene = window.root().getScene();
        Object focused = scene == null ? null : scene.getFocusOwner();
        if (focused instanceof TextInputControl text) {
            plain.accept(text);
        } else if (focused instanceof GenericStyledArea<?, ?, ?> area) {
            rich.accept(area);
        }
    }
}
