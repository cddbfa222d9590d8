package org.newsdesk.ui.edition;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.newsdesk.model.Story;

/** A story as a draggable line: headline, then outlet, author and words. */
final class EditionStoryCell extends ListCell<Story> {
    /** What a dragged story carries: its id, so only Newsdesk's own drags are accepted. */
    static final DataFormat STORY_ID = new DataFormat("application/x-newsdesk-story-id");

    static final KeyCombination ALT_UP = new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);
    static final KeyCombination ALT_DOWN = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);

    private final EditionBuilderViewModel viewModel;
    private final boolean inEdition;
    private final int firstNumber;

    EditionStoryCell(EditionBuilderViewModel viewModel, boolean inEdition, int firstNumber) {
        this.viewModel = viewModel;
        this.inEdition = inEdition;
        this.firstNumber = firstNumber;
        getStyleClass().add("story-cell");
        // A zero preferred width lets the cell follow the list's width, so long headlines end in an ellipsis.
        setPrefWidth(0);
        setOnDragDetected(event -> {
            if (getItem() == null || !viewModel.canEditProperty().get()) {
                return;
            }
            Dragboard dragboard = startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.put(STORY_ID, getItem().id().toString());
            content.putString(getItem().headline());
            dragboard.setContent(content);
            dragboard.setDragView(snapshot(null, null));
            event.consume();
        });
        if (inEdition) {
            setOnDragOver(event -> {
                if (acceptsDrop(viewModel, event) && getItem() != null) {
                    event.acceptTransferModes(TransferMode.MOVE);
                    getStyleClass().add("drop-target");
                }
                event.consume();
            });
            setOnDragExited(event -> getStyleClass().removeAll("drop-target"));
            setOnDragDropped(event -> {
                UUID id = storyIdOf(event.getDragboard());
                ListView<Story> list = getListView();
                if (id != null && getItem() != null) {
                    boolean lowerHalf = event.getY() > getHeight() / 2;
                    drop(viewModel, id, (String) list.getUserData(), list.getItems(), getIndex() + (lowerHalf ? 1 : 0));
                }
                event.setDropCompleted(id != null);
                event.consume();
            });
        }
    }

    @Override
    protected void updateItem(Story story, boolean empty) {
        super.updateItem(story, empty);
        if (empty || story == null) {
            setText(null);
            setGraphic(null);
            setContextMenu(null);
            return;
        }
        Label headline = new Label(story.headline().isBlank() ? "(no headline)" : story.headline());
        headline.getStyleClass().add("story-headline");
        List<String> facts = new ArrayList<>();
        if (story.outlet() != null && !story.outlet().isBlank()) {
            facts.add(story.outlet());
        }
        facts.add(story.author());
        facts.add(story.wordCount() + " words");
        if (!inEdition && story.section() != null && !story.section().isBlank()) {
            facts.add(story.section());
        }
        Label details = new Label(String.join(" · ", facts));
        details.getStyleClass().add("story-details");
        VBox box = new VBox(2, headline, details);
        box.setMinWidth(0);
        if (inEdition) {
            Label number = new Label((firstNumber + getIndex()) + ".");
            number.getStyleClass().add("story-number");
            number.setMinWidth(28);
            HBox line = new HBox(4, number, box);
            line.setAlignment(Pos.TOP_LEFT);
            setGraphic(line);
        } else {
            setGraphic(box);
        }
        setText(null);
        setContextMenu(menu(story));
    }

    private ContextMenu menu(Story story) {
        List<MenuItem> items = new ArrayList<>();
        if (inEdition) {
            MenuItem up = new MenuItem("Move up");
            up.setAccelerator(ALT_UP);
            up.setOnAction(event -> viewModel.moveUp(story.id()));
            MenuItem down = new MenuItem("Move down");
            down.setAccelerator(ALT_DOWN);
            down.setOnAction(event -> viewModel.moveDown(story.id()));
            items.add(up);
            items.add(down);
        }
        Menu to = new Menu(inEdition ? "Move to section" : "Add to section");
        for (EditionBuilderViewModel.SectionView section : viewModel.sections()) {
            MenuItem target = new MenuItem(section.name().isBlank() ? "(no section)" : section.name());
            target.setOnAction(event -> viewModel.place(story.id(), section.name(), Integer.MAX_VALUE));
            to.getItems().add(target);
        }
        items.add(to);
        if (inEdition) {
            MenuItem remove = new MenuItem("Take out of the edition");
            remove.setAccelerator(new KeyCodeCombination(KeyCode.DELETE));
            remove.setOnAction(event -> viewModel.remove(story.id()));
            items.add(new SeparatorMenuItem());
            items.add(remove);
        }
        ContextMenu menu = new ContextMenu(items.toArray(MenuItem[]::new));
        items.forEach(item -> item.disableProperty().bind(viewModel.canEditProperty().not()));
        return menu;
    }

    /** Places a dropped story before the story at {@code before} in a section showing {@code shown}. */
    static void drop(EditionBuilderViewModel viewModel, UUID id, String section, List<Story> shown, int before) {
        int from = -1;
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id().equals(id)) {
                from = i;
            }
        }
        int position = from >= 0 && from < before ? before - 1 : before;
        viewModel.place(id, section, position);
    }

    static boolean acceptsDrop(EditionBuilderViewModel viewModel, DragEvent event) {
        return viewModel.canEditProperty().get() && event.getDragboard().hasContent(STORY_ID);
    }

    static UUID storyIdOf(Dragboard dragboard) {
        Object id = dragboard.getContent(STORY_ID);
        try {
            return id == null ? null : UUID.fromString(id.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
