package org.newsdesk.clip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageMetadataTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Council passes budget | The Metro Ledger ; The Metro Ledger ; false ; Council passes budget
            Council passes budget – Metro Ledger     ; The Metro Ledger ; false ; Council passes budget
            The Metro Ledger: Council passes budget  ; The Metro Ledger ; false ; The Metro Ledger: Council passes budget
            Metro Ledger | Council passes budget     ; Metro Ledger     ; false ; Council passes budget
            Biden signs the budget bill - Politics - CNN ; CNN          ; true  ; Biden signs the budget bill
            Council passes budget | Metro Ledger     ;                  ; false ; Council passes budget | Metro Ledger
            Stop - or else                           ;                  ; true  ; Stop - or else
            """)
    void theSiteNameIsCutFromTheTitle(String title, String siteName, boolean guess, String expected) {
        assertEquals(expected, PageMetadata.stripSite(title, siteName, guess));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            By Jane Doe                    ; Jane Doe
            by: Laurie Oakes               ; Laurie Oakes
            By Jane Doe | May 10, 2024     ; Jane Doe
            Jane Doe Updated 9:30 a.m. ET  ; Jane Doe
            BY JANE DOE AND JOHN ROE       ; Jane Doe and John Roe
            Von Jürgen Weiß                ; Jürgen Weiß
            Jane Doe, Staff Writer         ; Jane Doe
            May 10, 2024                   ;
            Politics                       ;
            https://facebook.com/janedoe   ;
            """)
    void bylinesKeepTheNameAndDropDatesSectionsAndLinks(String raw, String expected) {
        PageMetadata metadata = new PageMetadata(Jsoup.parse("<html></html>"), "https://example.com/a");

        assertEquals(expected, metadata.cleanByline(raw));
    }
}
