package vn.thuocdo.forms.replication;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PAR INDEX grouping rule read from the same DMN decision table the application deploys
 * ({@code ParIndexGroup.dmn}), evaluated without an engine so the replication command needs nothing but Java: one
 * numeric input, hit policy FIRST, each rule a single unary test ({@code >= 90}, {@code > 80}, {@code <= 70},
 * {@code < 70}, {@code = 50} or {@code -} for any) and a string output. Any other table is refused rather than read
 * differently from the engine; the replication test checks the groups against the engine's.
 */
public final class GroupTable {

    private static final String DMN = "https://www.omg.org/spec/DMN/20191111/MODEL/";
    private static final Pattern TEST = Pattern.compile("\\s*(>=|<=|>|<|=)?\\s*(-?[0-9]{1,6}(\\.[0-9]{1,10})?)\\s*");
    private static final Pattern OUTPUT = Pattern.compile("\\s*\"([^\"]{1,8})\"\\s*");

    private record Rule(String operator, double threshold, String group) {
        boolean matches(double value) {
            return switch (operator) {
                case "-" -> true;
                case ">=" -> value >= threshold;
                case ">" -> value > threshold;
                case "<=" -> value <= threshold;
                case "<" -> value < threshold;
                default -> value == threshold;
            };
        }
    }

    private final List<Rule> rules;

    private GroupTable(List<Rule> rules) {
        this.rules = rules;
    }

    /** Reads the table; refused ({@link PackageRefused}) with the reason when it is not of the supported shape. */
    public static GroupTable read(String name, byte[] dmn) {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // No DOCTYPE, no external entities: the file comes from a downloaded package.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            document = builder.parse(new ByteArrayInputStream(dmn));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new PackageRefused("replication.badGroupRule", name, String.valueOf(e.getMessage()));
        }
        NodeList tables = document.getElementsByTagNameNS(DMN, "decisionTable");
        if (tables.getLength() != 1) {
            throw new PackageRefused("replication.badGroupRule", name, "one decisionTable expected");
        }
        Element table = (Element) tables.item(0);
        if (!"FIRST".equals(table.getAttribute("hitPolicy"))) {
            throw new PackageRefused("replication.badGroupRule", name, "hit policy FIRST expected");
        }
        if (table.getElementsByTagNameNS(DMN, "input").getLength() != 1
                || table.getElementsByTagNameNS(DMN, "output").getLength() != 1) {
            throw new PackageRefused("replication.badGroupRule", name, "one input and one output expected");
        }
        List<Rule> rules = new ArrayList<>();
        NodeList ruleNodes = table.getElementsByTagNameNS(DMN, "rule");
        for (int i = 0; i < ruleNodes.getLength(); i++) {
            Element rule = (Element) ruleNodes.item(i);
            String test = text(rule, "inputEntry", name);
            String output = text(rule, "outputEntry", name);
            Matcher out = OUTPUT.matcher(output);
            if (!out.matches()) {
                throw new PackageRefused("replication.badGroupRule", name, "output " + output);
            }
            if (test.trim().equals("-")) {
                rules.add(new Rule("-", 0, out.group(1)));
                continue;
            }
            Matcher m = TEST.matcher(test);
            if (!m.matches()) {
                throw new PackageRefused("replication.badGroupRule", name, "input test " + test);
            }
            rules.add(new Rule(m.group(1) == null ? "=" : m.group(1), Double.parseDouble(m.group(2)), out.group(1)));
        }
        if (rules.isEmpty()) {
            throw new PackageRefused("replication.badGroupRule", name, "no rules");
        }
        return new GroupTable(List.copyOf(rules));
    }

    private static String text(Element rule, String tag, String name) {
        NodeList entries = rule.getElementsByTagNameNS(DMN, tag);
        if (entries.getLength() != 1) {
            throw new PackageRefused("replication.badGroupRule", name, "one " + tag + " per rule expected");
        }
        return entries.item(0).getTextContent();
    }

    /** The group of a percentage, as the engine evaluates it (the percentage passed as a double); null: no rule. */
    public String group(BigDecimal percent) {
        double value = percent.doubleValue();
        for (Rule rule : rules) {
            if (rule.matches(value)) {
                return rule.group();
            }
        }
        return null;
    }
}
