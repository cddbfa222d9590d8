package org.newsdesk.app;

import java.nio.file.Path;
import java.util.List;

/** What an export wrote: the folder, each file with its size, and the warnings to show the editor. */
public record ExportResult(Path folder, List<ExportedFile> files, List<String> warnings) {
    public ExportResult {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    /** One written file and its size in bytes. */
    public record ExportedFile(String name, Path path, long bytes) {
    }
}
