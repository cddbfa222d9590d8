package org.newsdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class WireBenchmarkTest {
    @Test
    @Timeout(60)
    void theWireRowRefreshesEveryFeedAndReportsTimeAndHeap() {
        List<String> said = new ArrayList<>();
        List<BenchmarkReport.Measurement> row = new WireBenchmark(said::add, 10, 20).run();

        assertEquals(List.of("wireRefreshSeconds", "wireRefreshCpuSeconds", "wireItemsPerSecond", "wireHeapMb"),
                row.stream().map(BenchmarkReport.Measurement::key).toList());
        assertEquals(10.0, row.get(0).target());
        assertTrue(row.get(2).value() > 0);
        assertTrue(said.get(0).startsWith("Refreshing 10 feeds of 20 items"), said.get(0));
    }
}
