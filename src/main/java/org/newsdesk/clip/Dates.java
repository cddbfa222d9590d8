package org.newsdesk.clip;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads the many ways pages write a publication time into one instant; a time without a zone is taken as UTC. */
final class Dates {
    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d\\d)(\\d\\d)$");
    private static final Pattern DIGITS = Pattern.compile("\\d{9,13}");
    private static final Pattern DATE_ONLY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern COMPACT = Pattern.compile("\\d{8}(T?\\d{4,6})?");
    private static final List<DateTimeFormatter> TEXTUAL = List.of(
            textual("MMMM d, uuuu[ 'at'][ h:mm[:ss] a][ z]"),
            textual("MMM d, uuuu[ 'at'][ h:mm[:ss] a][ z]"),
            textual("MMM. d, uuuu[ 'at'][ h:mm[:ss] a][ z]"),
            textual("d MMMM uuuu[ HH:mm[:ss]][ z]"),
            textual("d MMM uuuu[ HH:mm[:ss]][ z]"),
            textual("EEEE, MMMM d, uuuu[ h:mm a][ z]"),
            textual("EEE, d MMM uuuu HH:mm[:ss][ z]"),
            textual("uuuu/MM/dd[ HH:mm[:ss]]"),
            textual("MM/dd/uuuu[ h:mm a]"),
            textual("EEE MMM d HH:mm:ss z uuuu"));

    private Dates() {
    }

    private static DateTimeFormatter textual(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.SMART);
    }

    /** A moment as the page stated it: the instant, and the zone offset it was written in (null when none was). */
    record When(Instant instant, ZoneOffset offset) {
    }

    /** The instant {@code value} names, or null when it is not a date this reader knows. */
    static Instant parse(String value) {
        When when = parseWhen(value);
        return when == null ? null : when.instant();
    }

    /** The instant {@code value} names with the offset it was written in, or null when it is not a date. */
    static When parseWhen(String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip().replace('\u00a0', ' ').replaceAll("\\s+", " ");
        if (text.isEmpty() || text.length() > 80) {
            return null;
        }
        if (DIGITS.matcher(text).matches()) {
            long number = Long.parseLong(text);
            Instant instant = text.length() >= 12 ? Instant.ofEpochMilli(number) : Instant.ofEpochSecond(number);
            return when(instant, null);
        }
        if (DATE_ONLY.matcher(text).matches()) {
            return when(atMidnight(text, DateTimeFormatter.ISO_LOCAL_DATE), null);
        }
        if (COMPACT.matcher(text).matches()) {
            String digits = text.replace("T", "");
            try {
                LocalDateTime local = LocalDate.parse(digits.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE)
                        .atStartOfDay();
                if (digits.length() >= 12) {
                    local = local.withHour(Integer.parseInt(digits.substring(8, 10)))
                            .withMinute(Integer.parseInt(digits.substring(10, 12)));
                }
                return when(local.toInstant(ZoneOffset.UTC), null);
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        String iso = text.replace(' ', 'T');
        if (iso.length() > 10 && iso.charAt(10) == 'T') {
            iso = iso.replace("TZ", "Z").replace("T+", "+").replace("T-", "-");
            iso = OFFSET_WITHOUT_COLON.matcher(iso).replaceFirst("$1:$2");
            if (iso.endsWith("UTC") || iso.endsWith("GMT")) {
                iso = iso.substring(0, iso.length() - 3) + "Z";
            }
            if (iso.matches(".*[+-]\\d\\d$")) {
                iso = iso + ":00";
            }
            try {
                OffsetDateTime stated = OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                return when(stated.toInstant(), stated.getOffset());
            } catch (DateTimeParseException e) {
                try {
                    return when(LocalDateTime.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                            .toInstant(ZoneOffset.UTC), null);
                } catch (DateTimeParseException ignored) {
                    // not ISO: try the written-out forms below
                }
            }
        }
        try {
            ZonedDateTime stated = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
            return when(stated.toInstant(), stated.getOffset());
        } catch (DateTimeParseException ignored) {
            // not an HTTP-style date
        }
        String cleaned = text.replaceAll("(?i)\\b(\\d{1,2})(st|nd|rd|th)\\b", "$1").replaceAll("(?i)\\b([ap])\\.m\\.", "$1m")
                .replaceAll("(?i)\\b(am|pm)\\b", "$1").replace(" ,", ",");
        for (DateTimeFormatter format : TEXTUAL) {
            // A dry run first: a failed parse throws, and a page offers many strings that are no date at all.
            java.text.ParsePosition position = new java.text.ParsePosition(0);
            if (format.parseUnresolved(cleaned, position) == null || position.getErrorIndex() >= 0
                    || position.getIndex() != cleaned.length()) {
                continue;
            }
            try {
                var parsed = format.parseBest(cleaned, ZonedDateTime::from, LocalDateTime::from, LocalDate::from);
                if (parsed instanceof ZonedDateTime zoned) {
                    return when(zoned.toInstant(), zoned.getOffset());
                }
                if (parsed instanceof LocalDateTime local) {
                    return when(local.toInstant(ZoneOffset.UTC), null);
                }
                if (parsed instanceof LocalDate date) {
                    return when(date.atStartOfDay().toInstant(ZoneOffset.UTC), null);
                }
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return null;
    }

    private static When when(Instant instant, ZoneOffset offset) {
        Instant kept = instant == null ? null : plausible(instant);
        return kept == null ? null : new When(kept, offset);
    }

    private static Instant atMidnight(String text, DateTimeFormatter format) {
        try {
            return plausible(LocalDate.parse(text, format).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Pages carry placeholder dates (0000-00-00, 1970); a news article is from this side of 1990. */
    private static Instant plausible(Instant instant) {
        if (instant == null || instant.isBefore(Instant.parse("1990-01-01T00:00:00Z"))
                || instant.isAfter(Instant.parse("2200-01-01T00:00:00Z"))) {
            return null;
        }
        return instant;
    }
}
