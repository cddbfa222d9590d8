package org.newsdesk.model;

/** An edition is a draft until it is published; a published edition is frozen. */
public enum EditionStatus {
    DRAFT, PUBLISHED
}
