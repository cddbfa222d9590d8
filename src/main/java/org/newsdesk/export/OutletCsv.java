package org.newsdesk.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsdesk.model.Outlet;

/**
 * Outlet house-style names as CSV (RFC 4180): a header {@code name,attribution,domains}, then one outlet a line,
 * its domains separated by spaces or semicolons. Reading is strict and names the line of the first problem.
 */
public final class OutletCsv {
    public static final List<String> HEADER = List.of("name", "attribution", "domains");

    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");

    private OutletCsv() {
    }

    /** The outlets as CSV text with CRLF line ends, quoting only the fields that need it. */
    public static String write(List<Outlet> outlets) {
        StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        for (Outlet outlet : outlets) {
            csv.append(field(outlet.name())).append(',')
                    .append(field(outlet.attribution())).append(',')
                    .append(field(String.join(" ", outlet.domains()))).append("\r\n");
        }
        return csv.toString();
    }

    /**
     * The outlets in {@code csv}, in file order.
     *
     * @throws IllegalArgumentException with one sentence naming the line, when the text is not such a file
     */
    public static List<Outlet> read(String csv) {
        List<List<String>> records = records(csv.startsWith("\uFEFF") ? csv.substring(1) : csv);
        if (records.isEmpty()) {
            throw new IllegalArgumentException("The file is empty; it needs the header line name,attribution,domains.");
        }
        List<String> header = records.get(0).stream().map(cell -> cell.strip().toLowerCase(Locale.ROOT)).toList();
        if (!header.equals(HEADER)) {
            throw new IllegalArgumentException("Line 1 must be the header name,attribution,domains, not "
                    + String.join(",", records.get(0)) + ".");
        }
        List<Outlet> outlets = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> record = records.get(i);
            int line = i + 1;
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            if (record.size() != HEADER.size()) {
                throw new IllegalArgumentException("Line " + line + " has " + record.size()
                        + " fields; each line needs 3: name, attribution, domains.");
            }
            String name = record.get(0).strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("Line " + line + " has no outlet name.");
            }
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("Line " + line + " repeats the outlet " + name + ".");
            }
            List<String> domains = List.of(record.get(2).strip().split("[;\\s]+"));
            outlets.add(checked(new Outlet(name, record.get(1).strip(), domains), "Line " + line));
        }
        return outlets;
    }

    /**
     * {@code outlet} with its name and attribution stripped and its domains lower-cased, without {@code www.} and
     * without repeats; {@code where} starts the sentence when a domain is refused.
     */
    public static Outlet checked(Outlet outlet, String where) {
        List<String> domains = new ArrayList<>();
        for (String domain : outlet.domains()) {
            String cleaned = domain.strip().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            if (cleaned.isEmpty()) {
                continue;
            }
            if (!DOMAIN.matcher(cleaned).matches()) {
                throw new IllegalArgumentException(where + ": " + domain.strip() + " is not a domain name like wsj.com.");
            }
            if (!domains.contains(cleaned)) {
                domains.add(cleaned);
            }
        }
        return new Outlet(outlet.name().strip(), outlet.attribution().strip(), domains);
    }

    private static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                || !value.equals(value.strip())) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    /** Splits RFC 4180 text into records of fields; a line end inside quotes belongs to the field. */
    private static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int i = 0;
        boolean any = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            any = true;
            if (c == '"' && field.isEmpty()) {
                int start = line;
                i++;
                while (true) {
                    if (i >= text.length()) {
                        throw new IllegalArgumentException("Line " + start + " opens a quoted field that never closes.");
                    }
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (q == '\n') {
                        line++;
                    }
                    field.append(q);
                    i++;
                }
                if (i < text.length() && ",\r\n".indexOf(text.charAt(i)) < 0) {
                    throw new IllegalArgumentException("Line " + line
                            + " has text after a closing quote; write a quote inside a quoted field as \"\".");
                }
                continue;
            }
            if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                any = false;
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
            } else {
                field.append(c);
            }
            i++;
        }
        if (any) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
