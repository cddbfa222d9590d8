package org.newsdesk.ui;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.Worker.State;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;

/**
 * A WebView that shows only the HTML it is given: JavaScript off, no remote images or other fetches until the
 * person asks ({@link #remoteImagesProperty()}), and no navigation: a clicked link leaves the page as it is and is
 * handed to {@code offerLink}, which offers the system browser. A source must not learn when an editor reads its
 * clip, and nothing from a clip or story runs in the app.
 */
public final class SafePreview {
    /**
     * Blocks every fetch but inline images and styles; WebKit honours it for content loaded with loadContent.
     * With remote images allowed, http(s) images are fetched too, and still nothing else.
     */
    static final String NO_REMOTE = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:";
    static final String REMOTE_IMAGES = "default-src 'none'; img-src data: http: https:;"
            + " style-src 'unsafe-inline'; font-src data:";

    private final WebView view;
    private final Consumer<String> offerLink;
    private final BooleanProperty remoteImages = new SimpleBooleanProperty(false);
    private String html = "";
    /** Loads this class started that have not ended yet; any other load is a navigation. */
    private int ownLoads;

    private SafePreview(WebView view, Consumer<String> offerLink) {
        this.view = view;
        this.offerLink = offerLink;
        WebEngine engine = view.getEngine();
        engine.setJavaScriptEnabled(false);
        view.setContextMenuEnabled(false);
        engine.getLoadWorker().stateProperty().addListener((observable, before, state) -> {
            boolean ended = state == State.SUCCEEDED || state == State.FAILED || state == State.CANCELLED;
            if (ownLoads > 0) {
                // one of our own loadContent calls: started, or over (a newer one cancels an older one)
                if (ended) {
                    ownLoads--;
                }
                return;
            }
            if (state == State.SCHEDULED) {
                // a link was followed: stop it, stay on our page and let the person choose to open it outside
                String address = engine.getLocation();
                engine.getLoadWorker().cancel();
                Platform.runLater(() -> {
                    load();
                    if (address != null && !address.isBlank() && !address.startsWith("about:")) {
                        this.offerLink.accept(address);
                    }
                });
            } else if (state == State.SUCCEEDED) {
                // a navigation that got through the cancel is replaced by our page again
                Platform.runLater(this::load);
            }
        });
        remoteImages.addListener((observable, before, now) -> load());
    }

    /** Makes {@code view} a safe preview; {@code offerLink} gets the address of any link clicked in it. */
    public static SafePreview of(WebView view, Consumer<String> offerLink) {
        return new SafePreview(view, offerLink);
    }

    /** Shows {@code page} (a whole HTML document or a fragment), with the fetch policy in force. */
    public void show(String page) {
        html = page == null ? "" : page;
        load();
    }

    /** Whether remote images are fetched; false until the person asks for them. */
    public BooleanProperty remoteImagesProperty() {
        return remoteImages;
    }

    public WebView view() {
        return view;
    }

    private void load() {
        ownLoads++;
        view.getEngine().loadContent(withPolicy(html, remoteImages.get() ? REMOTE_IMAGES : NO_REMOTE));
    }

    /** The page with a Content-Security-Policy meta element first in its head. */
    static String withPolicy(String page, String policy) {
        String meta = "<meta http-equiv=\"Content-Security-Policy\" content=\"" + policy + "\">";
        String lower = page.toLowerCase(java.util.Locale.ROOT);
        int head = lower.indexOf("<head");
        if (head >= 0) {
            int close = lower.indexOf('>', head);
            if (close > 0) {
                return page.substring(0, close + 1) + meta + page.substring(close + 1);
            }
        }
        int htmlTag = lower.indexOf("<html");
        if (htmlTag >= 0) {
            int close = lower.indexOf('>', htmlTag);
            if (close > 0) {
                return page.substring(0, close + 1) + "<head>" + meta + "</head>" + page.substring(close + 1);
            }
        }
        return "<!DOCTYPE html><html><head>" + meta + "</head><body>" + page + "</body></html>";
    }
}
