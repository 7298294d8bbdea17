package org.likelihoodlab.charts;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.likelihoodlab.experiment.Run;
import org.likelihoodlab.experiment.RunPlan;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.TrajectoryRecorder;

/**
 * An animated GIF of a run for slides: its plan is replayed from step 0 and a figure is drawn at
 * evenly spaced steps (the last frame at the end, or at the divergence), looping forever.
 */
public final class Animation {

    private Animation() {
    }

    /**
     * Writes the GIF.
     *
     * @param frames number of frames, &ge; 2
     * @param fps frames per second, 1-50
     * @param cancel checked between frames; when set, writing stops with an IOException
     * @param progress told the number of frames done ({@code null} permitted)
     */
    public static void write(RunPlan plan, Dataset data, Figures.Kind kind, int frames, int fps, int width, int height,
            OutputStream out, AtomicBoolean cancel, IntConsumer progress) throws IOException {
        writeRace(java.util.List.of(new Racer(plan, "", java.awt.Color.BLACK)), 0, data, kind, frames, fps, width, height,
                false, out, cancel, progress);
    }

    /**
     * One run of a race in a GIF.
     *
     * @param plan its plan, replayed to its own last step
     * @param label its name in the legend
     * @param colour its colour
     */
    public record Racer(RunPlan plan, String label, java.awt.Color colour) {
    }

    /**
     * Writes the GIF of a race: every run replayed on the same data, frame by frame on one
     * timeline of steps (a run that ended earlier, or diverged, stays at its end), drawn as the
     * window draws the race.
     *
     * @param racers the runs shown (one: a single run, drawn as such)
     * @param selected the run whose settings the figure is about (its path, arrows and fit)
     * @param caption true to put the settings and the step under every frame
     */
    public static void writeRace(java.util.List<Racer> racers, int selected, Dataset data, Figures.Kind kind, int frames,
            int fps, int width, int height, boolean caption, OutputStream out, AtomicBoolean cancel, IntConsumer progress)
            throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.prepareWriteSequence(null);
            java.util.List<TrajectoryRecorder> recs = new java.util.ArrayList<>();
            long total = 0;
            for (Racer r : racers) {
                TrajectoryRecorder rec = new TrajectoryRecorder(new Run(r.plan(), data), 1024);
                rec.record();
                recs.add(rec);
                total = Math.max(total, r.plan().scenario().steps());
            }
            int delayCs = Math.max(2, (int) Math.round(100.0 / fps));
            // one set of chart objects and one image for every frame: only the runs move
            Figures.Updating figure = new Figures.Updating(racers.get(selected).plan().scenario().dim(), kind);
            BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            GifFrames palette = null;
            for (int f = 0; f < frames; f++) {
                if (cancel != null && cancel.get()) {
                    throw new IOException("cancelled");
                }
                long target = Math.round((double) total * f / (frames - 1));
                java.util.List<RunLine> lines = new java.util.ArrayList<>();
                for (int i = 0; i < recs.size(); i++) {
                    TrajectoryRecorder rec = recs.get(i);
                    rec.run().runTo(Math.min(target, racers.get(i).plan().scenario().steps()), rec);
                    lines.add(new RunLine(racers.get(i).label(), racers.get(i).colour(), RunView.of(rec), i == selected));
                }
                Graphics2D g = img.createGraphics();
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                DenseLines.enable(g, img);
                RunView sel = lines.get(selected).view();
                figure.show(sel, lines.size() > 1 ? lines : java.util.List.of())
                        .captioned(caption ? Figures.caption(sel) : null).draw(g, width, height);
                g.dispose();
                if (palette == null) {
                    palette = new GifFrames(img);   // the charts' colours hardly change from frame to frame
                }
                BufferedImage indexed = palette.indexed(img);
                writer.writeToSequence(new IIOImage(indexed, null, metadata(writer, indexed, delayCs, f == 0)), null);
                if (progress != null) {
                    progress.accept(f + 1);
                }
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    private static IIOMetadata metadata(ImageWriter writer, BufferedImage img, int delayCs, boolean first)
            throws IOException {
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), null);
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        if (img.getColorModel() instanceof java.awt.image.IndexColorModel icm) {
            // the default metadata carries a stock palette, not the image's: put the image's in
            IIOMetadataNode table = child(root, "LocalColorTable");
            while (table.getLength() > 0) {
                table.removeChild(table.getFirstChild());
            }
            table.setAttribute("sizeOfLocalColorTable", "256");
            table.setAttribute("sortFlag", "FALSE");
            for (int i = 0; i < 256; i++) {
                int c = i < icm.getMapSize() ? icm.getRGB(i) : 0;
                IIOMetadataNode e = new IIOMetadataNode("ColorTableEntry");
                e.setAttribute("index", Integer.toString(i));
                e.setAttribute("red", Integer.toString((c >> 16) & 0xFF));
                e.setAttribute("green", Integer.toString((c >> 8) & 0xFF));
                e.setAttribute("blue", Integer.toString(c & 0xFF));
                table.appendChild(e);
            }
        }
        IIOMetadataNode gce = child(root, "GraphicControlExtension");
        gce.setAttribute("disposalMethod", "none");
        gce.setAttribute("userInputFlag", "FALSE");
        gce.setAttribute("transparentColorFlag", "FALSE");
        gce.setAttribute("delayTime", Integer.toString(delayCs));
        gce.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode apps = child(root, "ApplicationExtensions");
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            app.setUserObject(new byte[] {1, 0, 0});   // loop forever
            apps.appendChild(app);
        }
        meta.setFromTree(format, root);
        return meta;
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
