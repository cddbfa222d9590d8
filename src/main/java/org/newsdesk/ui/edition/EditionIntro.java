package org.newsdesk.ui.edition;

import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.util.Duration;
import org.newsdesk.model.Edition;
import org.newsdesk.ui.editor.ProofreadArea;
import org.newsdesk.ui.editor.ProofreadingViewModel;

/**
 * The edition's title and intro in the builder, saved as they are typed; the intro is checked as it is typed
 * (spelling, grammar, house style, with the edition's clips as sources) and marked where the words are, with the
 * summary editor's underlines and right click.
 */
final class EditionIntro {
    private final EditionBuilderViewModel viewModel;
    private final ProofreadingViewModel proofreading;
    private final TextField title = new TextField();
    private final ProofreadArea intro;
    private final PauseTransition checkDelay = new PauseTransition(Duration.millis(600));

    /** @param proofreading the checks of the intro as typed (null: the intro is checked in the pre-flight only) */
    EditionIntro(EditionBuilderViewModel viewModel, ProofreadingViewModel proofreading) {
        this.viewModel = viewModel;
        this.proofreading = proofreading;
        this.intro = new ProofreadArea("introArea", "Edition intro", "Intro: a few sentences to open the newsletter",
                proofreading, () -> viewModel.editor().name(), this::checkNow);
        title.setId("titleField");
        title.getStyleClass().add("edition-title");
        title.setPromptText("Edition title");
        title.textProperty().bindBidirectional(viewModel.titleProperty());
        title.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                viewModel.saveText();
            }
        });
        title.setOnAction(event -> viewModel.saveText());
        intro.bindBidirectional(viewModel.introProperty());
        intro.area().focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                viewModel.saveText();
            }
        });
        intro.node().getStyleClass().add("edition-intro");
        ((javafx.scene.layout.Region) intro.node()).setPrefHeight(96);
        ((javafx.scene.layout.Region) intro.node()).setMinHeight(72);
        PauseTransition typing = new PauseTransition(Duration.millis(700));
        typing.setOnFinished(event -> viewModel.saveText());
        title.textProperty().addListener((o, was, now) -> {
            if (title.isFocused()) {
                typing.playFromStart();
            }
        });
        intro.area().textProperty().addListener((o, was, now) -> {
            if (intro.area().isFocused()) {
                typing.playFromStart();
            }
            checkDelay.playFromStart();
        });
        title.disableProperty().bind(viewModel.publishedProperty().or(viewModel.editionProperty().isNull()));
        intro.area().disableProperty().bind(title.disableProperty());
        checkDelay.setOnFinished(done -> checkNow());
        viewModel.editionProperty().addListener((o, was, now) -> {
            if (proofreading != null && (was == null || now == null || !was.date().equals(now.date()))) {
                proofreading.clear();
            }
            checkDelay.playFromStart();
        });
    }

    private void checkNow() {
        Edition edition = viewModel.editionProperty().get();
        if (proofreading != null && edition != null) {
            proofreading.checkIntro(edition.date(), intro.area().getText());
        }
    }

    TextField title() {
        return title;
    }

    /** The intro area, in its scroll pane. */
    Node intro() {
        return intro.node();
    }
}
