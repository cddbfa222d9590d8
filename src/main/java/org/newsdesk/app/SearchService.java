package org.newsdesk.app;

import java.util.List;
import org.newsdesk.model.SearchHit;
import org.newsdesk.store.SearchIndex;

/** Full-text search over every story and clip, for the window's search field and the {@code search} command. */
public final class SearchService {
    private final SearchIndex index;

    public SearchService(SearchIndex index) {
        this.index = index;
    }

    /** At most {@code limit} stories and clips matching {@code query}, best first. */
    public List<SearchHit> search(String query, int limit) {
        return index.search(query, limit);
    }
}
