package org.newsdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OutsideLinksTest {
    @ParameterizedTest
    @ValueSource(strings = {"https://www.wsj.com/politics/fentanyl", "http://example.com/a?b=c",
            "mailto:desk@example.com", "HTTPS://EXAMPLE.COM/"})
    void webAndMailAddressesOpen(String address) {
        assertEquals(Optional.empty(), OutsideLinks.refusal(address));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            file:///etc/passwd              | Newsdesk opens only web (http, https) and mail (mailto) addresses, so it did not open this file: address.
            \\\\evil\\share\\payload.exe    | Newsdesk opens only web (http, https) and mail (mailto) addresses, so it did not open the network path \\\\evil\\share\\payload.exe.
            javascript:alert(1)             | Newsdesk opens only web (http, https) and mail (mailto) addresses, so it did not open this javascript: address.
            smb://server/share              | Newsdesk opens only web (http, https) and mail (mailto) addresses, so it did not open this smb: address.
            https:///nohost                 | The address https:///nohost names no web site, so Newsdesk did not open it.
            """)
    void everyOtherAddressIsRefusedWithASentence(String address, String sentence) {
        assertEquals(Optional.of(sentence), OutsideLinks.refusal(address));
    }
}
