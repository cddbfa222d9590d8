package org.newsdesk.clip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2024-06-12T05:14:00-04:00         | 2024-06-12T09:14:00Z
            2024-06-12T05:14:00.123Z          | 2024-06-12T05:14:00.123Z
            2024-06-12T05:14:00+0200          | 2024-06-12T03:14:00Z
            2024-06-12 05:14:00               | 2024-06-12T05:14:00Z
            2024-06-12T05:14                  | 2024-06-12T05:14:00Z
            2024-06-12                        | 2024-06-12T00:00:00Z
            20240612                          | 2024-06-12T00:00:00Z
            1718170440                        | 2024-06-12T05:34:00Z
            1718170440000                     | 2024-06-12T05:34:00Z
            'Wed, 12 Jun 2024 05:14:00 GMT'   | 2024-06-12T05:14:00Z
            'June 12, 2024'                   | 2024-06-12T00:00:00Z
            'Jun. 12, 2024 5:14 PM'           | 2024-06-12T17:14:00Z
            '12 June 2024'                    | 2024-06-12T00:00:00Z
            'Fri Mar 13 21:30:09 GMT 2015'    | 2015-03-13T21:30:09Z
            """)
    void publicationTimesAreReadInTheirManyForms(String text, String expected) {
        assertEquals(Instant.parse(expected), Dates.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "0000-00-00", "1970-01-01T00:00:00Z", "By Jane Doe", "Politics"})
    void placeholdersAndWordsAreNotDates(String text) {
        assertNull(Dates.parse(text));
    }
}
