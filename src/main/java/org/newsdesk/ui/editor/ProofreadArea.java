package org.newsdesk.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.newsdesk.integrity.Finding;

/**
 * A RichTextFX text area with what the checks found underlined where the words are, as in the summary editor (the
 * same style classes, see newsdesk.css: {@code mark-spelling}, {@code mark-grammar}, {@code mark-style},
 * {@code mark-misquote}, {@code mark-copied}), and a right click that offers a finding's suggestions, Ignore and
 * Add to newsroom dictionary. The edition builder's intro and the review queue's summary use it.
 */
public final class ProofreadArea {
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final StackPane node = new StackPane(new VirtualizedScrollPane<>(area));
    private final ContextMenu menu = new ContextMenu();
    private final ProofreadingViewModel proofreading;
    private final Supplier<String> person;
    private final Runnable recheck;

    /**
     * @param proofreading the checks whose body findings are marked (null: a plain area with cut, copy and paste)
     * @param person       who adds a word to the newsroom dictionary
     * @param recheck      checks the text again (after Ignore)
     */
    public ProofreadArea(String id, String accessibleText, String placeholder, ProofreadingViewModel proofreading,
                         Supplier<String> person, Runnable recheck) {
        this.proofreading = proofreading;
        this.person = person;
        this.recheck = recheck;
        area.setId(id);
        area.getStyleClass().add("body-area");
        area.setWrapText(true);
        area.setAccessibleText(accessibleText);
        Label prompt = new Label(placeholder);
        prompt.getStyleClass().add("body-placeholder");
        prompt.setWrapText(true);
        area.setPlaceholder(prompt, javafx.geometry.Pos.TOP_LEFT);
        node.getStyleClass().add("body-holder");
        menu.setId("findingMenu");
        if (proofreading != null) {
            proofreading.bodyFindings().addListener((ListChangeListener<Finding>) change -> mark());
        }
        area.setOnContextMenuRequested(event -> {
            if (!menu.isShowing()) {
                showMenu(event.getX(), event.getY(), event.getScreenX(), event.getScreenY());
            }
            event.consume();
        });
        // not every platform turns a right press into a context-menu request (the headless one does not)
        area.addEventHandler(MouseEvent.MOUSE_PRESSED, press -> {
            if (press.getButton() == MouseButton.SECONDARY) {
                showMenu(press.getX(), press.getY(), press.getScreenX(), press.getScreenY());
                press.consume();
            }
        });
    }

    /**
     * Follows {@code text} both ways; a text set from outside (another story, another edition) starts the area's
     * undo history afresh.
     */
    public void bindBidirectional(StringProperty text) {
        area.replaceText(text.get() == null ? "" : text.get());
        area.getUndoManager().forgetHistory();
        area.textProperty().addListener((observable, before, now) -> {
            if (!now.equals(text.get())) {
                text.set(now);
            }
        });
        text.addListener((observable, before, now) -> {
            String shown = now == null ? "" : now;
            if (!shown.equals(area.getText())) {
                area.replaceText(shown);
                area.getUndoManager().forgetHistory();
                area.moveTo(0);
                area.requestFollowCaret();
            }
        });
    }

    public StyleClassedTextArea area() {
        return area;
    }

    /** The area in its scroll pane, framed (style class body-holder), to put in a layout. */
    public Node node() {
        return node;
    }

    /** Selects a finding's words and scrolls to them, when the findings are those of the text shown. */
    public boolean select(Finding finding) {
        if (finding == null || !finding.hasSpan() || !isCurrent() || finding.end() > area.getLength()) {
            return false;
        }
        area.selectRange(finding.start(), finding.end());
        area.requestFollowCaret();
        return true;
    }

    private boolean isCurrent() {
        return proofreading != null && proofreading.checkedBody().equals(area.getText());
    }

    /** Underlines the findings; marks made for an older text stay off until the check of this one arrives. */
    private void mark() {
        int length = area.getLength();
        if (length == 0) {
            return;
        }
        area.setStyleSpans(0, spans(length, isCurrent() ? proofreading.bodyFindings() : List.of()));
    }

    /** The style classes of a text of {@code length} characters with {@code findings} marked, one class a kind. */
    public static StyleSpans<Collection<String>> spans(int length, List<Finding> findings) {
        List<List<String>> classes = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            classes.add(null);
        }
        for (Finding finding : findings) {
            String style = "mark-" + finding.kind().label();
            for (int i = Math.max(0, finding.start()); i < finding.end() && i < length; i++) {
                List<String> at = classes.get(i);
                if (at == null) {
                    classes.set(i, List.of(style));
                } else if (!at.contains(style)) {
                    List<String> more = new ArrayList<>(at);
                    more.add(style);
                    classes.set(i, List.copyOf(more));
                }
            }
        }
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        List<String> run = null;
        int runLength = 0;
        for (List<String> at : classes) {
            if (runLength > 0 && !Objects.equals(at, run)) {
                spans.add(run == null ? List.of() : run, runLength);
                runLength = 0;
            }
            run = at;
            runLength++;
        }
        spans.add(run == null ? List.of() : run, runLength);
        return spans.create();
    }

    private void showMenu(double x, double y, double screenX, double screenY) {
        menu.hide();
        Finding finding = isCurrent() ? proofreading.findingAt(area.hit(x, y).getInsertionIndex()) : null;
        menu.getItems().setAll(menuFor(area, finding, area.isEditable() && !area.isDisabled(), () -> {
            proofreading.ignore(finding, null, List.of());
            recheck.run();
        }, () -> proofreading.addToDictionary(person.get(), finding.quote(), null, List.of())));
        menu.show(area, screenX, screenY);
    }

    /**
     * What a right click on {@code finding} offers (none: only cut, copy and paste): its suggestions, which replace
     * its words when {@code editable}, Ignore for a writing finding and, for a misspelling, Add to newsroom dictionary.
     */
    static List<MenuItem> menuFor(StyleClassedTextArea area, Finding finding, boolean editable, Runnable ignore,
                                  Runnable addToDictionary) {
        List<MenuItem> items = new ArrayList<>();
        if (finding != null) {
            MenuItem what = new MenuItem(finding.message());
            what.setDisable(true);
            items.add(what);
            for (String suggestion : finding.suggestions()) {
                MenuItem replace = new MenuItem(suggestion.isEmpty() ? "Delete \u201C" + finding.quote().strip()
                        + "\u201D" : suggestion.isBlank() ? "One space" : suggestion);
                replace.getStyleClass().add("suggestion-item");
                replace.setDisable(!editable);
                replace.setOnAction(chosen -> replace(area, finding, suggestion));
                items.add(replace);
            }
            if (finding.isWriting()) {
                MenuItem ignoreItem = new MenuItem("Ignore");
                ignoreItem.setId("ignoreItem");
                ignoreItem.setOnAction(chosen -> ignore.run());
                items.add(ignoreItem);
            }
            if (finding.kind() == Finding.Kind.SPELLING) {
                MenuItem add = new MenuItem("Add to newsroom dictionary");
                add.setId("addToDictionaryItem");
                add.setOnAction(chosen -> addToDictionary.run());
                items.add(add);
            }
            items.add(new SeparatorMenuItem());
        }
        MenuItem cut = new MenuItem("Cut");
        cut.setOnAction(chosen -> area.cut());
        MenuItem copy = new MenuItem("Copy");
        copy.setOnAction(chosen -> area.copy());
        MenuItem paste = new MenuItem("Paste");
        paste.setOnAction(chosen -> area.paste());
        items.addAll(List.of(cut, copy, paste));
        return items;
    }

    private static void replace(StyleClassedTextArea area, Finding finding, String suggestion) {
        if (finding.end() <= area.getLength() && area.getText(finding.start(), finding.end()).equals(finding.quote())) {
            area.replaceText(finding.start(), finding.end(), suggestion);
        }
    }
}
