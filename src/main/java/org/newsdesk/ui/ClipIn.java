package org.newsdesk.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.Clipboard;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Clipping from the window: a web address (Ctrl+L), a saved page (Ctrl+O), or a link or {@code .html} file dropped
 * on the window. The clipping service fetches off the FX thread; the result opens a story beside its clip.
 */
final class ClipIn {
    private final MainWindow window;

    ClipIn(MainWindow window) {
        this.window = window;
    }

    /** Asks for a web address, offering the one on the clipboard, and clips it. */
    void askForUrl() {
        String offered = Optional.ofNullable(Clipboard.getSystemClipboard().getString())
                .map(String::strip).filter(ClipIn::looksLikeUrl).orElse("");
        TextInputDialog dialog = new TextInputDialog(offered);
        dialog.setTitle("Clip an article");
        dialog.setHeaderText("Paste the address of the article to clip");
        dialog.setGraphic(new FontIcon(Feather.LINK));
        dialog.getEditor().setId("clipUrlField");
        dialog.getEditor().setPromptText("https://…");
        dialog.getEditor().setPrefColumnCount(40);
        dialog.getEditor().setAccessibleText("The article's web address");
        if (window.root().getScene() != null) {
            dialog.initOwner(window.root().getScene().getWindow());
        }
        dialog.showAndWait().map(String::strip).filter(url -> !url.isEmpty()).ifPresent(this::clipUrl);
    }

    /** Asks for a page saved from a browser and clips it. */
    void askForFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a saved page");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Web pages", "*.html", "*.htm"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File chosen = chooser.showOpenDialog(window.root().getScene() == null ? null
                : window.root().getScene().getWindow());
        if (chosen != null) {
            clipFile(chosen.toPath());
        }
    }

    void clipUrl(String url) {
        started("Clipping " + url + "…");
        window.viewModel().clipUrl(url, this::opened, this::failed);
    }

    void clipFile(Path file) {
        started("Clipping " + file.getFileName() + "…");
        window.viewModel().clipFile(file, this::opened, this::failed);
    }

    private void started(String doing) {
        window.showProgress(true);
        window.status(doing);
    }

    private void failed(Throwable error) {
        window.showProgress(false);
        window.warning("Could not clip: " + error.getMessage());
    }

    private void opened(MainWindowViewModel.Opening opening) {
        window.showProgress(false);
        window.status("");
        if (opening instanceof MainWindowViewModel.Opening.Queued queued) {
            // Say only what happened: one site that did not answer is not "offline".
            String why = queued.pending().lastError() == null || queued.pending().lastError().isBlank()
                    ? "The article could not be fetched." : queued.pending().lastError();
            window.notice(why + " It waits in Pending clips and is tried again "
                    + TimeLabels.relative(queued.pending().nextAttemptAt()) + "; your story is started.");
            window.startStoryAwaiting(queued.pending());
            window.refreshDesk();
        } else if (opening instanceof MainWindowViewModel.Opening.ExistingStory existing) {
            window.warning(existing.notice());
            window.openStory(existing.storyId());
        } else if (opening instanceof MainWindowViewModel.Opening.NewStory fresh) {
            window.startStory(fresh.clip());
        }
    }

    /** Retries the offline queue now. */
    void retryPending() {
        window.viewModel().retryPending(fetched -> {
            window.notice(fetched == 0 ? "No pending clip could be fetched yet."
                    : fetched == 1 ? "1 pending clip was fetched." : fetched + " pending clips were fetched.");
            window.refreshDesk();
        }, error -> window.warning("Could not retry the pending clips: " + error.getMessage()));
    }

    /** Links and saved pages dropped anywhere on {@code target} are clipped. */
    void acceptDrops(Node target) {
        target.setOnDragOver(drag -> {
            if (droppedSource(drag.getDragboard()).isPresent()) {
                drag.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
            }
            drag.consume();
        });
        target.setOnDragDropped(drop -> {
            Optional<Object> source = droppedSource(drop.getDragboard());
            source.ifPresent(found -> {
                if (found instanceof Path file) {
                    clipFile(file);
                } else {
                    clipUrl((String) found);
                }
            });
            drop.setDropCompleted(source.isPresent());
            drop.consume();
        });
    }

    /** The saved page (a Path) or web address (a String) on the dragboard, if it holds one. */
    private static Optional<Object> droppedSource(Dragboard board) {
        if (board.hasFiles()) {
            List<File> pages = board.getFiles().stream().filter(file -> {
                String name = file.getName().toLowerCase(Locale.ROOT);
                return name.endsWith(".html") || name.endsWith(".htm");
            }).toList();
            if (!pages.isEmpty()) {
                return Optional.of(pages.get(0).toPath());
            }
        }
        if (board.hasUrl() && looksLikeUrl(board.getUrl())) {
            return Optional.of(board.getUrl().strip());
        }
        if (board.hasString() && looksLikeUrl(board.getString())) {
            return Optional.of(board.getString().strip());
        }
        return Optional.empty();
    }

    static boolean looksLikeUrl(String text) {
        if (text == null) {
            return false;
        }
        String trimmed = text.strip().toLowerCase(Locale.ROOT);
        return (trimmed.startsWith("http://") || trimmed.startsWith("https://")) && !trimmed.contains(" ");
    }
}
