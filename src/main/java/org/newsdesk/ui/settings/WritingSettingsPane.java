package org.newsdesk.ui.settings;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.newsdesk.model.DictionaryWord;
import org.newsdesk.model.WritingSettings;
import org.newsdesk.ui.TimeLabels;

/**
 * Settings › Writing: the spelling language, the rules switched off (each can be switched back on, and any rule
 * switched off by its id), and the newsroom dictionary's words with Remove. Writers see it all, unchangeable.
 */
public final class WritingSettingsPane {
    private final WritingSettingsViewModel viewModel;
    private final ScrollPane root;

    public WritingSettingsPane(WritingSettingsViewModel viewModel) {
        this.viewModel = viewModel;
        Label refusal = new Label();
        refusal.setId("writingRefusalLabel");
        refusal.getStyleClass().add("hint");
        refusal.setWrapText(true);
        refusal.textProperty().bind(viewModel.refusalProperty());
        refusal.visibleProperty().bind(viewModel.refusalProperty().isNotEmpty());
        refusal.managedProperty().bind(refusal.visibleProperty());
        Label message = new Label();
        message.setId("writing-message");
        message.getStyleClass().add("settings-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(viewModel.messageProperty());
        VBox box = new VBox(14, refusal, languageSection(), rulesSection(), dictionarySection(), message);
        box.setPadding(new Insets(16));
        box.disableProperty().bind(viewModel.busyProperty());
        root = new ScrollPane(box);
        root.setFitToWidth(true);
        root.setId("writingSettings");
    }

    public Node root() {
        return root;
    }

    private Node languageSection() {
        ComboBox<String> languageBox = new ComboBox<>();
        languageBox.setId("languageBox");
        languageBox.getItems().setAll(WritingSettings.LANGUAGES);
        languageBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : WritingSettingsViewModel.name(code);
            }

            @Override
            public String fromString(String text) {
                return WritingSettingsViewModel.LANGUAGE_NAMES.entrySet().stream()
                        .filter(entry -> entry.getValue().equals(text)).map(java.util.Map.Entry::getKey)
                        .findFirst().orElse(null);
            }
        });
        languageBox.setValue(viewModel.languageProperty().get());
        viewModel.languageProperty().addListener((o, was, now) -> languageBox.setValue(now));
        languageBox.setOnAction(event -> viewModel.chooseLanguage(languageBox.getValue()));
        languageBox.disableProperty().bind(viewModel.canChangeProperty().not());
        Label hint = hint("The spelling and grammar check reads summaries, headlines and the edition intro in this"
                + " language.");
        return section("Language", new HBox(10, languageBox), hint);
    }

    private Node rulesSection() {
        ListView<WritingSettingsViewModel.RuleOff> offList = new ListView<>(viewModel.rulesOff());
        offList.setId("rulesOffList");
        offList.setPrefHeight(170);
        offList.setPlaceholder(new Label("No rule is switched off."));
        offList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(WritingSettingsViewModel.RuleOff rule, boolean empty) {
                super.updateItem(rule, empty);
                setText(empty || rule == null ? null : rule.id() + " \u2014 " + rule.description());
            }
        });
        Button onButton = new Button("Switch back on");
        onButton.setId("switchOnButton");
        onButton.disableProperty().bind(viewModel.canChangeProperty().not()
                .or(offList.getSelectionModel().selectedItemProperty().isNull()));
        onButton.setOnAction(event -> viewModel.switchOn(offList.getSelectionModel().getSelectedItem().id()));

        ComboBox<String> ruleBox = new ComboBox<>();
        ruleBox.setId("ruleToSwitchOff");
        ruleBox.setEditable(true);
        ruleBox.setPromptText("Rule id, such as ALL_OF_THE or percent");
        ruleBox.setPrefWidth(300);
        viewModel.houseRules().addListener((javafx.collections.ListChangeListener<WritingSettingsViewModel.HouseRule>)
                change -> ruleBox.getItems().setAll(viewModel.houseRules().stream()
                        .map(WritingSettingsViewModel.HouseRule::id).toList()));
        Button offButton = new Button("Switch off");
        offButton.setId("switchOffButton");
        offButton.disableProperty().bind(viewModel.canChangeProperty().not()
                .or(Bindings.createBooleanBinding(() -> ruleBox.getEditor().getText().isBlank(),
                        ruleBox.getEditor().textProperty())));
        offButton.setOnAction(event -> {
            viewModel.switchOff(ruleBox.getEditor().getText());
            ruleBox.getEditor().clear();
        });
        ruleBox.disableProperty().bind(viewModel.canChangeProperty().not());
        HBox offLine = new HBox(8, ruleBox, offButton);
        offLine.setAlignment(Pos.CENTER_LEFT);
        Label hint = hint("Each spelling, grammar or house style finding ends with its rule's id in brackets."
                + " A LanguageTool family (EN_COMPOUNDS) or category (STYLE) switches off all of its rules.");
        return section("Rules switched off", offList, new HBox(8, onButton), offLine, hint);
    }

    private Node dictionarySection() {
        ListView<DictionaryWord> wordList = new ListView<>(viewModel.words());
        wordList.setId("dictionaryList");
        wordList.setPrefHeight(130);
        wordList.setPlaceholder(new Label("No words yet: right-click a flagged word in a summary and choose"
                + " Add to newsroom dictionary."));
        wordList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(DictionaryWord word, boolean empty) {
                super.updateItem(word, empty);
                setText(empty || word == null ? null : word.word() + " \u2014 added by " + word.addedBy() + ", "
                        + TimeLabels.date(word.addedAt()));
            }
        });
        Button removeButton = new Button("Remove");
        removeButton.setId("removeWordButton");
        removeButton.disableProperty().bind(viewModel.canChangeProperty().not()
                .or(wordList.getSelectionModel().selectedItemProperty().isNull()));
        removeButton.setOnAction(event -> viewModel.removeWord(wordList.getSelectionModel().getSelectedItem().word()));
        Label hint = hint("Words the spelling check never flags, for everyone in the newsroom. Anyone adds one"
                + " from a summary's right click; editors remove them.");
        return section("Newsroom dictionary", wordList, new HBox(8, removeButton), hint);
    }

    private static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        return hint;
    }

    private static Node section(String title, Node... content) {
        Label caption = new Label(title);
        caption.getStyleClass().add("pane-caption");
        VBox box = new VBox(6, caption);
        box.getChildren().addAll(content);
        for (Node node : content) {
            if (node instanceof ListView<?>) {
                VBox.setVgrow(node, Priority.SOMETIMES);
            }
        }
        return box;
    }
}
