package org.newsdesk.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * OPML 1.0/2.0 subscription lists, so a newsroom can bring its feeds from any feed reader and take them back out.
 * Reading refuses DTDs and external entities; writing goes through a DOM, so every title is escaped. A folder of
 * a feed reader ({@code <outline>} holding others) names the outlet of the feeds in it when they name none.
 */
public final class Opml {
    private Opml() {
    }

    /**
     * The feeds of an OPML document, in document order; outlines without an http(s) {@code xmlUrl} are skipped.
     *
     * @throws FeedException when the file is not OPML
     */
    public static List<OpmlOutline> read(byte[] document) {
        Document xml;
        try {
            xml = secureBuilder().parse(new ByteArrayInputStream(document));
        } catch (SAXParseException e) {
            if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
                throw new FeedException("The OPML file declares a DTD, which Newsdesk refuses to read.", e);
            }
            throw new FeedException("The OPML file is not well-formed XML (line " + e.getLineNumber() + ").", e);
        } catch (SAXException | IOException e) {
            throw new FeedException("The OPML file could not be read.", e);
        }
        Element root = xml.getDocumentElement();
        if (root == null || !root.getTagName().equalsIgnoreCase("opml")) {
            throw new FeedException("The file is XML but not OPML (its root is <"
                    + (root == null ? "" : FeedText.plain(root.getTagName(), 40)) + ">).");
        }
        List<OpmlOutline> outlines = new ArrayList<>();
        collect(root, null, outlines);
        return outlines;
    }

    private static void collect(Element parent, String folder, List<OpmlOutline> into) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node node = children.item(i);
            if (!(node instanceof Element element)) {
                continue;
            }
            if (element.getTagName().equalsIgnoreCase("body") || element.getTagName().equalsIgnoreCase("head")) {
                if (element.getTagName().equalsIgnoreCase("body")) {
                    collect(element, folder, into);
                }
                continue;
            }
            if (!element.getTagName().equalsIgnoreCase("outline")) {
                continue;
            }
            String title = FeedText.headline(element.hasAttribute("title") ? element.getAttribute("title")
                    : element.getAttribute("text"));
            String feedUrl = FeedText.link(element.getAttribute("xmlUrl"), null);
            if (feedUrl != null) {
                String outlet = FeedText.plain(element.getAttribute("newsdeskOutlet"), 200);
                into.add(new OpmlOutline(feedUrl, title, FeedText.link(element.getAttribute("htmlUrl"), null),
                        outlet.isEmpty() ? folder : outlet));
            } else if (element.getAttribute("xmlUrl").isBlank()) {
                collect(element, title.isEmpty() ? folder : title, into);
            }
        }
    }

    /** The feeds as an OPML 2.0 document titled {@code title}. */
    public static String write(String title, List<OpmlOutline> outlines, Instant now) {
        try {
            Document xml = secureBuilder().newDocument();
            Element opml = xml.createElement("opml");
            opml.setAttribute("version", "2.0");
            xml.appendChild(opml);
            Element head = xml.createElement("head");
            opml.appendChild(head);
            Element titleElement = xml.createElement("title");
            titleElement.setTextContent(title);
            head.appendChild(titleElement);
            Element created = xml.createElement("dateCreated");
            created.setTextContent(DateTimeFormatter.RFC_1123_DATE_TIME.format(now.atOffset(ZoneOffset.UTC)));
            head.appendChild(created);
            Element body = xml.createElement("body");
            opml.appendChild(body);
            for (OpmlOutline outline : outlines) {
                String feedUrl = FeedText.link(outline.feedUrl(), null);
                if (feedUrl == null) {
                    continue;
                }
                Element element = xml.createElement("outline");
                String name = FeedText.plain(outline.title());
                element.setAttribute("type", "rss");
                element.setAttribute("text", name.isEmpty() ? feedUrl : name);
                element.setAttribute("title", name.isEmpty() ? feedUrl : name);
                element.setAttribute("xmlUrl", feedUrl);
                String site = FeedText.link(outline.siteUrl(), null);
                if (site != null) {
                    element.setAttribute("htmlUrl", site);
                }
                if (outline.outlet() != null && !outline.outlet().isBlank()) {
                    element.setAttribute("newsdeskOutlet", FeedText.plain(outline.outlet()));
                }
                body.appendChild(element);
            }
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, StandardCharsets.UTF_8.name());
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(xml), new StreamResult(out));
            return out.toString().replaceFirst("^<\\?xml([^>]*)\\?>", "<?xml$1?>\n") + (out.toString().endsWith("\n") ? "" : "\n");
        } catch (TransformerException e) {
            throw new IllegalStateException("Could not write the OPML file.", e);
        }
    }

    private static DocumentBuilder secureBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.ErrorHandler() {
                @Override
                public void warning(SAXParseException exception) {
                    // a warning changes nothing that is read
                }

                @Override
                public void error(SAXParseException exception) throws SAXParseException {
                    throw exception;
                }

                @Override
                public void fatalError(SAXParseException exception) throws SAXParseException {
                    throw exception;
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("This Java has no XML parser that can refuse DTDs.", e);
        }
    }
}
