package org.newsdesk.ui;

import java.util.function.BooleanSupplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.newsdesk.ui.wire.WireViewModel;

/** Fetches the wire's due feeds every minute while the window shows, so the Wire desk's count stays current. */
final class WirePoll {
    private final Timeline timeline = new Timeline();

    /**
     * @param wire        fetches the due feeds; null when the newsroom is open read-only (nothing is fetched)
     * @param showing     whether the window still shows; once it does not, the poll stops
     * @param afterwards  runs after each fetch (counts the desks again)
     */
    WirePoll(WireViewModel wire, BooleanSupplier showing, Runnable afterwards) {
        if (wire != null) {
            timeline.getKeyFrames().setAll(new KeyFrame(Duration.minutes(1), tick -> {
                if (!showing.getAsBoolean()) {
                    timeline.stop();
                    return;
                }
                wire.fetchDue(afterwards);
            }));
        }
        timeline.setCycleCount(Animation.INDEFINITE);
    }

    void play() {
        timeline.play();
    }

    void stop() {
        timeline.stop();
    }
}
