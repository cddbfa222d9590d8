package org.newsdesk.ui.settings;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.newsdesk.ui.TextSize;
import org.newsdesk.ui.Whole;
import org.newsdesk.ui.wire.FeedsPane;
import org.newsdesk.ui.wire.FeedsViewModel;

/**
 * The settings window: a list of sections on the left (Newsletter, Outlets, People, Demo and backups, and Team,
 * Writing and Feeds when there are), the chosen section on the right in a scroll pane of its own, so that every
 * section is reachable and whole in a small window or at a big text size. A section is one {@link #addSection}
 * call.
 */
public final class SettingsView {
    private static final KeyCombination CLOSE = KeyCombination.keyCombination("Shortcut+W");

    private final SettingsViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final ListView<String> sectionList = new ListView<>();
    private final StackPane pageArea = new StackPane();
    private final Map<String, Node> pages = new HashMap<>();
    private final Map<String, Label> messageLabels = new HashMap<>();

    SettingsView(SettingsViewModel viewModel) {
        this(viewModel, null);
    }

    SettingsView(SettingsViewModel viewModel, TeamSettingsViewModel team) {
        this.viewModel = viewModel;
        SettingsPages own = new SettingsPages(viewModel, this::window);
        addSection("Newsletter", own.newsletter());
        addSection("Outlets", own.outlets());
        addSection("People", own.people());
        addSection("Demo and backups", own.demoAndBackups());
        if (team != null) {
            addSection("Team", new TeamSettingsView(team).root());
        }
        sectionList.setId("settingsSections");
        sectionList.setAccessibleText("Settings sections");
        sectionList.getStyleClass().addAll("desk-list", "settings-sections");
        sectionList.getSelectionModel().selectedItemProperty().addListener((observable, before, name) -> {
            if (name != null) {
                Node page = pages.get(name);
                pageArea.getChildren().setAll(page);
                // once on screen, where every control has made its children (a titled pane's content, a table's
                // column titles): nothing in it is cut off
                Platform.runLater(() -> Whole.keep(page));
            }
        });
        sectionList.getSelectionModel().selectFirst();
        VBox sections = new VBox(sectionList);
        VBox.setVgrow(sectionList, Priority.ALWAYS);
        sections.getStyleClass().add("settings-sidebar");
        // A message stays with the section whose button caused it.
        viewModel.messageProperty().addListener((observable, before, message) -> {
            String current = sectionList.getSelectionModel().getSelectedItem();
            if (current != null && message != null && !message.isEmpty()) {
                messageLabels.get(current).setText(message);
            }
        });
        Button closeButton = new Button("Close");
        closeButton.setId("closeButton");
        closeButton.setCancelButton(true);
        closeButton.setMinWidth(Region.USE_PREF_SIZE);
        closeButton.setOnAction(event -> close());
        HBox buttons = new HBox(closeButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(8, 16, 12, 16));
        root.setLeft(sections);
        root.setCenter(pageArea);
        root.setBottom(buttons);
        root.getStyleClass().add("settings-window");
        pageArea.disableProperty().bind(viewModel.busyProperty());
        // Esc and Ctrl+W close the window, as they close any dialog.
        root.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ESCAPE || CLOSE.match(key)) {
                key.consume();
                close();
            }
        });
    }

    /**
     * Adds a section called {@code name} at the end of the list, showing {@code content}: it scrolls when the window
     * is too small for it, its buttons keep their whole label, its sentences wrap, and it has its own message line.
     * Its node is {@code #name-section} and its message {@code #name-message} (lower case, dashes for spaces).
     */
    public void addSection(String name, Node content) {
        String id = name.toLowerCase(Locale.ROOT).replace(' ', '-');
        Whole.keep(content);
        Label messageLabel = new Label();
        messageLabel.setId(id + "-message");
        messageLabel.getStyleClass().add("settings-message");
        messageLabel.setWrapText(true);
        messageLabel.setMaxWidth(Double.MAX_VALUE);
        messageLabel.setMinHeight(Region.USE_PREF_SIZE);
        messageLabel.managedProperty().bind(messageLabel.textProperty().isNotEmpty());
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        VBox page = new VBox(scroll, messageLabel);
        page.setId(id + "-section");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox.setMargin(messageLabel, new Insets(0, 16, 8, 16));
        pages.put(name, page);
        messageLabels.put(name, messageLabel);
        sectionList.getItems().add(name);
        fitSectionList();
    }

    /** As wide as the longest section name at this text size, with room for the selection's padding. */
    private void fitSectionList() {
        Text measure = new Text();
        measure.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, TextSize.pixels()));
        double widest = 0;
        for (String name : sectionList.getItems()) {
            measure.setText(name);
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        sectionList.setPrefWidth(Math.ceil(widest + 3 * TextSize.pixels()));
        sectionList.setMinWidth(Region.USE_PREF_SIZE);
    }

    /** Shows the section called {@code name}. */
    void showSection(String name) {
        sectionList.getSelectionModel().select(name);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void close() {
        Window window = window();
        if (window != null) {
            window.hide();
        }
    }

    Parent root() {
        return root;
    }

    /** Opens the settings screen over {@code owner}, for {@code actor} (the person at the keyboard). */
    public static void open(Window owner, SettingsViewModel viewModel, boolean readOnly) {
        open(owner, viewModel, null, null, null, readOnly);
    }

    /** Opens the settings screen with its Team, Writing (spelling and dictionary) and Feeds (the wire) sections. */
    public static void open(Window owner, SettingsViewModel viewModel, TeamSettingsViewModel team,
                            FeedsViewModel feeds, WritingSettingsViewModel writing, boolean readOnly) {
        SettingsView view = new SettingsView(viewModel, team);
        if (writing != null) {
            view.addSection("Writing", new WritingSettingsPane(writing).root());
            writing.load();
        }
        if (feeds != null) {
            view.addSection("Feeds", new FeedsPane(feeds).root());
            feeds.load();
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Settings" + (readOnly ? " (read-only)" : ""));
        // The window grows with the text size (56 by 43 letters high), within the screen.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(view.root(), Math.min(56 * TextSize.pixels(), screen.getWidth()),
                Math.min(43 * TextSize.pixels(), screen.getHeight())));
        viewModel.load();
        stage.show();
    }
}
