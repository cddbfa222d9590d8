package org.newsdesk.ui.edition;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.RejectedExecutionException;
import java.util.prefs.Preferences;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newsdesk.app.EditionExportService;
import org.newsdesk.app.IntegrityService;
import org.newsdesk.app.SettingsService;
import org.newsdesk.app.StoryService;
import org.newsdesk.app.ExportResult;
import org.newsdesk.export.RenderedEdition;
import org.newsdesk.model.Edition;
import org.newsdesk.model.NewsroomSettings;
import org.newsdesk.ui.TimeLabels;
import org.newsdesk.ui.Worker;

/**
 * What the edition builder shows before an edition goes out: the pre-flight list, the newsletter as it will be
 * written (desktop or phone width, light or dark) with its size against Gmail's clipping budget, and the export to a
 * remembered folder.
 */
public final class EditionOutputViewModel {
    /** Gmail clips a message whose HTML passes about 102 KB; readers then see "[Message clipped]". */
    public static final int GMAIL_CLIP_BYTES = 102 * 1024;
    public static final int DESKTOP_WIDTH = 600;
    public static final int PHONE_WIDTH = 375;
    static final String FOLDER_KEY = "exportFolder";

    /** Forces dark colours over the newsletter's inline styles: CSS only, nothing executable. */
    private static final String DARK_CSS = """
            html, body, table, tr, td, th, div, p, span, h1, h2, h3, h4, li, ul, ol, center {
              background-color: #16181d !important; color: #e4e6eb !important; border-color: #3a3f4b !important; }
            a, a * { color: #8ab4f8 !important; }
            img { opacity: 0.9; }
            """;

    private final EditionExportService export;
    private final IntegrityService integrity;
    private final StoryService stories;
    private final SettingsService settings;
    private final Worker worker;
    private final Worker proofreadingWorker;
    private final EditionBuilderViewModel builder;
    private final Preferences preferences;

    private final ObservableList<PreflightItem> preflight = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper preflightSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<RenderedEdition> rendered = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper previewHtml = new ReadOnlyStringWrapper("");
    private final BooleanProperty phone = new SimpleBooleanProperty(false);
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper sizeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper budgetUsed = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper overBudget = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<Path> exportFolder = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ExportResult> lastExport = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    /** Whether spelling, grammar and house style are still being checked (Export does not wait for them). */
    private final ReadOnlyBooleanWrapper proofreading = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canExport;
    /** Counts refreshes, so a late answer about an edition since changed is dropped. */
    private int refreshes;
    /** The newsroom's size budget as read with the last rendering (read off the FX thread, like everything stored). */
    private int budgetKb = Integer.MAX_VALUE / 1024;

    public EditionOutputViewModel(EditionExportService export, IntegrityService integrity, StoryService stories,
                                  SettingsService settings, EditionBuilderViewModel builder, Preferences preferences) {
        this(export, integrity, stories, settings, builder, preferences, builder.worker());
    }

    /**
     * @param proofreadingWorker runs the spelling, grammar and house style part of the pre-flight (LanguageTool
     *                           takes seconds to load: apart from the writer thread, so the rest is not held up)
     */
    public EditionOutputViewModel(EditionExportService export, IntegrityService integrity, StoryService stories,
                                  SettingsService settings, EditionBuilderViewModel builder, Preferences preferences,
                                  Worker proofreadingWorker) {
        this.proofreadingWorker = proofreadingWorker;
        this.export = export;
        this.integrity = integrity;
        this.stories = stories;
        this.settings = settings;
        this.worker = builder.worker();
        this.builder = builder;
        this.preferences = preferences;
        String remembered = preferences.get(FOLDER_KEY, null);
        if (remembered != null) {
            exportFolder.set(Path.of(remembered));
        }
        exportFolder.addListener((o, was, now) -> {
            if (now != null) {
                preferences.put(FOLDER_KEY, now.toString());
            }
        });
        canExport = Bindings.createBooleanBinding(() -> rendered.get() != null && exportFolder.get() != null
                && !busy.get(), rendered, exportFolder, busy);
        phone.addListener((o, was, now) -> showPreview());
        dark.addListener((o, was, now) -> showPreview());
        builder.editionProperty().addListener((o, was, now) -> {
            lastExport.set(null);
            refresh();
        });
    }

    /**
     * Renders the edition and runs the pre-flight checks again (after every change to the edition): the rendering
     * and the quick checks first, so the preview and Export are ready at once; spelling, grammar and house style,
     * which may wait for LanguageTool to load, join the list when they arrive.
     */
    public void refresh() {
        Edition edition = builder.editionProperty().get();
        int round = ++refreshes;
        if (edition == null || edition.storyIds().isEmpty()) {
            preflight.clear();
            preflightSummary.set(edition == null ? "" : "The edition has no stories yet.");
            rendered.set(null);
            proofreading.set(false);
            showPreview();
            return;
        }
        LocalDate day = edition.date();
        busy.set(true);
        worker.run(() -> Preflight.quick(stories, integrity, export, settings, edition), quick -> {
            busy.set(false);
            Edition current = builder.editionProperty().get();
            if (round != refreshes || current == null || !current.date().equals(day)) {
                return;
            }
            budgetKb = quick.budgetKb();
            rendered.set(quick.rendered());
            preflight.setAll(quick.items());
            proofreading.set(true);
            summarise();
            showPreview();
            try {
                proofreadingWorker.run(() -> Preflight.writing(integrity, edition, quick.headlines()), writing -> {
                    if (round == refreshes) {
                        preflight.setAll(Preflight.merged(quick, writing));
                        proofreading.set(false);
                        summarise();
                    }
                }, error -> {
                    if (round == refreshes) {
                        proofreading.set(false);
                        summarise();
                        message.set("The spelling check could not run: " + error.getMessage());
                    }
                });
            } catch (RejectedExecutionException closing) {
                // the window is closing and its proofreader has stopped: nothing is left to check for
                proofreading.set(false);
            }
        }, this::fail);
    }

    private void summarise() {
        String checking = proofreading.get() ? " Spelling, grammar and house style are still being checked…" : "";
        preflightSummary.set(preflight.isEmpty()
                ? (proofreading.get() ? "The other checks passed." + checking : "Ready: every check passed.")
                : preflight.size() + (preflight.size() == 1 ? " thing" : " things") + " to look at before export."
                + checking);
    }

    private void showPreview() {
        RenderedEdition files = rendered.get();
        if (files == null) {
            previewHtml.set("");
            sizeText.set("");
            budgetUsed.set(0);
            overBudget.set(false);
            return;
        }
        String html = files.file(RenderedEdition.NEWSLETTER_HTML);
        previewHtml.set(dark.get() ? darkened(html) : html);
        int bytes = files.bytes(RenderedEdition.NEWSLETTER_HTML);
        int newsroomBudget = budgetKb * 1024;
        budgetUsed.set(bytes / (double) GMAIL_CLIP_BYTES);
        overBudget.set(bytes > GMAIL_CLIP_BYTES);
        sizeText.set(kilobytes(bytes) + " of Gmail's 102 KB"
                + (bytes > GMAIL_CLIP_BYTES ? ": Gmail will clip it"
                : bytes > newsroomBudget ? ", over the newsroom's " + newsroomBudget / 1024 + " KB budget" : ""));
    }

    static String kilobytes(int bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    /** The newsletter with a style sheet that forces dark colours, added through a jsoup tree. */
    static String darkened(String html) {
        Document document = Jsoup.parse(html);
        document.head().appendElement("style").appendText(DARK_CSS);
        document.body().attr("style", document.body().attr("style") + ";background-color:#16181d");
        return document.outerHtml();
    }

    /** Writes the edition's files into the export folder. */
    public void export() {
        Path folder = exportFolder.get();
        Edition edition = builder.editionProperty().get();
        if (folder == null || edition == null) {
            message.set("Choose a folder to export to.");
            return;
        }
        busy.set(true);
        builder.saveText();
        worker.run(() -> export.export(edition.date(), folder, builder.editor().name()), result -> {
            busy.set(false);
            lastExport.set(result);
            long total = result.files().stream().mapToLong(ExportResult.ExportedFile::bytes).sum();
            message.set("Exported " + result.files().size() + " files (" + kilobytes((int) total) + ") to "
                    + result.folder() + (result.warnings().isEmpty() ? "." : "; " + String.join(" ",
                    result.warnings())));
        }, this::fail);
    }

    /** The newsletter's HTML and plain text, for the clipboard; empty when nothing is rendered yet. */
    public java.util.Optional<RenderedEdition> files() {
        return java.util.Optional.ofNullable(rendered.get());
    }

    /**
     * Finds the web page to open in the browser: the exported one when this edition was exported, else a fresh
     * preview written to a temporary folder; hands its address to {@code open}.
     */
    public void webPage(java.util.function.Consumer<String> open) {
        Edition edition = builder.editionProperty().get();
        if (edition == null) {
            return;
        }
        ExportResult exported = lastExport.get();
        busy.set(true);
        worker.run(() -> {
            Path page = exported != null ? exported.folder().resolve(RenderedEdition.WEB_PAGE) : null;
            if (page == null || !Files.exists(page)) {
                page = export.preview(edition.date()).folder().resolve(RenderedEdition.WEB_PAGE);
            }
            return page.toUri().toString();
        }, address -> {
            busy.set(false);
            open.accept(address);
            message.set("Opened the web page in your browser.");
        }, this::fail);
    }

    void report(String text) {
        message.set(text);
    }

    private void fail(Throwable error) {
        busy.set(false);
        message.set(error.getMessage() == null ? error.toString() : error.getMessage());
    }

    /**
     * What the Publish confirmation says: what publishing does and, when the pre-flight still lists something, each
     * open finding with its story, so nobody publishes past a warning without having read it.
     */
    public String publishConfirmation() {
        Edition edition = builder.editionProperty().get();
        int stories = edition == null ? 0 : edition.storyIds().size();
        StringBuilder text = new StringBuilder("Publishing marks its " + stories
                + (stories == 1 ? " story" : " stories") + " as published and freezes the edition of "
                + TimeLabels.date(builder.dateProperty().get()) + ": it can no longer change.");
        if (proofreading.get()) {
            text.append("\n\nSpelling, grammar and house style are still being checked.");
        }
        if (preflight.isEmpty()) {
            text.append("\n\nThe pre-flight found nothing to fix.");
        } else {
            text.append("\n\nThe pre-flight still lists ").append(preflight.size())
                    .append(preflight.size() == 1 ? " thing:" : " things:");
            for (PreflightItem item : preflight) {
                text.append("\n\u2022 ").append(item.headline() == null || item.headline().isBlank()
                        ? "The edition" : "\u201C" + item.headline() + "\u201D").append(" (").append(item.kind())
                        .append("): ").append(item.message());
            }
        }
        return text.toString();
    }

    public ObservableList<PreflightItem> preflight() {
        return preflight;
    }

    public ReadOnlyStringProperty preflightSummaryProperty() {
        return preflightSummary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RenderedEdition> renderedProperty() {
        return rendered.getReadOnlyProperty();
    }

    /** The HTML the preview shows: the newsletter exactly as exported, or darkened. */
    public ReadOnlyStringProperty previewHtmlProperty() {
        return previewHtml.getReadOnlyProperty();
    }

    public BooleanProperty phoneProperty() {
        return phone;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public ReadOnlyStringProperty sizeTextProperty() {
        return sizeText.getReadOnlyProperty();
    }

    /** The newsletter's size as a share of Gmail's clipping size (1.0 is the limit). */
    public ReadOnlyDoubleProperty budgetUsedProperty() {
        return budgetUsed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty overBudgetProperty() {
        return overBudget.getReadOnlyProperty();
    }

    /** The folder exports go to; remembered between sessions. */
    public ObjectProperty<Path> exportFolderProperty() {
        return exportFolder;
    }

    public ReadOnlyObjectProperty<ExportResult> lastExportProperty() {
        return lastExport.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether spelling, grammar and house style are still being checked; the rest of the list is in. */
    public ReadOnlyBooleanProperty proofreadingProperty() {
        return proofreading.getReadOnlyProperty();
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }

    Preferences preferences() {
        return preferences;
    }
}
