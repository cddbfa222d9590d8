package org.newsdesk.ui.edition;

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
            Parent root = (Parent) ("review".equals(args.get(1))
                    ? new ReviewQueueView(app, worker, editor).root()
                    : new EditionBuilderView(app, worker, editor, getHostServices()).root());
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
