package org.newsdesk.export;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The Mustache templates of an export: the newsroom's own file in its template folder when there is one, else the
 * default shipped in the jar. {@code {{name}}} escapes for HTML and XML; in the text template it writes the value as
 * it is, except that a "&lt;" that could open a tag gets a space after it, so that even a mail program that wrongly
 * reads the text part as HTML finds no markup in it.
 */
final class Templates {
    static final String DEFAULTS = "org/newsdesk/export/templates/";
    static final String SUFFIX = ".mustache";
    private static final Pattern TAG_START = Pattern.compile("<(?=[A-Za-z/!?])");

    private final Path folder;

    /** Templates from {@code folder} where it has them; null or "" for the defaults only. */
    Templates(String folder) {
        this.folder = folder == null || folder.isBlank() ? null : Path.of(folder.strip());
    }

    /** Renders the template for the file {@code name} (e.g. "newsletter.html") with {@code scope}. */
    String render(String name, Object scope) {
        boolean escapes = !name.endsWith(".txt");
        Factory factory = new Factory(escapes);
        String template = name + SUFFIX;
        try {
            Mustache mustache = factory.compile(template);
            StringWriter out = new StringWriter();
            mustache.execute(out, scope);
            return out.toString();
        } catch (MustacheException e) {
            throw new ExportException("The template " + where(template) + " could not be used: "
                    + firstLine(e.getMessage()) + ".", e);
        } catch (UncheckedIOException e) {
            throw new ExportException("The template " + where(template) + " could not be read: "
                    + e.getCause().getMessage() + ".", e);
        }
    }

    /** Where the template is read from, for messages. */
    String where(String template) {
        Path own = own(template);
        return own != null ? own.toString() : template + " (built in)";
    }

    private Path own(String template) {
        if (folder == null) {
            return null;
        }
        Path file = folder.resolve(template).normalize();
        return file.startsWith(folder.normalize()) && Files.isRegularFile(file) ? file : null;
    }

    private static String firstLine(String message) {
        String text = message == null ? "unknown error" : message.strip();
        int end = text.indexOf('\n');
        text = end < 0 ? text : text.substring(0, end);
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    /** A Mustache factory that reads the newsroom's folder first and escapes only what HTML and XML need. */
    private final class Factory extends DefaultMustacheFactory {
        private final boolean escapes;

        Factory(boolean escapes) {
            this.escapes = escapes;
        }

        @Override
        public Reader getReader(String resourceName) {
            String name = resourceName.startsWith("/") ? resourceName.substring(1) : resourceName;
            Path own = own(name);
            try {
                if (own != null) {
                    return new StringReader(Files.readString(own, StandardCharsets.UTF_8));
                }
                InputStream stream = Templates.class.getClassLoader().getResourceAsStream(DEFAULTS + name);
                if (stream == null) {
                    throw new MustacheException("there is no template named " + name);
                }
                return new InputStreamReader(stream, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                if (!escapes) {
                    writer.write(TAG_START.matcher(value).replaceAll("< "));
                    return;
                }
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    switch (c) {
                        case '&' -> writer.write("&amp;");
                        case '<' -> writer.write("&lt;");
                        case '>' -> writer.write("&gt;");
                        case '"' -> writer.write("&quot;");
                        case '\'' -> writer.write("&#39;");
                        default -> writer.write(c);
                    }
                }
            } catch (IOException e) {
                throw new MustacheException("could not write the output", e);
            }
        }
    }
}
