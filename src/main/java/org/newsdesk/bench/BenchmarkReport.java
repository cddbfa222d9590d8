package org.newsdesk.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/** What one benchmark run measured, each figure beside its target, as a table for people and JSON for tools. */
public record BenchmarkReport(int stories, long databaseBytes, List<Measurement> measurements) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public BenchmarkReport {
        measurements = List.copyOf(measurements);
    }

    /**
     * One figure: {@code key} names it in JSON, {@code target} is the most it may be (or, when
     * {@code higherIsBetter}, the least), null when there is none.
     */
    public record Measurement(String key, String label, double value, String unit, Double target,
                              boolean higherIsBetter) {
        public boolean met() {
            return target == null || (higherIsBetter ? value >= target : value <= target);
        }
    }

    public Measurement measurement(String key) {
        return measurements.stream().filter(m -> m.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No measurement " + key + "."));
    }

    /** Whether every figure with a target met it. */
    public boolean allTargetsMet() {
        return measurements.stream().allMatch(Measurement::met);
    }

    /** A plain-text table, one figure a line. */
    public String table() {
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "Newsdesk benchmark: %,d stories with clips, database %,.0f MB%n",
                stories, databaseBytes / 1_048_576.0));
        table.append(String.format(Locale.ROOT, "%-46s %14s  %-12s %s%n", "measure", "value", "target", "met"));
        for (Measurement m : measurements) {
            String target = m.target() == null ? "" : (m.higherIsBetter() ? ">= " : "<= ")
                    + number(m.target()) + " " + m.unit();
            table.append(String.format(Locale.ROOT, "%-46s %14s  %-12s %s%n", m.label(),
                    number(m.value()) + " " + m.unit(), target, m.target() == null ? "" : m.met() ? "yes" : "NO"));
        }
        return table.toString();
    }

    /** The figures as a JSON object: {@code {"stories":…, "measurements":{key:{value, unit, target, met}}}}. */
    public String json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("stories", stories);
        root.put("databaseBytes", databaseBytes);
        ObjectNode figures = root.putObject("measurements");
        for (Measurement m : measurements) {
            ObjectNode figure = figures.putObject(m.key());
            figure.put("label", m.label());
            figure.put("value", Math.round(m.value() * 100) / 100.0);
            figure.put("unit", m.unit());
            if (m.target() != null) {
                figure.put("target", m.target());
                figure.put("higherIsBetter", m.higherIsBetter());
                figure.put("met", m.met());
            }
        }
        root.put("allTargetsMet", allTargetsMet());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the benchmark report.", e);
        }
    }

    private static String number(double value) {
        if (value >= 100 || value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
