package org.newsdesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newsdesk.app.ClipResult;
import org.newsdesk.app.ClipService;
import org.newsdesk.clip.ClipException;
import org.newsdesk.clip.Extraction;
import org.newsdesk.clip.Extractor;
import org.newsdesk.clip.FetchedPage;
import org.newsdesk.clip.Fetcher;
import org.newsdesk.clip.SavedPage;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Story;
import org.newsdesk.model.PendingClip;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code clip URL-or-FILE… [--json] [--dry-run]} and {@code clip --batch IN.jsonl --dry-run}: capture source
 * articles from the web or from saved pages.
 */
@Command(name = "clip", sortOptions = false,
        description = {"Clip source articles from web addresses or saved pages (.html, .htm) into the database.",
                "A URL clipped without network is queued and fetched later (see 'clip pending')."},
        subcommands = {ClipCommand.Reextract.class, ClipCommand.Pending.class})
final class ClipCommand extends ActingCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(arity = "0..*", paramLabel = "URL-or-FILE", description = "Web addresses or saved pages to clip.")
    List<String> sources;

    @Option(names = "--json", description = "Print one JSON object per source instead of a summary line.")
    boolean json;

    @Option(names = "--dry-run", description = "Only extract and print; store nothing (no database is opened).")
    boolean dryRun;

    @Option(names = "--batch", paramLabel = "IN.jsonl",
            description = "Read lines {\"id\",\"path\",\"url\"} and print one JSON line per input, in order "
                    + "(needs --dry-run).")
    Path batch;

    @Override
    public Integer call() throws IOException {
        if (batch != null) {
            if (!dryRun) {
                throw new CommandFailure("--batch only prints what it extracts; add --dry-run.");
            }
            if (sources != null && !sources.isEmpty()) {
                throw new CommandFailure("Give either --batch or sources to clip, not both.");
            }
            return new Batch(out()).run(batch);
        }
        if (sources == null || sources.isEmpty()) {
            throw new CommandFailure("Name at least one web address or saved page to clip.");
        }
        int failures = 0;
        for (String source : sources) {
            try {
                if (dryRun) {
                    printPreview(source);
                } else {
                    printResult(source, clip(source));
                }
            } catch (ClipException e) {
                failures++;
                err().println("newsdesk: " + source + ": " + e.getMessage());
            }
        }
        out().flush();
        return failures == 0 ? 0 : 1;
    }

    private ClipService service;
    private String clipper;

    private ClipResult clip(String source) {
        if (service == null) {
            clipper = actingAs();
            service = app().clipService();
        }
        if (isWebAddress(source)) {
            return service.clipUrl(source, clipper);
        }
        return service.clipFile(Path.of(source), clipper);
    }

    /** Whether the source is an address (any scheme: the fetcher names the ones it refuses) rather than a file. */
    private static boolean isWebAddress(String source) {
        return source.strip().matches("(?i)[a-z][a-z0-9+.-]*://.*");
    }

    private void printPreview(String source) throws JsonProcessingException {
        String url;
        String html;
        if (isWebAddress(source)) {
            FetchedPage page = new Fetcher().fetch(source);
            url = page.finalUrl();
            html = page.html();
        } else {
            SavedPage page = SavedPage.read(Path.of(source));
            url = page.originalUrl();
            html = page.html();
        }
        Extraction extraction = new Extractor().extract(html, url);
        if (json) {
            ObjectNode line = Batch.extractionJson(JSON.getNodeFactory().textNode(source), extraction);
            out().println(JSON.writeValueAsString(line));
        } else {
            out().println(summary(extraction.title(), extraction.siteName(), extraction.byline(), extraction.text()));
        }
    }

    private void printResult(String source, ClipResult result) throws JsonProcessingException {
        if (json) {
            ObjectNode line = JSON.createObjectNode();
            line.put("source", source);
            line.put("status", result.isQueued() ? "queued" : result.alreadyCovered() ? "covered" : "stored");
            if (result.clip() != null) {
                Clip clip = result.clip();
                ObjectNode node = Batch.extractionJson(JSON.getNodeFactory().textNode(clip.id().toString()),
                        new Extraction(clip.title(), clip.byline(), clip.siteName(), clip.publishedTime(),
                                clip.canonicalUrl(), clip.leadImageUrl(), clip.lang(), clip.text()));
                node.put("url", clip.url());
                node.put("capturedAt", clip.capturedAt().toString());
                line.set("clip", node);
            }
            var usedBy = line.putArray("usedBy");
            for (Story story : result.usedBy()) {
                usedBy.addObject().put("id", story.id().toString()).put("headline", story.headline())
                        .put("status", story.status().name());
            }
            out().println(JSON.writeValueAsString(line));
            return;
        }
        if (result.isQueued()) {
            out().println("Queued until the network is back: " + result.pending().url());
            return;
        }
        Clip clip = result.clip();
        if (result.alreadyCovered()) {
            out().println("Already clipped " + clip.id() + ": " + summary(clip.title(), clip.siteName(), clip.byline(),
                    clip.text()));
            for (Story story : result.usedBy()) {
                out().println("  used by " + story.status().name().toLowerCase(Locale.ROOT) + " story \""
                        + story.headline() + "\" (" + story.id() + ")");
            }
            if (result.usedBy().isEmpty()) {
                out().println("  no story uses it yet");
            }
            return;
        }
        out().println("Clipped " + clip.id() + ": " + summary(clip.title(), clip.siteName(), clip.byline(),
                clip.text()));
    }

    private static String summary(String title, String siteName, String byline, String text) {
        StringBuilder line = new StringBuilder(title.isBlank() ? "(no title)" : title);
        if (siteName != null) {
            line.append(" — ").append(siteName);
        }
        if (byline != null) {
            line.append(", by ").append(byline);
        }
        line.append(" (").append(org.newsdesk.model.Words.count(text)).append(" words)");
        return line.toString();
    }

    /** Batch extraction: one JSON line out per line in, in order, several pages at a time. */
    static final class Batch {
        private final PrintWriter out;
        private final Extractor extractor = new Extractor();

        Batch(PrintWriter out) {
            this.out = out;
        }

        int run(Path input) throws IOException {
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
            ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
                Thread thread = new Thread(runnable, "newsdesk-batch");
                thread.setDaemon(true);
                return thread;
            });
            Deque<Future<String>> inFlight = new ArrayDeque<>();
            Path folder = input.toAbsolutePath().getParent();
            try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
                String line;
                int number = 0;
                while ((line = reader.readLine()) != null) {
                    number++;
                    if (line.isBlank()) {
                        continue;
                    }
                    String request = line;
                    int lineNumber = number;
                    inFlight.add(workers.submit(() -> one(request, lineNumber, folder)));
                    if (inFlight.size() >= threads * 4) {
                        out.println(take(inFlight.poll()));
                    }
                }
                while (!inFlight.isEmpty()) {
                    out.println(take(inFlight.poll()));
                }
            } catch (NoSuchFileException e) {
                throw new CommandFailure("There is no file " + input + ".");
            } finally {
                workers.shutdownNow();
                out.flush();
            }
            return 0;
        }

        private static String take(Future<String> result) {
            try {
                return result.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CommandFailure("The batch was interrupted.");
            } catch (ExecutionException e) {
                throw new CommandFailure("The batch failed: " + e.getCause().getMessage());
            }
        }

        private String one(String line, int number, Path folder) throws JsonProcessingException {
            JsonNode request;
            try {
                request = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                return JSON.writeValueAsString(error(null, "Line " + number + " is not JSON."));
            }
            JsonNode id = request.get("id");
            try {
                String pathText = request.path("path").asText("");
                if (pathText.isBlank()) {
                    return JSON.writeValueAsString(error(id, "Line " + number + " has no \"path\"."));
                }
                Path path = Path.of(pathText);
                if (!path.isAbsolute() && !Files.exists(path) && folder != null) {
                    path = folder.resolve(pathText);
                }
                String html = SavedPage.readHtml(path);
                String url = request.path("url").asText("");
                if (url.isBlank()) {
                    url = SavedPage.addressIn(html);
                }
                Extraction extraction = extractor.extract(html, url);
                return JSON.writeValueAsString(extractionJson(id, extraction));
            } catch (ClipException | java.nio.file.InvalidPathException e) {
                return JSON.writeValueAsString(error(id, e.getMessage()));
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                return JSON.writeValueAsString(error(id, "The page could not be read ("
                        + e.getClass().getSimpleName() + ")."));
            }
        }

        private static ObjectNode error(JsonNode id, String message) {
            ObjectNode node = JSON.createObjectNode();
            node.set("id", id == null ? JSON.nullNode() : id);
            node.put("error", message);
            return node;
        }

        static ObjectNode extractionJson(JsonNode id, Extraction extraction) {
            ObjectNode node = JSON.createObjectNode();
            node.set("id", id == null ? JSON.nullNode() : id);
            node.put("title", extraction.title());
            node.put("byline", extraction.byline());
            node.put("siteName", extraction.siteName());
            node.put("publishedTime", extraction.publishedTime() == null ? null : extraction.publishedTime().toString());
            node.put("canonicalUrl", extraction.canonicalUrl());
            node.put("leadImageUrl", extraction.leadImageUrl());
            node.put("lang", extraction.lang());
            node.put("text", extraction.text());
            return node;
        }
    }

    /** {@code clip reextract --all|ID}: extracts stored clips again from their raw HTML. */
    @Command(name = "reextract", description = "Extract stored clips again from the HTML they were captured from.")
    static final class Reextract extends DatabaseCommand implements Callable<Integer> {
        @Option(names = "--all", description = "Every clip that kept its HTML.")
        boolean all;

        @Parameters(arity = "0..1", paramLabel = "ID", description = "The clip to extract again.")
        String id;

        @Override
        public Integer call() {
            ClipService service = app().clipService();
            if (all == (id != null)) {
                throw new CommandFailure("Give either --all or one clip ID.");
            }
            if (all) {
                List<Clip> clips = service.reextractAll();
                out().println("Extracted " + clips.size() + (clips.size() == 1 ? " clip" : " clips") + " again.");
                return 0;
            }
            UUID clipId;
            try {
                clipId = UUID.fromString(id.strip());
            } catch (IllegalArgumentException e) {
                throw new CommandFailure("\"" + id + "\" is not a clip ID.");
            }
            Clip clip = service.reextract(clipId);
            out().println("Extracted again " + clip.id() + ": " + summary(clip.title(), clip.siteName(),
                    clip.byline(), clip.text()));
            return 0;
        }
    }

    /** {@code clip pending [--retry]}: the URLs waiting for the network, and a way to try them now. */
    @Command(name = "pending", description = "List URLs clipped offline; with --retry, try the ones that are due.")
    static final class Pending extends DatabaseCommand implements Callable<Integer> {
        @Option(names = "--retry", description = "Fetch the due URLs now.")
        boolean retry;

        @Option(names = "--json", description = "One JSON line per waiting URL, with its attempts and last error.")
        boolean json;

        @Override
        public Integer call() {
            ClipService service = app().clipService();
            if (retry) {
                for (ClipResult result : service.retryPending()) {
                    out().println("Clipped " + result.clip().id() + ": " + result.clip().title());
                }
            }
            List<PendingClip> pending = service.pending();
            for (PendingClip clip : pending) {
                if (json) {
                    out().println(JsonOut.line(clip));
                    continue;
                }
                out().println(clip.url() + "  (tried " + clip.attempts() + (clip.attempts() == 1 ? " time" : " times")
                        + ", next " + clip.nextAttemptAt() + (clip.lastError() == null ? "" : ": " + clip.lastError())
                        + ")");
            }
            if (pending.isEmpty()) {
                err().println("No URL is waiting for the network.");
            }
            return 0;
        }
    }
}
