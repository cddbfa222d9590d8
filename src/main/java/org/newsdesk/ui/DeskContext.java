package org.newsdesk.ui;

import java.util.UUID;
import org.newsdesk.model.User;

/** What a desk's screen may use of the main window: the worker, who is at the desk, and its actions. */
public interface DeskContext {
    Worker worker();

    User person();

    /** Opens the story in the editor beside the desk. */
    void openStory(UUID storyId);

    /** Opens an address (a web page, an exported file) in the system browser. */
    void openLink(String address);

    /** Shows a quiet notice in the corner of the window. */
    void notice(String text);

    /** Shows a warning that stays until read. */
    void warning(String text);

    /** The screen changed what the sidebar counts (new wire items, a story started): the counts follow now. */
    default void countsChanged() {
    }

    /**
     * Calls {@code refresh} on the FX thread whenever records of {@code kinds} ("story", "wire", "feed" …, as team
     * mode names them) change from outside this window while the desk is shown: pulled from the team, or written
     * by another process on the file (which may be any kind). Showing another desk forgets it.
     */
    default void onNewsroomChange(java.util.Set<String> kinds, Runnable refresh) {
    }
}
