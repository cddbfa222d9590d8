package org.newsdesk.store;

import org.newsdesk.model.WireItem;

/** An item of the wire desk as listed: the item, and the outlet and title of the feed it came from. */
public record WireRow(WireItem item, String outlet, String feedTitle) {
    /** Who published the item for people: the feed's outlet, else the feed's title. */
    public String source() {
        return outlet != null && !outlet.isBlank() ? outlet : feedTitle == null ? "" : feedTitle;
    }
}
