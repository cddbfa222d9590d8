package org.newsdesk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.newsdesk.bench.BenchmarkReport.Measurement;
import org.newsdesk.clip.Extraction;
import org.newsdesk.clip.Extractor;

/** The clip extractor's row of the benchmark: extracting the article from saved 200 KB news pages, warm. */
final class ExtractionBenchmark {
    static final int PAGE_BYTES = 200_000;
    static final int EXTRACTION_WARMUP = 200;
    static final int EXTRACTIONS = 100;

    private final SyntheticArchive newsroom;
    private final Consumer<String> progress;

    ExtractionBenchmark(SyntheticArchive newsroom, Consumer<String> progress) {
        this.newsroom = newsroom;
        this.progress = progress;
    }

    /** Extracting the article from saved 200 KB news pages, warm, as batch clipping does. */
    List<Measurement> run() {
        progress.accept("Extracting " + EXTRACTIONS + " news pages of 200 KB…");
        Extractor extractor = new Extractor();
        List<String> pages = new ArrayList<>();
        for (int n = 0; n < 10; n++) {
            pages.add(newsroom.newsPage(n, PAGE_BYTES));
        }
        String url = "https://www.example-news.org/2031/01/06/story";
        for (int i = 0; i < EXTRACTION_WARMUP; i++) {
            extractor.extract(pages.get(i % pages.size()), url);
        }
        double[] times = new double[EXTRACTIONS];
        double[] cpu = new double[EXTRACTIONS];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < EXTRACTIONS; i++) {
            long cpuStarted = threads.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            Extraction extraction = extractor.extract(pages.get(i % pages.size()), url);
            times[i] = (System.nanoTime() - started) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e6;
            if (extraction.text().length() < 2_000) {
                throw new IllegalStateException("The extractor missed the article of a benchmark page.");
            }
        }
        return List.of(
                new Measurement("extractionMs", "clip extraction of a 200 KB page (warm, median ms per page)",
                        Benchmark.percentile(times, 50), "ms", 4.0, false),
                new Measurement("extractionP95Ms", "clip extraction p95", Benchmark.percentile(times, 95), "ms", null, false),
                new Measurement("extractionCpuMs", "clip extraction, CPU time only (median)", Benchmark.percentile(cpu, 50),
                        "ms", null, false));
    }
}
