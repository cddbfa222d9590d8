package org.newsdesk.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.export.ArchiveEntry;
import org.newsdesk.export.EditionContent;
import org.newsdesk.export.EditionItem;
import org.newsdesk.export.EditionRenderer;
import org.newsdesk.export.ExportException;
import org.newsdesk.export.RenderedEdition;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Edition;
import org.newsdesk.model.NewsroomSettings;
import org.newsdesk.model.Outlet;
import org.newsdesk.model.SourceUrl;
import org.newsdesk.model.Story;
import org.newsdesk.store.AuditTrail;
import org.newsdesk.store.Clips;
import org.newsdesk.store.Editions;
import org.newsdesk.store.OutletStore;
import org.newsdesk.store.SettingsStore;
import org.newsdesk.store.Stories;

/**
 * Exports an edition: gathers its stories, clips, outlets, the earlier published editions and the settings, renders
 * them, and writes the files so that none is ever half-written.
 */
public final class EditionExportService {
    /** How many earlier published editions the web page's "Recent Posts", the archive and the feed list. */
    static final int EARLIER_EDITIONS = 30;

    private final Editions editions;
    private final Stories stories;
    private final Clips clips;
    private final OutletStore outlets;
    private final SettingsStore settings;
    private final AuditTrail audit;
    private final EditionRenderer renderer;

    public EditionExportService(Editions editions, Stories stories, Clips clips, OutletStore outlets,
                                SettingsStore settings, AuditTrail audit, EditionRenderer renderer) {
        this.editions = editions;
        this.stories = stories;
        this.clips = clips;
        this.outlets = outlets;
        this.settings = settings;
        this.audit = audit;
        this.renderer = renderer;
    }

    /** The edition of {@code date} rendered, without writing anything (for the preview in the app). */
    public RenderedEdition render(LocalDate date) {
        return renderer.render(content(date));
    }

    /** Writes the edition's files into {@code folder} (created if missing) and records the export in the audit. */
    public ExportResult export(LocalDate date, Path folder, String user) {
        Edition edition = edition(date);
        RenderedEdition rendered = renderer.render(content(edition));
        ExportResult result = write(rendered, folder);
        long newsletterBytes = result.files().stream()
                .filter(file -> file.name().equals(RenderedEdition.NEWSLETTER_HTML))
                .mapToLong(ExportResult.ExportedFile::bytes).sum();
        audit.append(user, "export", date.toString(), "edition " + edition.id() + " to " + folder.toAbsolutePath()
                + " (" + result.files().size() + " files, newsletter " + newsletterBytes + " bytes, "
                + result.warnings().size() + " warnings)");
        return result;
    }

    /** Writes the edition's files into a new temporary folder, for a look before the real export. */
    public ExportResult preview(LocalDate date) {
        RenderedEdition rendered = render(date);
        try {
            return write(rendered, Files.createTempDirectory("newsdesk-preview-" + date + "-"));
        } catch (IOException e) {
            throw new ExportException("Could not create a temporary folder for the preview: " + e.getMessage() + ".", e);
        }
    }

    /** Everything the renderer needs for the edition of {@code date}. */
    public EditionContent content(LocalDate date) {
        return content(edition(date));
    }

    private Edition edition(LocalDate date) {
        return editions.find(date).orElseThrow(() -> new ExportException("There is no edition dated " + date + "."));
    }

    private EditionContent content(Edition edition) {
        List<EditionItem> items = new ArrayList<>();
        for (Story story : stories.findAll(edition.storyIds())) {
            List<Clip> storyClips = clips.findAll(story.clipIds());
            items.add(new EditionItem(story, storyClips, outlet(story, storyClips).orElse(null)));
        }
        List<ArchiveEntry> earlier = new ArrayList<>();
        for (Edition past : editions.list(0)) {
            if (earlier.size() >= EARLIER_EDITIONS) {
                break;
            }
            if (past.isPublished() && past.date().isBefore(edition.date())) {
                List<String> headlines = stories.findAll(past.storyIds()).stream().map(Story::headline).toList();
                earlier.add(new ArchiveEntry(past.date(), past.title(), headlines, past.publishedAt()));
            }
        }
        Map<String, String> values = settings.all();
        return new EditionContent(edition, items, earlier, NewsroomSettings.fromMap(values));
    }

    /** The story's outlet by the name the writer chose, else by the domain of its first clip. */
    private Optional<Outlet> outlet(Story story, List<Clip> storyClips) {
        if (story.outlet() != null && !story.outlet().isBlank()) {
            Optional<Outlet> named = outlets.find(story.outlet());
            if (named.isPresent()) {
                return named;
            }
        }
        return storyClips.stream().findFirst().flatMap(clip -> outlets.findByDomain(SourceUrl.domain(clip.sourceUrl())));
    }

    /**
     * Writes every file to a temporary name beside its place, flushed to disk, and only then moves each into place
     * in one step; on any failure the temporary files are removed and the folder keeps what it had.
     */
    static ExportResult write(RenderedEdition rendered, Path folder) {
        List<Path> temporary = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (Map.Entry<String, String> file : rendered.files().entrySet()) {
                Path part = folder.resolve("." + file.getKey() + "." + ProcessHandle.current().pid() + ".part");
                temporary.add(part);
                try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
                    ByteBuffer bytes = ByteBuffer.wrap(file.getValue().getBytes(StandardCharsets.UTF_8));
                    while (bytes.hasRemaining()) {
                        channel.write(bytes);
                    }
                    channel.force(true);
                }
            }
            List<ExportResult.ExportedFile> written = new ArrayList<>();
            int index = 0;
            for (String name : rendered.files().keySet()) {
                Path target = folder.resolve(name);
                move(temporary.get(index++), target);
                written.add(new ExportResult.ExportedFile(name, target, Files.size(target)));
            }
            return new ExportResult(folder, written, rendered.warnings());
        } catch (IOException e) {
            for (Path part : temporary) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
            throw new ExportException("Could not write the export to " + folder + ": " + reason(e) + ".", e);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof FileAlreadyExistsException exists) {
            return exists.getFile() + " is a file, not a folder";
        }
        if (e instanceof AccessDeniedException denied) {
            return "permission denied for " + denied.getFile();
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
