import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.newsdesk.integrity.HouseStyle;
import org.newsdesk.integrity.Proofreader;
import org.newsdesk.integrity.WritingCheck;
import org.newsdesk.model.WritingSettings;

/**
 * What LanguageTool costs: the application's used heap after a full collection before loading, with it loaded and
 * warm (one text checked), and after unloading, plus the resident memory of the helper process that holds it.
 * {@code --in-process} loads it into this JVM instead, for comparison. Run from the project folder after
 * {@code mvn -o package}:
 * {@code java -cp "target/newsdesk.jar" docs/measure/ProofreaderHeap.java [--in-process] [ARTICLE.txt]}
 */
public class ProofreaderHeap {
    public static void main(String[] args) throws Exception {
        boolean inProcess = args.length > 0 && args[0].equals("--in-process");
        int file = inProcess ? 1 : 0;
        String text = args.length > file ? Files.readString(Path.of(args[file]))
                : "The councl approved the budget on Tuesday. It were a good day for the city.";
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = used(memory);
        Proofreader proofreader = new Proofreader("en-US", Set.of(), inProcess);
        WritingCheck check = new WritingCheck(proofreader, HouseStyle.defaults(), WritingSettings.DEFAULT_RULES_OFF);
        long start = System.nanoTime();
        proofreader.load();
        long loaded = System.nanoTime();
        int findings = check.check(text, Set.of(), true).size();
        long checked = System.nanoTime();
        long warm = used(memory);
        long helperRss = ProcessHandle.current().children().mapToLong(ProofreaderHeap::rss).sum();
        proofreader.unload();
        long after = used(memory);
        System.out.printf("load %.1f s, first check of %d chars %.0f ms (%d findings)%n", (loaded - start) / 1e9,
                text.length(), (checked - loaded) / 1e6, findings);
        System.out.printf("heap used after GC: before %.1f MB, loaded %.1f MB (+%.1f MB), unloaded %.1f MB (+%.1f MB)%n",
                before / 1e6, warm / 1e6, (warm - before) / 1e6, after / 1e6, (after - before) / 1e6);
        System.out.printf("helper process resident while loaded: %.1f MB; helper processes left after unloading: %d%n",
                helperRss / 1e6, ProcessHandle.current().children().filter(ProcessHandle::isAlive).count());
    }

    /** Resident memory of a process, from /proc (Linux); 0 elsewhere. */
    private static long rss(ProcessHandle process) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (Exception e) {
            return 0;
        }
        return 0;
    }

    private static long used(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
