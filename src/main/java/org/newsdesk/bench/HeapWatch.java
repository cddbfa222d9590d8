package org.newsdesk.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.newsdesk.bench.BenchmarkReport.Measurement;

/**
 * Watches the heap while the benchmark runs: the most ever in use (garbage not yet collected included, sampled
 * every few milliseconds) and the most still in use right after a collection (what the work really needs).
 */
final class HeapWatch implements AutoCloseable {
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "heap-watch");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakAfterCollection = new AtomicLong();
    private final List<Runnable> detach = new ArrayList<>();

    HeapWatch() {
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                NotificationListener listener = (notification, handback) -> afterCollection(notification);
                emitter.addNotificationListener(listener, null, null);
                detach.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (ListenerNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
        }
        sampler.scheduleAtFixedRate(this::sample, 0, 5, TimeUnit.MILLISECONDS);
    }

    private void sample() {
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        peakUsed.accumulateAndGet(used, Math::max);
    }

    private void afterCollection(Notification notification) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long after = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed)
                .sum();
        peakAfterCollection.accumulateAndGet(after, Math::max);
    }

    List<Measurement> measurements() {
        sample();
        long max = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
        return List.of(
                new Measurement("peakHeapMb", "peak heap used (sampled, garbage included)",
                        peakUsed.get() / 1_048_576.0, "MB", 300.0, false),
                new Measurement("peakLiveHeapMb", "peak heap still used after a collection",
                        peakAfterCollection.get() / 1_048_576.0, "MB", null, false),
                new Measurement("maxHeapMb", "heap limit of this JVM (-Xmx)", max / 1_048_576.0, "MB", null,
                        false));
    }

    @Override
    public void close() {
        sampler.shutdownNow();
        detach.forEach(Runnable::run);
    }
}
