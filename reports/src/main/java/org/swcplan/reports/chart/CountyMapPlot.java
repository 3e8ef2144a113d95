package org.swcplan.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;

/**
 * Draws the counties (their outlines, or their squares on the tile layout) at one scale in both
 * directions, filled and labelled. Shapes are in map units, y pointing north; the plot fits them
 * into its area without stretching. Each label goes to the point of its region farthest from the
 * region's edge that keeps it clear of the labels already placed, smaller counties first.
 */
final class CountyMapPlot extends Plot {
    private static final long serialVersionUID = 1L;
    static final Color BORDER = new Color(0x80, 0x80, 0x80);
    static final Color OUTLINE = new Color(0x40, 0x40, 0x40);
    /** Label positions tried per region: the grid's points farthest from the edge, best first. */
    private static final int GRID = 40;
    private static final int CANDIDATES = 80;
    private static final double LABEL_GAP_PX = 2;

    private final transient List<CountyMapChart.Area> areas;
    private final transient List<List<Point2D>> labelPoints;
    private final transient LegendItemCollection legend;
    private final transient Font nameFont;
    private final transient Font valueFont;

    CountyMapPlot(List<CountyMapChart.Area> areas, LegendItemCollection legend, Font nameFont, Font valueFont) {
        this.areas = List.copyOf(areas);
        this.labelPoints = this.areas.stream().map(r -> interiorPoints(r.shape())).toList();
        this.legend = legend;
        this.nameFont = nameFont;
        this.valueFont = valueFont;
    }

    List<CountyMapChart.Area> areas() {
        return areas;
    }

    @Override
    public String getPlotType() {
        return "County map";
    }

    @Override
    public LegendItemCollection getLegendItems() {
        return legend;
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        if (info != null) {
            info.setPlotArea(area);
        }
        Rectangle2D inner = (Rectangle2D) area.clone();
        getInsets().trim(inner);
        if (info != null) {
            info.setDataArea(inner);
        }
        drawBackground(g2, inner);
        if (areas.isEmpty()) {
            return;
        }
        AffineTransform toScreen = fit(inner);
        List<Shape> shapes = areas.stream().map(r -> toScreen.createTransformedShape(r.shape())).toList();
        Path2D borders = new Path2D.Double();
        Area whole = new Area();
        for (int i = 0; i < areas.size(); i++) {
            g2.setPaint(areas.get(i).fill());
            g2.fill(shapes.get(i));
            borders.append(shapes.get(i), false);
            whole.add(new Area(shapes.get(i)));
        }
        g2.setPaint(BORDER);
        g2.setStroke(new BasicStroke(0.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g2.draw(borders);
        g2.setPaint(OUTLINE);
        g2.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g2.draw(whole);
        drawLabels(g2, labelBoxes(g2, toScreen, shapes));
    }

    /** Map units to the area: one scale for x and y (so nothing is stretched), centred, y turned to point down. */
    private AffineTransform fit(Rectangle2D area) {
        Rectangle2D bounds = areas.get(0).shape().getBounds2D();
        areas.forEach(r -> bounds.add(r.shape().getBounds2D()));
        double scale = Math.min(area.getWidth() / bounds.getWidth(), area.getHeight() / bounds.getHeight());
        AffineTransform t = new AffineTransform();
        t.translate(area.getCenterX(), area.getCenterY());
        t.scale(scale, -scale);
        t.translate(-bounds.getCenterX(), -bounds.getCenterY());
        return t;
    }

    /** Where each region's label goes when the plot fills {@code area} (its insets included), in region order. */
    List<Rectangle2D> labelBoxes(Graphics2D g2, Rectangle2D area) {
        if (areas.isEmpty()) {
            return List.of();
        }
        Rectangle2D inner = (Rectangle2D) area.clone();
        getInsets().trim(inner);
        AffineTransform toScreen = fit(inner);
        return labelBoxes(g2, toScreen, areas.stream().map(r -> toScreen.createTransformedShape(r.shape())).toList());
    }

    private List<Rectangle2D> labelBoxes(Graphics2D g2, AffineTransform toScreen, List<Shape> shapes) {
        FontMetrics names = g2.getFontMetrics(nameFont);
        FontMetrics values = g2.getFontMetrics(valueFont);
        List<Rectangle2D> placed = new ArrayList<>();
        // small areas have the fewest places for a label: they choose first
        List<Integer> order = IntStream.range(0, areas.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> area(shapes.get(i))).thenComparingInt(i -> i)).toList();
        Rectangle2D[] boxes = new Rectangle2D[areas.size()];
        for (int i : order) {
            List<String> lines = areas.get(i).label();
            double width = 0;
            double height = 0;
            for (int l = 0; l < lines.size(); l++) {
                FontMetrics m = l == 0 ? names : values;
                width = Math.max(width, m.stringWidth(lines.get(l)));
                height += m.getAscent() + m.getDescent();
            }
            boxes[i] = place(shapes.get(i), labelPoints.get(i), toScreen, width, height, placed);
            placed.add(boxes[i]);
        }
        return List.of(boxes);
    }

    private void drawLabels(Graphics2D g2, List<Rectangle2D> boxes) {
        FontMetrics names = g2.getFontMetrics(nameFont);
        FontMetrics values = g2.getFontMetrics(valueFont);
        for (int i = 0; i < areas.size(); i++) {
            g2.setPaint(textOn(areas.get(i).fill()));
            double y = boxes.get(i).getY();
            List<String> lines = areas.get(i).label();
            for (int l = 0; l < lines.size(); l++) {
                g2.setFont(l == 0 ? nameFont : valueFont);
                FontMetrics m = l == 0 ? names : values;
                y += m.getAscent();
                g2.drawString(lines.get(l), (float) (boxes.get(i).getCenterX() - m.stringWidth(lines.get(l)) / 2.0),
                        (float) y);
                y += m.getDescent();
            }
        }
    }

    /**
     * The label's box: at the first candidate whose box lies inside the region and clear of the
     * other labels; else the first clear of them; else at the best candidate.
     */
    private static Rectangle2D place(Shape region, List<Point2D> candidates, AffineTransform toScreen, double width,
                                     double height, List<Rectangle2D> placed) {
        List<Rectangle2D> boxes = candidates.stream().map(p -> {
            Point2D s = toScreen.transform(p, null);
            return (Rectangle2D) new Rectangle2D.Double(s.getX() - width / 2, s.getY() - height / 2, width, height);
        }).toList();
        return boxes.stream().filter(b -> clear(b, placed) && region.contains(b)).findFirst()
                .or(() -> boxes.stream().filter(b -> clear(b, placed)).findFirst())
                .orElse(boxes.get(0));
    }

    private static boolean clear(Rectangle2D box, List<Rectangle2D> placed) {
        Rectangle2D padded = new Rectangle2D.Double(box.getX() - LABEL_GAP_PX, box.getY() - LABEL_GAP_PX,
                box.getWidth() + 2 * LABEL_GAP_PX, box.getHeight() + 2 * LABEL_GAP_PX);
        return placed.stream().noneMatch(padded::intersects);
    }

    /** Black on light fills, white on dark ones (relative luminance of the sRGB fill). */
    static Color textOn(Paint fill) {
        if (!(fill instanceof Color c)) {
            return Color.BLACK;
        }
        double luminance = (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255;
        return luminance < 0.45 ? Color.WHITE : Color.BLACK;
    }

    private static double area(Shape shape) {
        Rectangle2D b = shape.getBounds2D();
        return b.getWidth() * b.getHeight();
    }

    /**
     * Points of a grid over the shape that lie inside it, farthest from its edge first (the first
     * approximates the pole of inaccessibility, the inside point farthest from the edge).
     */
    static List<Point2D> interiorPoints(Shape shape) {
        Rectangle2D b = shape.getBounds2D();
        List<double[]> edges = edges(shape);
        List<double[]> inside = new ArrayList<>();
        for (int i = 0; i < GRID; i++) {
            for (int j = 0; j < GRID; j++) {
                double x = b.getX() + (i + 0.5) * b.getWidth() / GRID;
                double y = b.getY() + (j + 0.5) * b.getHeight() / GRID;
                if (shape.contains(x, y)) {
                    inside.add(new double[] {x, y, distance(x, y, edges)});
                }
            }
        }
        if (inside.isEmpty()) {
            return List.of(new Point2D.Double(b.getCenterX(), b.getCenterY()));
        }
        return inside.stream().sorted(Comparator.comparingDouble((double[] p) -> -p[2])
                        .thenComparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]))
                .limit(CANDIDATES).map(p -> (Point2D) new Point2D.Double(p[0], p[1])).toList();
    }

    /** The shape's edges as segments {x1, y1, x2, y2}. */
    private static List<double[]> edges(Shape shape) {
        List<double[]> edges = new ArrayList<>();
        double[] c = new double[6];
        double startX = 0;
        double startY = 0;
        double lastX = 0;
        double lastY = 0;
        for (PathIterator it = shape.getPathIterator(null, 1e-6); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_MOVETO) {
                startX = c[0];
                startY = c[1];
            } else if (type == PathIterator.SEG_LINETO) {
                edges.add(new double[] {lastX, lastY, c[0], c[1]});
            } else if (type == PathIterator.SEG_CLOSE) {
                edges.add(new double[] {lastX, lastY, startX, startY});
                c[0] = startX;
                c[1] = startY;
            }
            lastX = c[0];
            lastY = c[1];
        }
        return edges;
    }

    private static double distance(double x, double y, List<double[]> edges) {
        double best = Double.MAX_VALUE;
        for (double[] e : edges) {
            double dx = e[2] - e[0];
            double dy = e[3] - e[1];
            double length2 = dx * dx + dy * dy;
            double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - e[0]) * dx + (y - e[1]) * dy) / length2));
            best = Math.min(best, Math.hypot(x - e[0] - t * dx, y - e[1] - t * dy));
        }
        return best;
    }
}
