package org.newsdesk.ui.edition;

import org.newsdesk.ui.DeskContext;
import org.newsdesk.ui.Screens;
import org.newsdesk.testing.SampleDesk;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.newsdesk.App;
import org.newsdesk.model.User;
import org.newsdesk.ui.FxWorker;
import org.newsdesk.ui.review.ReviewQueueView;

/**
 * Shows the review queue or the edition builder alone in a window, on a database file, under the app's light
 * theme: for looking at the screens under Xvfb. Arguments: the database file, then {@code review} or
 * {@code edition}.
 */
public final class EditorScreens {
    private EditorScreens() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself (the class with main must not be the Application, or Java asks for JavaFX modules). */
    public static final class Window extends Application {
        private final FxWorker worker = new FxWorker();
        private App app;

        @Override
        public void start(Stage stage) {
            List<String> args = getParameters().getRaw();
            Application.setUserAgentStylesheet(EditorScreens.class
                    .getResource("/atlantafx/base/theme/primer-light.css").toExternalForm());
            app = App.open(Path.of(args.get(0)));
            User editor = app.people().require(SampleDesk.EDITOR);
            Screens screens = new Screens(app, worker);
            DeskContext context = new DeskContext() {
                @Override
                public org.newsdesk.ui.Worker worker() {
                    return worker;
                }

                @Override
                public User person() {
                    return editor;
                }

                @Override
                public void openStory(java.util.UUID storyId) {
                }

                @Override
                public void openLink(String address) {
                    getHostServices().showDocument(address);
                }

                @Override
                public void notice(String text) {
                }

                @Override
                public void warning(String text) {
                }
            };
            Parent root = (Parent) ("review".equals(args.get(1)) ? screens.reviewQueue(context)
                    : screens.editionBuilder(context));
            org.newsdesk.ui.TextSize.style(root); // Newsdesk's stylesheet, as every window of the app has it
            stage.setTitle("Newsdesk");
            stage.setScene(new Scene(root, 1440, 900));
            stage.show();
        }

        @Override
        public void stop() {
            worker.close();
            app.close();
        }
    }
}
