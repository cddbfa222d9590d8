package org.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Worker.State;
import javafx.scene.Scene;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.clip.LocalSite;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A preview fetches nothing the person did not ask for and never navigates away from what it shows. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SafePreviewTest {
    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private final AtomicInteger imageRequests = new AtomicInteger();
    private final AtomicInteger pageRequests = new AtomicInteger();
    private final AtomicInteger loads = new AtomicInteger();
    private final List<String> offered = new CopyOnWriteArrayList<>();
    private LocalSite site;
    private SafePreview preview;

    private Stage own;

    @Start
    void start(Stage primary) {
        // a stage of its own: the primary stage is shared with the next test classes, which expect its size
        own = new Stage();
        WebView view = new WebView();
        preview = SafePreview.of(view, offered::add);
        view.getEngine().getLoadWorker().stateProperty().addListener((o, was, state) -> {
            if (state == State.SUCCEEDED) {
                loads.incrementAndGet();
            }
        });
        own.setScene(new Scene(view, 600, 400));
        own.show();
    }

    @BeforeEach
    void site() throws Exception {
        site = new LocalSite();
        site.handle("/pixel.png", exchange -> {
            imageRequests.incrementAndGet();
            LocalSite.send(exchange, 200, "image/png", PNG);
        });
        site.handle("/elsewhere", exchange -> {
            pageRequests.incrementAndGet();
            LocalSite.send(exchange, 200, "text/html", "<p id='away'>Somewhere else</p>".getBytes());
        });
    }

    @AfterEach
    void close(FxRobot robot) {
        site.close();
        robot.interact(own::close);
    }

    private void showAndWait(FxRobot robot, String html) throws Exception {
        int before = loads.get();
        robot.interact(() -> preview.show(html));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> loads.get() > before);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aRemoteImageIsFetchedOnlyWhenThePersonAsks(FxRobot robot) throws Exception {
        String html = "<html><head><title>Clip</title></head><body><p>Text</p><img src=\"" + site.url("/pixel.png")
                + "\"></body></html>";

        showAndWait(robot, html);
        Thread.sleep(500);
        int before = imageRequests.get();
        robot.interact(() -> preview.remoteImagesProperty().set(true));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> imageRequests.get() > 0);

        assertEquals(0, before, "the source learned that the preview was read");
        assertTrue(imageRequests.get() > 0, "asked for, the image is fetched");
    }

    @Test
    void followingALinkLeavesThePreviewWhereItIsAndOffersTheAddress(FxRobot robot) throws Exception {
        showAndWait(robot, "<p id='own'>Our summary</p>");

        int before = loads.get();
        robot.interact(() -> preview.view().getEngine().load(site.url("/elsewhere")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !offered.isEmpty() && loads.get() > before);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown().contains("Our summary"));
        Thread.sleep(500);

        assertEquals(List.of(site.url("/elsewhere")), offered);
        assertTrue(shown().contains("Our summary") && !shown().contains("Somewhere else"), shown());
    }

    private String shown() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            org.w3c.dom.Document document = preview.view().getEngine().getDocument();
            return document == null ? "" : document.getDocumentElement().getTextContent();
        }).get(5, TimeUnit.SECONDS);
    }
}
