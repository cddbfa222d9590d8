package org.newsdesk.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * LanguageTool in a helper process of its own, so that the application's heap never holds it: LanguageTool keeps
 * about a hundred megabytes in static caches that no unloading inside one JVM gives back, while ending the helper
 * returns all of it to the system. The application talks to it one JSON line per paragraph over its standard input
 * and output; {@link #main} is the helper's side.
 */
final class LanguageToolProcess implements Proofreader.Engine {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The helper's heap ceiling: LanguageTool for English keeps about 110 MB live. */
    static final String MAX_HEAP = "-Xmx320m";

    private static final Map<String, LanguageToolProcess> RUNNING = new HashMap<>();

    private final Process process;
    private final BufferedWriter requests;
    private final BufferedReader answers;
    private String key;
    private int users;

    private LanguageToolProcess(Process process) {
        this.process = process;
        this.requests = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /**
     * The running helper for this language and rules, started if there is none; every acquire is matched by one
     * {@link #release()}, and the last release ends the helper. Null when no helper can start.
     */
    static LanguageToolProcess acquire(String languageCode, Set<String> rulesOff) {
        String key = languageCode + " " + new java.util.TreeSet<>(rulesOff);
        synchronized (RUNNING) {
            LanguageToolProcess running = RUNNING.get(key);
            if (running == null || !running.process.isAlive()) {
                running = start(languageCode, rulesOff);
                if (running == null) {
                    return null;
                }
                running.key = key;
                RUNNING.put(key, running);
            }
            running.users++;
            return running;
        }
    }

    /** One user less; the last one ends the helper. */
    void release() {
        synchronized (RUNNING) {
            users--;
            if (users <= 0) {
                RUNNING.remove(key, this);
                close();
            }
        }
    }

    /**
     * Starts the helper on this JVM's own class path and waits until LanguageTool is loaded; null when the class
     * path cannot start it (an unusual launcher), so the caller can load LanguageTool in-process instead.
     */
    static LanguageToolProcess start(String languageCode, Set<String> rulesOff) {
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.isBlank()) {
            return null;
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // the marker comes before the long class path, so tools that cut a command line short still show it
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Dnewsdesk.languagetool=" + languageCode + ":"
                + String.join(",", rulesOff), MAX_HEAP, "-XX:+UseSerialGC",
                "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30",
                "-Dslf4j.internal.verbosity=ERROR", "-cp", classPath, LanguageToolProcess.class.getName(),
                languageCode, String.join(",", rulesOff));
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            LanguageToolProcess helper = new LanguageToolProcess(builder.start());
            String ready = helper.answers.readLine();
            if (!"ready".equals(ready)) {
                helper.close();
                return null;
            }
            return helper;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public synchronized List<Proofreader.Match> check(String paragraph) throws IOException {
        requests.write(JSON.writeValueAsString(paragraph));
        requests.newLine();
        requests.flush();
        String answer = answers.readLine();
        if (answer == null) {
            throw new IOException("the spelling helper stopped");
        }
        List<Proofreader.Match> matches = new ArrayList<>();
        for (JsonNode node : JSON.readTree(answer)) {
            List<String> suggestions = new ArrayList<>();
            node.get("suggestions").forEach(suggestion -> suggestions.add(suggestion.asText()));
            matches.add(new Proofreader.Match(node.get("start").asInt(), node.get("end").asInt(),
                    node.get("rule").asText(), node.path("category").asText(""), node.get("spelling").asBoolean(),
                    node.get("message").asText(), suggestions));
        }
        return matches;
    }

    /** Ends the helper; its memory goes back to the system. */
    void close() {
        try {
            requests.close();
        } catch (IOException e) {
            // the helper is ended below either way
        }
        process.destroy();
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The helper: loads LanguageTool, says "ready", then answers one JSON line per paragraph until input ends. */
    public static void main(String[] args) throws IOException {
        Set<String> rulesOff = args.length > 1 && !args[1].isBlank() ? Set.of(args[1].split(",")) : Set.of();
        LanguageToolEngine engine = new LanguageToolEngine(args[0], rulesOff);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        out.write("ready");
        out.newLine();
        out.flush();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            ArrayNode answer = JSON.createArrayNode();
            for (Proofreader.Match match : engine.check(JSON.readValue(line, String.class))) {
                ObjectNode node = answer.addObject().put("start", match.start()).put("end", match.end())
                        .put("rule", match.ruleId()).put("category", match.category())
                        .put("spelling", match.spelling())
                        .put("message", match.message());
                ArrayNode suggestions = node.putArray("suggestions");
                match.suggestions().forEach(suggestions::add);
            }
            out.write(answer.toString());
            out.newLine();
            out.flush();
        }
    }
}
