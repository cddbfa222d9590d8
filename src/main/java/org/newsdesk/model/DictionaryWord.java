package org.newsdesk.model;

import java.time.Instant;
import java.util.UUID;

/** A word of the newsroom's own dictionary: never flagged as misspelled; who added it and when. */
public record DictionaryWord(UUID id, String word, String addedBy, Instant addedAt) {
}
