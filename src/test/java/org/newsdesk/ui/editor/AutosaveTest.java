package org.newsdesk.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The autosave timing, scaled down: a save after a pause in typing, and saves during long typing too. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class AutosaveTest {
    @Test
    void longTypingIsSavedAlongTheWayAndOnceMoreWhenItStops(FxRobot robot) throws Exception {
        List<Long> saves = new CopyOnWriteArrayList<>();
        AtomicLong typingStopped = new AtomicLong();
        robot.interact(() -> {
            Autosave autosave = new Autosave(Duration.millis(300), Duration.millis(1000),
                    () -> saves.add(System.nanoTime()));
            // A keystroke every 100 ms for 3 seconds: never a 300 ms pause until the end.
            Timeline typing = new Timeline(new KeyFrame(Duration.millis(100), tick -> autosave.edited()));
            typing.setCycleCount(30);
            typing.setOnFinished(done -> typingStopped.set(System.nanoTime()));
            typing.play();
        });

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> typingStopped.get() > 0 && !saves.isEmpty()
                && saves.get(saves.size() - 1) > typingStopped.get());

        long savesWhileTyping = saves.stream().filter(at -> at < typingStopped.get()).count();
        assertTrue(savesWhileTyping >= 2, "saved " + savesWhileTyping + " times during 3 s of typing");
        assertEquals(1, saves.stream().filter(at -> at > typingStopped.get()).count());
    }
}
