package org.newsdesk.ui.editor;

import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * When to save while someone types: once typing has paused for {@code quiet}, and at least every {@code longest}
 * while typing goes on. The save itself is the view-model's, off the FX thread.
 */
public final class Autosave {
    private final PauseTransition quietTimer;
    private final PauseTransition longestTimer;

    public Autosave(Duration quiet, Duration longest, Runnable save) {
        quietTimer = new PauseTransition(quiet);
        longestTimer = new PauseTransition(longest);
        quietTimer.setOnFinished(done -> {
            longestTimer.stop();
            save.run();
        });
        longestTimer.setOnFinished(done -> {
            quietTimer.stop();
            save.run();
        });
    }

    /** A change was typed: wait for a pause, but not longer than the longest wait since the last save. */
    public void edited() {
        quietTimer.playFromStart();
        if (longestTimer.getStatus() != Animation.Status.RUNNING) {
            longestTimer.playFromStart();
        }
    }

    /** Nothing is waiting to be saved any more (the story was saved or closed). */
    public void cancel() {
        quietTimer.stop();
        longestTimer.stop();
    }
}
