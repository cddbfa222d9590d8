package org.newsdesk.model;

/** What a person may do in the newsroom: writers write, editors also review and publish. */
public enum Role {
    WRITER, EDITOR;

    public String label() {
        return this == WRITER ? "Writer" : "Editor";
    }
}
