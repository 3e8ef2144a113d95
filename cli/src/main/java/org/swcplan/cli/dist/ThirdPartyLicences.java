package org.swcplan.cli.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The third-party licence inventory: every artifact of the resolved runtime dependency list
 * ({@code mvn dependency:list}) with the licences its POM declares (or its parent POM's), read from the
 * local Maven repository. The project's own modules are left out.
 */
public final class ThirdPartyLicences {
    /** One line of dependency:list, e.g. {@code org.jfree:jfreechart:jar:1.5.6:compile}. */
    private static final Pattern ARTIFACT = Pattern.compile(
            "^\\s+([\\w.-]+):([\\w.-]+):([\\w.-]+)(?::[\\w.-]+)?:([\\w.-]+):(compile|runtime)\\b.*$");
    private static final String OWN_GROUP = "org.swcplan";

    private ThirdPartyLicences() {
    }

    /** An artifact and its licences (name and address). */
    public record Entry(String groupId, String artifactId, String version, List<String> licences) {
        public Entry {
            licences = List.copyOf(licences);
        }

        public String coordinates() {
            return groupId + ":" + artifactId + ":" + version;
        }
    }

    /** The third-party artifacts of a dependency:list output, in its order. */
    public static List<String[]> artifacts(List<String> dependencyList) {
        List<String[]> found = new ArrayList<>();
        for (String line : dependencyList) {
            Matcher m = ARTIFACT.matcher(line);
            if (m.matches() && !m.group(1).equals(OWN_GROUP)) {
                found.add(new String[] {m.group(1), m.group(2), m.group(4)});
            }
        }
        return found;
    }

    public static List<Entry> entries(List<String> dependencyList, Path repository) throws Exception {
        List<Entry> entries = new ArrayList<>();
        for (String[] a : artifacts(dependencyList)) {
            List<String> licences = licences(repository, a[0], a[1], a[2], 0);
            if (licences.isEmpty()) {
                throw new IllegalStateException(a[0] + ":" + a[1] + ":" + a[2]
                        + ": its POM and its parents declare no licence; add one to the inventory by hand");
            }
            entries.add(new Entry(a[0], a[1], a[2], licences));
        }
        return entries;
    }

    public static String inventory(List<String> dependencyList, Path repository) throws Exception {
        StringBuilder text = new StringBuilder();
        text.append("Third-party software in lib/swc.jar\n")
                .append("===================================\n\n")
                .append("swc's jar bundles the following libraries. Each is listed with the licence its Maven POM\n")
                .append("declares. The full texts of the Apache License 2.0 and of the GNU Lesser General Public\n")
                .append("License 2.1 (JFreeChart) are in licenses/. JFreeChart is used unmodified; its source is at\n")
                .append("https://github.com/jfree/jfreechart and the jar's classes may be replaced by another\n")
                .append("build of JFreeChart 1.5.x, as the LGPL allows.\n\n");
        for (Entry entry : entries(dependencyList, repository)) {
            text.append(entry.coordinates()).append('\n');
            for (String licence : entry.licences()) {
                text.append("    ").append(licence).append('\n');
            }
        }
        return text.toString();
    }

    private static List<String> licences(Path repository, String groupId, String artifactId, String version,
            int depth) throws Exception {
        Path pom = repository.resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version)
                .resolve(artifactId + "-" + version + ".pom");
        if (!Files.isRegularFile(pom) || depth > 10) {
            return List.of();
        }
        Document doc = parse(pom);
        Element project = doc.getDocumentElement();
        List<String> found = new ArrayList<>();
        Element licences = child(project, "licenses");
        if (licences != null) {
            NodeList list = licences.getElementsByTagName("license");
            for (int i = 0; i < list.getLength(); i++) {
                Element licence = (Element) list.item(i);
                String name = textOf(licence, "name");
                String url = textOf(licence, "url");
                found.add((name == null ? "(unnamed)" : name.strip())
                        + (url == null ? "" : " <" + url.strip() + ">"));
            }
        }
        Element parent = child(project, "parent");
        if (found.isEmpty() && parent != null) {
            return licences(repository, textOf(parent, "groupId"), textOf(parent, "artifactId"),
                    textOf(parent, "version"), depth + 1);
        }
        return found;
    }

    private static Document parse(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        try {
            return factory.newDocumentBuilder().parse(pom.toFile());
        } catch (org.xml.sax.SAXException e) {
            throw new IOException(pom + ": " + e.getMessage(), e);
        }
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String textOf(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().strip().toLowerCase(Locale.ROOT).equals("") ? null
                : e.getTextContent().strip();
    }
}
