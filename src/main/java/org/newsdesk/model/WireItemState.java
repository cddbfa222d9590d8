package org.newsdesk.model;

/** Where an item of the wire desk stands: just in, looked at, set aside, or clipped into a story. */
public enum WireItemState {
    NEW, SEEN, DISMISSED, CLIPPED;

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
