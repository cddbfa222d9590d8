package org.newsdesk.model;

import java.util.UUID;

/**
 * One result of a full-text search: a story or a clip, its title, and a snippet of the matching text in which
 * each matched term sits between {@link #MARK_START} and {@link #MARK_END}. Lower scores rank higher (bm25).
 */
public record SearchHit(Kind kind, UUID id, String title, String snippet, double score) {
    public static final char MARK_START = '\u0002';
    public static final char MARK_END = '\u0003';

    public enum Kind { STORY, CLIP }

    /** The snippet with the highlight marks replaced by {@code before} and {@code after}. */
    public String snippet(String before, String after) {
        return snippet.replace(String.valueOf(MARK_START), before).replace(String.valueOf(MARK_END), after);
    }
}
