package org.newsdesk.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A dry run of the jpackage command lines the pom gives each system: the arguments are put together exactly as
 * Maven would (the package profile plus the system's installer profile), then checked against what each
 * system's jpackage accepts and needs. Only the Linux ones can really run here; this is what stands in for
 * building a .dmg and an .msi.
 */
class PackagingArgumentsTest {
    private static final Path BASE = Path.of("").toAbsolutePath();

    /** The app-image and installer arguments for {@code os}, with every ${property} resolved. */
    record JPackage(List<String> appImage, List<String> installer) {
        String value(List<String> args, String option) {
            int at = args.indexOf(option);
            assertTrue(at >= 0 && at + 1 < args.size(), option + " is missing from " + args);
            return args.get(at + 1);
        }
    }

    private static JPackage arguments(String os) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document pom = factory.newDocumentBuilder().parse(BASE.resolve("pom.xml").toFile());
        Element project = pom.getDocumentElement();
        Map<String, String> properties = new HashMap<>();
        properties.put("project.basedir", BASE.toString());
        properties.put("project.build.directory", BASE.resolve("target").toString());
        properties.put("project.version", text(project, "version"));
        properties.put("project.description", text(project, "description"));
        properties.put("project.build.finalName", "newsdesk");
        collect(child(project, "properties"), properties);
        Map<String, Element> profiles = new HashMap<>();
        NodeList all = pom.getElementsByTagName("profile");
        for (int i = 0; i < all.getLength(); i++) {
            Element profile = (Element) all.item(i);
            profiles.put(text(profile, "id"), profile);
        }
        collect(child(profiles.get("package"), "properties"), properties);
        collect(child(profiles.get("installer-" + os), "properties"), properties);
        String appImage = null;
        String installer = null;
        NodeList executions = profiles.get("package").getElementsByTagName("execution");
        for (int i = 0; i < executions.getLength(); i++) {
            Element execution = (Element) executions.item(i);
            if (text(execution, "id").equals("jpackage-app-image")) {
                appImage = text((Element) execution.getElementsByTagName("configuration").item(0), "commandlineArgs");
            } else if (text(execution, "id").equals("jpackage-installer")) {
                installer = text((Element) execution.getElementsByTagName("configuration").item(0), "commandlineArgs");
            }
        }
        return new JPackage(split(resolve(appImage, properties)), split(resolve(installer, properties)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"linux", "windows", "macos"})
    void theAppVersionIsOneEverySystemsJpackageAccepts(String os) throws Exception {
        JPackage jpackage = arguments(os);

        for (List<String> args : List.of(jpackage.appImage(), jpackage.installer())) {
            String version = jpackage.value(args, "--app-version");
            // macOS: one to three numbers, the first at least 1; Windows MSI: at most 255.255.65535
            assertTrue(version.matches("[1-9][0-9]*(\\.[0-9]+){0,2}"), os + ": " + version);
            String[] parts = version.split("\\.");
            int[] limits = {255, 255, 65535};
            for (int i = 0; i < parts.length; i++) {
                assertTrue(Integer.parseInt(parts[i]) <= limits[i], os + ": " + version);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"linux", "windows", "macos"})
    void everyFileTheArgumentsNameIsInTheRepository(String os) throws Exception {
        JPackage jpackage = arguments(os);

        for (List<String> args : List.of(jpackage.appImage(), jpackage.installer())) {
            for (int i = 0; i < args.size() - 1; i++) {
                String option = args.get(i);
                String value = args.get(i + 1);
                if (option.equals("--resource-dir") || option.equals("--file-associations")
                        || option.equals("--license-file")) {
                    assertTrue(Files.exists(Path.of(value)), os + ": " + option + " " + value + " does not exist");
                } else if (option.equals("--add-launcher")) {
                    Path file = Path.of(value.substring(value.indexOf('=') + 1));
                    assertTrue(Files.isRegularFile(file), os + ": " + value);
                }
            }
            assertTrue(args.stream().noneMatch(arg -> arg.contains("${")), os + ": unresolved " + args);
        }
        assertEquals(List.of("extension=ndpkg"), Files.readAllLines(Path.of(jpackage.value(jpackage.installer(),
                "--file-associations"))).stream().filter(line -> line.startsWith("extension=")).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows"})
    void windowsGetsAConsoleLauncherBesideTheWindowOne(String os) throws Exception {
        JPackage jpackage = arguments(os);

        String launcher = jpackage.value(jpackage.appImage(), "--add-launcher");
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(Path.of(launcher.substring(launcher.indexOf('=') + 1)))) {
            properties.load(in);
        }

        assertEquals("newsdesk-cli", launcher.substring(0, launcher.indexOf('=')));
        assertEquals("true", properties.getProperty("win-console"));
        assertTrue(!jpackage.appImage().contains("--win-console"), "the window launcher itself has no console");
    }

    @ParameterizedTest
    @ValueSource(strings = {"linux"})
    void theDebPutsNewsdeskOnThePathAndTakesItAwayAgain(String os) throws Exception {
        JPackage jpackage = arguments(os);
        Path resources = Path.of(jpackage.value(jpackage.installer(), "--resource-dir"));

        String postinst = Files.readString(resources.resolve("postinst"));
        String prerm = Files.readString(resources.resolve("prerm"));

        assertEquals("newsdesk", jpackage.value(jpackage.installer(), "--linux-package-name"),
                "the launcher path below is /opt/<package name>/bin/<app name>");
        assertTrue(postinst.contains("ln -sf /opt/newsdesk/bin/" + jpackage.value(jpackage.appImage(), "--name")
                + " /usr/bin/newsdesk"), postinst);
        assertTrue(postinst.contains("DESKTOP_COMMANDS_INSTALL"), "jpackage's own desktop entry steps are kept");
        assertTrue(prerm.contains("rm -f /usr/bin/newsdesk") && prerm.contains("DESKTOP_COMMANDS_UNINSTALL"), prerm);
        assertTrue(Files.isExecutable(resources.resolve("postinst")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"macos"})
    void theMacImageHasAnIdentifierForItsOpenFileEvents(String os) throws Exception {
        JPackage jpackage = arguments(os);

        assertEquals("org.newsdesk", jpackage.value(jpackage.appImage(), "--mac-package-identifier"));
        assertEquals("dmg", jpackage.value(jpackage.installer(), "--type"));
        assertTrue(jpackage.value(jpackage.installer(), "--app-image").endsWith("Newsdesk.app"));
    }

    private static void collect(Element properties, Map<String, String> into) {
        if (properties == null) {
            return;
        }
        NodeList children = properties.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element property) {
                into.put(property.getTagName(), property.getTextContent().strip());
            }
        }
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? "" : element.getTextContent().strip();
    }

    private static String resolve(String text, Map<String, String> properties) {
        String resolved = text;
        for (int round = 0; round < 5 && resolved.contains("${"); round++) {
            Matcher matcher = Pattern.compile("\\$\\{([^}]+)}").matcher(resolved);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                String value = properties.getOrDefault(matcher.group(1), matcher.group());
                matcher.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            matcher.appendTail(out);
            resolved = out.toString();
        }
        return resolved;
    }

    /** Splits as the exec plugin's commandlineArgs does: on spaces, keeping "quoted parts" together. */
    private static List<String> split(String line) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (any) {
                    args.add(current.toString());
                    current.setLength(0);
                    any = false;
                }
            } else {
                current.append(c);
                any = true;
            }
        }
        if (any) {
            args.add(current.toString());
        }
        return args;
    }
}
