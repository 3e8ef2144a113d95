package org.swcplan.reports.chart;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGIDGenerator;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;

/**
 * Writes charts as PNG (drawn at twice the size, for sharp print) and SVG (Batik's SVG generator
 * on the JDK's DOM), both at the fixed {@link ChartStyle} size.
 */
public final class ChartFiles {
    static final int SCALE = 2;

    private ChartFiles() {
    }

    public static void png(JFreeChart chart, OutputStream out) throws IOException {
        ChartUtils.writeScaledChartAsPNG(out, chart, ChartStyle.WIDTH, ChartStyle.HEIGHT, SCALE, SCALE);
    }

    /**
     * @param idPrefix prefix of every id the SVG defines (clip paths …), so that several charts
     *                 inlined into one HTML page do not refer to each other's definitions
     */
    public static void svg(JFreeChart chart, Writer out, String idPrefix) throws IOException {
        Document document;
        try {
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument("http://www.w3.org/2000/svg", "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML document builder", e);
        }
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setIDGenerator(new SVGIDGenerator() {
            @Override
            public String generateID(String prefix) {
                return super.generateID(idPrefix + "-" + prefix);
            }
        });
        context.setComment(null);
        context.setEmbeddedFontsOn(false);
        SVGGraphics2D graphics = new SVGGraphics2D(context, false);
        graphics.setSVGCanvasSize(new Dimension(ChartStyle.WIDTH, ChartStyle.HEIGHT));
        chart.draw(graphics, new Rectangle(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT));
        StringWriter text = new StringWriter();
        graphics.stream(text, true);
        // Batik names its block of shared definitions "genericDefs" in every document
        out.write(text.toString().replace("id=\"genericDefs\"", "id=\"" + idPrefix + "-genericDefs\""));
        out.flush();
    }
}
