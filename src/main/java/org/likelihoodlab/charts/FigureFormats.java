package org.likelihoodlab.charts;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;

/**
 * The three file formats a figure is written in: PNG (anti-aliased, at a scale), SVG, and a
 * one-page PDF whose text is drawn as vector outlines.
 */
final class FigureFormats {

    /** What draws the figure into a width x height area. */
    interface Drawing {
        void draw(Graphics2D g, double width, double height);
    }

    private FigureFormats() {
    }

    /** @return the figure as PNG bytes, (width*scale) x (height*scale) pixels */
    static byte[] png(Drawing figure, int width, int height, double scale) throws IOException {
        int w = (int) Math.round(width * scale);
        int h = (int) Math.round(height * scale);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        DenseLines.enable(g, img);
        g.scale(scale, scale);
        figure.draw(g, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** @return the figure as an SVG document (UTF-8) */
    static byte[] svg(Drawing figure, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        figure.draw(g, width, height);
        return g.getSVGDocument().getBytes(StandardCharsets.UTF_8);
    }

    /** @return the figure as a one-page PDF; text is drawn as vector outlines so every glyph shows */
    static byte[] pdf(Drawing figure, int width, int height, String title) {
        PDFDocument doc = new PDFDocument();
        doc.setTitle(title);
        doc.setAuthor("Likelihood Lab");
        Page page = doc.createPage(new Rectangle2D.Double(0, 0, width, height));
        PDFGraphics2D g = page.getGraphics2D();
        g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        figure.draw(g, width, height);
        return doc.getPDFBytes();
    }
}
