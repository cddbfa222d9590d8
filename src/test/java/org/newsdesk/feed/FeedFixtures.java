package org.newsdesk.feed;

/** Feeds in every format the wire desk reads, as outlets really publish them, and some that no one should. */
public final class FeedFixtures {
    private FeedFixtures() {
    }

    public static final String RSS_091 = """
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <rss version="0.91"><channel><title>County Courier</title><link>https://courier.example/</link>
            <description>News</description><language>en-us</language>
            <item><title>Jail expansion vote delayed</title><link>https://courier.example/jail-vote</link>
            <description>Supervisors put off the vote.</description></item>
            </channel></rss>""";

    public static final String RSS_092 = """
            <?xml version="1.0"?>
            <rss version="0.92"><channel><title>Valley Voice</title><link>https://voice.example/</link>
            <description>News</description>
            <item><title>Parole board hears appeal</title><link>https://voice.example/parole</link>
            <description>&lt;p&gt;The board met &lt;b&gt;Tuesday&lt;/b&gt;.&lt;/p&gt;</description></item>
            </channel></rss>""";

    public static final String RSS_10 = """
            <?xml version="1.0" encoding="utf-8"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://herald.example/"><title>Harbor Herald</title>
                <link>https://herald.example/</link><description>News</description>
                <items><rdf:Seq><rdf:li rdf:resource="https://herald.example/a"/></rdf:Seq></items></channel>
              <item rdf:about="https://herald.example/a"><title>Sentencing reform passes Senate</title>
                <link>https://herald.example/a</link><description>A bill that reshapes sentencing.</description>
                <dc:creator>Ana Ruiz</dc:creator><dc:date>2024-06-11T08:30:00-04:00</dc:date></item>
            </rdf:RDF>""";

    public static final String RSS_20 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
            <title>Metro Ledger</title><link>https://www.metroledger.example/</link><description>News</description>
            <item><title>Police chief resigns amid audit</title><link>https://www.metroledger.example/news/chief?utm_source=rss</link>
            <guid isPermaLink="false">ledger-1001</guid><pubDate>Tue, 11 Jun 2024 14:05:00 GMT</pubDate>
            <dc:creator>Priya Raman</dc:creator>
            <description><![CDATA[<p>The chief stepped down <a href="https://www.metroledger.example/x">after</a> an audit.</p>]]></description></item>
            <item><title>Fentanyl seizures climb at the border</title><link>https://www.metroledger.example/news/fentanyl</link>
            <guid>https://www.metroledger.example/news/fentanyl</guid><pubDate>Tue, 11 Jun 2024 09:00:00 EDT</pubDate>
            <description>Agents report record seizures.</description></item>
            </channel></rss>""";

    public static final String ATOM_03 = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old Atom Daily</title>
            <link rel="alternate" type="text/html" href="https://oldatom.example/"/>
            <modified>2024-06-11T10:00:00Z</modified>
            <entry><title>Prison guards strike</title><link rel="alternate" type="text/html" href="https://oldatom.example/strike"/>
            <id>tag:oldatom.example,2024:strike</id><issued>2024-06-11T10:00:00Z</issued><modified>2024-06-11T10:00:00Z</modified>
            <summary>Guards walked out at dawn.</summary></entry></feed>""";

    public static final String ATOM_10 = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>The Capitol Wire</title>
            <link rel="alternate" href="https://capitolwire.example/"/><id>urn:capitolwire</id>
            <updated>2024-06-11T12:00:00Z</updated>
            <entry><title type="html">Judge blocks &lt;em&gt;bail&lt;/em&gt; law</title>
            <link rel="alternate" href="/2024/06/bail-law"/><id>urn:capitolwire:bail</id>
            <published>2024-06-11T11:45:00+02:00</published><updated>2024-06-11T12:00:00Z</updated>
            <author><name>Sam Ortiz</name></author>
            <summary type="html">&lt;p&gt;A federal judge &lt;strong&gt;blocked&lt;/strong&gt; the law.&lt;/p&gt;</summary></entry>
            </feed>""";

    public static final String JSON_FEED_10 = """
            {"version": "https://jsonfeed.org/version/1", "title": "JSON Journal",
             "home_page_url": "https://jsonjournal.example/",
             "items": [{"id": "1", "url": "https://jsonjournal.example/police-budget", "title": "Police budget cut",
                        "content_html": "<p>The council <i>cut</i> the police budget.</p>",
                        "date_published": "2024-06-11T07:00:00-05:00", "author": {"name": "Lee Park"}}]}""";

    public static final String JSON_FEED_11 = """
            {"version": "https://jsonfeed.org/version/1.1", "title": "JSON Journal Next",
             "items": [{"id": 2, "url": "https://jsonjournal.example/prison-reform", "title": "Prison reform stalls",
                        "summary": "Lawmakers adjourned.", "date_published": "2024-06-11T12:00:00Z",
                        "authors": [{"name": "Mo Chen"}]},
                       {"id": "3", "external_url": "https://elsewhere.example/story", "content_text": "No title here, just text."}]}""";

    /** Every field carries something active; none of it may survive as markup or as a link. */
    public static final String HOSTILE_RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>&lt;script&gt;alert('title')&lt;/script&gt;Evil Times</title>
            <link>javascript:alert('site')</link><description>x</description>
            <item><title>&lt;img src=x onerror="alert('headline')"&gt;Mayor &lt;b onclick="steal()"&gt;quits&lt;/b&gt;</title>
            <link>javascript:alert('link')</link><guid>evil-1</guid>
            <author>&lt;script&gt;alert('author')&lt;/script&gt;Eve</author>
            <description><![CDATA[<script>alert('teaser')</script><p onmouseover="steal()">Read <a href="javascript:steal()">this</a>.</p><iframe src="https://evil.example"></iframe>]]></description></item>
            <item><title>Second &lt;style&gt;body{display:none}&lt;/style&gt;item</title>
            <link>data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==</link><guid>evil-2</guid>
            <description>&lt;a href="vbscript:msgbox(1)"&gt;click&lt;/a&gt;</description></item>
            </channel></rss>""";

    public static final String XXE = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><title>&secret;</title><link>https://x.example/</link><description>d</description>
            <item><title>&secret;</title><link>https://x.example/a</link></item></channel></rss>""";

    public static final String BILLION_LAUGHS = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
            <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
            <rss version="2.0"><channel><title>&lol3;</title><link>https://x.example/</link><description>d</description></channel></rss>""";

    public static final String MALFORMED = """
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>Broken</title><item><title>Unclosed
            </channel></rss>""";

    public static final String HTML_PAGE = """
            <!DOCTYPE html><html><head><title>Metro Ledger</title>
            <link rel="alternate" type="application/rss+xml" title="RSS" href="/feeds/all.xml">
            <link rel="alternate" type="application/atom+xml" href="https://www.metroledger.example/atom.xml">
            <link rel="stylesheet" href="/site.css"></head><body><h1>Metro Ledger</h1></body></html>""";

    /** An RSS 2.0 feed of {@code count} items, each published a minute apart on {@code site}. */
    public static String rss(String title, String site, int count) {
        StringBuilder feed = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">"
                + "<channel><title>" + title + "</title><link>" + site + "</link><description>d</description>\n");
        for (int i = 0; i < count; i++) {
            feed.append("<item><title>").append(title).append(" story ").append(i).append(" about court ruling ")
                    .append(i * 7).append("</title><link>").append(site).append("/story/").append(i)
                    .append("</link><guid>").append(site).append("/story/").append(i).append("</guid><pubDate>")
                    .append(String.format("Tue, 11 Jun 2024 %02d:%02d:00 GMT", 10 + i / 60 % 10, i % 60))
                    .append("</pubDate><description>Teaser number ").append(i).append(" of ").append(title)
                    .append(".</description></item>\n");
        }
        return feed.append("</channel></rss>\n").toString();
    }
}
