package org.newsdesk.ui.desk;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.newsdesk.model.Story;
import org.newsdesk.model.User;
import org.newsdesk.ui.Desk;
import org.newsdesk.ui.DeskQuery;
import org.newsdesk.app.StoryService;
import org.newsdesk.ui.Worker;

/** A desk's story list: loads the desk's stories off the FX thread and filters them as the person types. */
public final class StoryListViewModel {
    private final StoryService storyService;
    private final Worker worker;
    private final ObservableList<Story> stories = FXCollections.observableArrayList();
    private final FilteredList<Story> shown = new FilteredList<>(stories, story -> true);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private Desk desk;
    private User person;

    public StoryListViewModel(StoryService stories, Worker worker) {
        this.storyService = stories;
        this.worker = worker;
        filter.addListener((observable, before, now) -> applyFilter());
    }

    /** Shows {@code desk}'s stories as {@code me} sees them. */
    public void show(Desk shownDesk, User me) {
        this.desk = shownDesk;
        this.person = me;
        reload();
    }

    /** Reads the desk's stories again (after a save or a submit elsewhere). */
    public void reload() {
        if (desk == null || desk.stories().isEmpty()) {
            return;
        }
        Desk asked = desk;
        loading.set(true);
        worker.run(() -> list(asked.stories().get(), person), loaded -> {
            if (asked == desk) {
                stories.setAll(loaded);
                applyFilter();
            }
            loading.set(false);
        }, error -> {
            loading.set(false);
            summary.set("Could not load the stories: " + error.getMessage());
        });
    }

    /** Puts a freshly saved copy of a story in place, if this desk lists it. */
    public void replace(Story saved) {
        for (int i = 0; i < stories.size(); i++) {
            if (stories.get(i).id().equals(saved.id())) {
                stories.set(i, saved);
                return;
            }
        }
    }

    private void applyFilter() {
        String[] words = filter.get().toLowerCase(Locale.ROOT).strip().split("\\s+");
        shown.setPredicate(story -> matches(story, words));
        int total = stories.size();
        int visible = shown.size();
        summary.set(total == 0 ? "" : visible == total ? count(total)
                : visible + " of " + count(total));
    }

    private static String count(int stories) {
        return stories == 1 ? "1 story" : stories + " stories";
    }

    private static boolean matches(Story story, String[] words) {
        String haystack = String.join(" ", story.headline(), nullToEmpty(story.outlet()), story.author(),
                story.status().label(), nullToEmpty(story.section()), String.join(" ", story.tags()))
                .toLowerCase(Locale.ROOT);
        for (String word : words) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The stories that pass the filter, in the desk's order. */
    public ObservableList<Story> shownStories() {
        return shown;
    }

    public List<Story> allStories() {
        return List.copyOf(stories);
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public Desk desk() {
        return desk;
    }

    private List<Story> list(DeskQuery query, User me) {
        return storyService.list(query.statuses(), query.author(me), 2000);
    }
}
