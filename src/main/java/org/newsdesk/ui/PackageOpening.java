package org.newsdesk.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.newsdesk.app.StoryPackageService;
import org.newsdesk.app.StoryPackageService.ImportResult;
import org.newsdesk.app.StoryPackageService.PackagePreview;

/**
 * A story package opened from the desktop (double-clicked, or handed over by macOS as an open-file event): read
 * and described first, imported only when the person agrees, as that person, under the newsroom's rules.
 */
public final class PackageOpening {
    private final StoryPackageService packages;
    private final Worker worker;
    private final String person;

    public PackageOpening(StoryPackageService packages, Worker worker, String person) {
        this.packages = packages;
        this.worker = worker;
        this.person = person;
    }

    /** A package read and understood, waiting for the person's yes. */
    public record Read(Path file, String json, PackagePreview preview) {
        public String question(String person) {
            return (file.getFileName() == null ? file.toString() : file.getFileName().toString()) + " holds "
                    + preview.describe() + ". Import it as " + person + "? Stories arrive at most as submitted, and"
                    + " a story already here changes only as " + person + " may change it.";
        }
    }

    /** Reads and checks the package (size cap, format, every field) without importing anything. */
    public void read(Path file, Consumer<Read> then, Consumer<Throwable> failed) {
        worker.run(() -> {
            String json = StoryPackageService.read(file);
            return new Read(file, json, packages.preview(json));
        }, then, failed);
    }

    /** Imports a package the person agreed to. */
    public void importRead(Read read, Consumer<ImportResult> then, Consumer<Throwable> failed) {
        worker.run(() -> packages.importPackage(read.json(), person), then, failed);
    }

    public String person() {
        return person;
    }
}
