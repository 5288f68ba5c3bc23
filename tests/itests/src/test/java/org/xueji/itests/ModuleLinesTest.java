package org.xueji.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Each module line has its own version (issue 13 item 1, D6): the root pom's property
 * {@code xueji.LINE.version}, written again literally in each pom of the line (Maven allows no
 * property in a project's own version). A plain test (surefire, before the containers) that the
 * two agree, that every bundle belongs to exactly one line, and that a line's feature repository
 * names other lines' features by range only, so that one line can move without the others.
 */
public class ModuleLinesTest {

    private static final Path ROOT = Path.of("../..");
    private static final Pattern FEATURE_DEPENDENCY =
            Pattern.compile("<feature version=\"\\$\\{xueji\\.([a-z]+)\\.(version|range)\\}\">");

    @Test
    public void everyBundleCarriesTheVersionOfItsLineAndOtherLinesAreNamedByRange() throws Exception {
        Map<String, String> lineVersions = new TreeMap<>();
        Element rootProperties = child(parse(ROOT.resolve("pom.xml")).getDocumentElement(), "properties");
        for (Node n = rootProperties.getFirstChild(); n != null; n = n.getNextSibling()) {
            Matcher m = Pattern.compile("xueji\\.([a-z]+)\\.version").matcher(n.getNodeName());
            if (m.matches()) {
                lineVersions.put(m.group(1), n.getTextContent().strip());
            }
        }
        assertTrue("the root pom names the module lines: " + lineVersions, lineVersions.size() >= 9);

        Map<String, Element> bundlePoms = new HashMap<>();
        for (String dir : List.of("bundles", "ui")) {
            try (Stream<Path> poms = Files.list(ROOT.resolve(dir))) {
                for (Path pom : poms.map(p -> p.resolve("pom.xml")).filter(Files::exists).toList()) {
                    Element project = parse(pom).getDocumentElement();
                    bundlePoms.put(text(project, "artifactId"), project);
                }
            }
        }

        Map<String, String> lineOfBundle = new HashMap<>();
        for (Map.Entry<String, String> line : lineVersions.entrySet()) {
            Path featureDir = ROOT.resolve("features").resolve(line.getKey());
            Element featurePom = parse(featureDir.resolve("pom.xml")).getDocumentElement();
            assertEquals("features/" + line.getKey() + "/pom.xml", line.getValue(), text(featurePom, "version"));
            Element dependencies = child(featurePom, "dependencies");
            for (Node d = dependencies.getFirstChild(); d != null; d = d.getNextSibling()) {
                if (d instanceof Element dependency) {
                    String artifact = text(dependency, "artifactId");
                    Element bundle = bundlePoms.get(artifact);
                    assertNotNull("features/" + line.getKey() + " lists " + artifact + ", a bundle of bundles/ or ui/", bundle);
                    assertEquals("the version of " + artifact + " (line " + line.getKey() + ")", line.getValue(),
                            text(bundle, "version"));
                    assertEquals(artifact + " in one line only", null, lineOfBundle.put(artifact, line.getKey()));
                }
            }
            Matcher dependency = FEATURE_DEPENDENCY.matcher(
                    Files.readString(featureDir.resolve("src/main/feature/features.xml")));
            while (dependency.find()) {
                boolean sameLine = dependency.group(1).equals(line.getKey());
                assertEquals("features/" + line.getKey() + " names xueji-" + dependency.group(1)
                        + "'s features by " + (sameLine ? "its version" : "range"),
                        sameLine ? "version" : "range", dependency.group(2));
            }
        }
        for (Map.Entry<String, Element> bundle : bundlePoms.entrySet()) {
            boolean ownVersion = child(bundle.getValue(), "version") != null;
            assertEquals(bundle.getKey() + ": a pom with a version of its own is a bundle of one line (build parents have none)",
                    ownVersion, lineOfBundle.containsKey(bundle.getKey()));
        }
        assertFalse(lineOfBundle.isEmpty());
    }

    private static Document parse(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try {
            return factory.newDocumentBuilder().parse(pom.toFile());
        } catch (IOException e) {
            throw new IOException("reading " + pom, e);
        }
    }

    /** A direct child element, or null. */
    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().strip();
    }
}
