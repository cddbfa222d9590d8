package org.newsdesk.ui;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.newsdesk.app.TeamService;
import org.newsdesk.model.Story;

/**
 * The story editor's line saying who else has the open story open ("Also open: Ed"), kept live while
 * it stays open: it appears when a colleague opens the story and goes when they close it. Advisory, never a lock;
 * empty on a lone newsroom and offline.
 */
public final class StoryPresenceViewModel {
    private final TeamService team;
    private final Worker worker;
    private final ReadOnlyStringWrapper alsoOpen = new ReadOnlyStringWrapper("");
    private UUID shown;

    public StoryPresenceViewModel(TeamService team, Worker worker) {
        this.team = team;
        this.worker = worker;
    }

    /** Follows the story the editor has open: opening, switching and closing it. */
    public void follow(ObservableValue<Story> story) {
        story.addListener((observable, before, now) -> storyShown(now == null ? null : now.id()));
        storyShown(story.getValue() == null ? null : story.getValue().id());
    }

    private void storyShown(UUID id) {
        if (Objects.equals(id, shown)) {
            return;
        }
        shown = id;
        alsoOpen.set("");
        if (id == null) {
            team.storyClosed();
            return;
        }
        // Heard on the team's own thread; handed to the window's thread through the worker's network side.
        team.storyOpened(id, others -> worker.network(() -> others, heard -> {
            if (id.equals(shown)) {
                alsoOpen.set(line(heard));
            }
        }, failed -> { }));
    }

    /** "Also open: Ed", "Also open: Ed and Nora", or nothing: short, as it sits in the editor's toolbar. */
    static String line(List<String> others) {
        if (others.isEmpty()) {
            return "";
        }
        String names = others.size() == 1 ? others.get(0) : String.join(", ", others.subList(0, others.size() - 1))
                + " and " + others.get(others.size() - 1);
        return "Also open: " + names;
    }

    public ReadOnlyStringProperty alsoOpenProperty() {
        return alsoOpen.getReadOnlyProperty();
    }
}
