package org.newsdesk.ui.editor;

/**
 * A passage in quotation marks that the quote check could not find in the clip: where it sits in the summary
 * ({@code start} to {@code end}), what it says, why it was flagged, and the closest wording the source has.
 */
public record QuoteFlag(int start, int end, String quote, String message, String closest) {
}
