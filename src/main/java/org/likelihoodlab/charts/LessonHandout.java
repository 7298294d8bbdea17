package org.likelihoodlab.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;
import org.likelihoodlab.experiment.RaceResult;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.Diagnosis;
import org.likelihoodlab.experiment.Outcome;
import org.likelihoodlab.experiment.Race;
import org.likelihoodlab.experiment.Sweep;
import org.likelihoodlab.experiment.lesson.Lesson;
import org.likelihoodlab.experiment.lesson.LessonScene;
import org.likelihoodlab.experiment.lesson.SceneRun;
import org.likelihoodlab.experiment.lesson.ScenePlayback;
import org.likelihoodlab.experiment.lesson.SceneView;
import org.likelihoodlab.io.Datasets;

/**
 * A lesson's handout: one page a scene, with the scene's title, its figure (the state its cues
 * leave the run in, drawn by the window's own chart code) and its narration; a race's page also
 * lists every run's outcome. As a vector PDF (one page a scene) or as one PNG a scene.
 */
public final class LessonHandout {

    /** Page size in points: A4 landscape. */
    public static final int WIDTH = 842;
    public static final int HEIGHT = 595;
    /** Buckets of each recorded trajectory. */
    static final int BUCKETS = 1024;
    private static final double MARGIN = 36;
    private static final Font HEAD = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font TABLE = new Font(Font.MONOSPACED, Font.PLAIN, 10);

    /**
     * One page: a scene played by its cues.
     *
     * @param scene the scene
     * @param number its place in the lesson, 1-based
     * @param count the lesson's number of scenes
     * @param charts the figure, side by side
     * @param results one line per run of a race (empty for a single run)
     */
    public record PageContent(LessonScene scene, int number, int count, List<JFreeChart> charts, List<String> results) {
    }

    private final String title;
    private final List<PageContent> pages;

    private LessonHandout(String title, List<PageContent> pages) {
        this.title = title;
        this.pages = pages;
    }

    /** Plays every scene of the lesson headless (data loaded once per scene) and lays out its pages. */
    public static LessonHandout of(Lesson lesson) {
        List<PageContent> pages = new ArrayList<>();
        int n = lesson.scenes().size();
        for (int i = 0; i < n; i++) {
            LessonScene s = lesson.scenes().get(i);
            Dataset data = Datasets.load(s.scenario().data(), s.scenario().dim());
            List<SceneRun> runs = ScenePlayback.play(s, data, BUCKETS);
            pages.add(new PageContent(s, i + 1, n, charts(s, runs.get(0), data), results(s, data)));
        }
        return new LessonHandout(lesson.title(), pages);
    }

    public List<PageContent> pages() {
        return pages;
    }

    /** @return the scene's main figure: the trajectories, the surface or ellipses, or the learning-rate sweep */
    static List<JFreeChart> charts(LessonScene s, SceneRun run, Dataset data) {
        RunView v = RunView.of(run.recorder());
        SceneView view = s.view();
        if (view.tab() == SceneView.Tab.SWEEP) {
            SweepFigure f = new SweepFigure();
            List<Sweep.Point> pts = new ArrayList<>();
            for (double lr : Sweep.learningRates(1e-3, 10, 41)) {
                pts.add(Sweep.runOne(s.scenario(), data, lr));
            }
            org.likelihoodlab.math.StabilityBounds.Bound b = Diagnosis.boundAtMle(s.scenario(), data);
            f.show(pts, b.local(), String.format(Locale.ROOT, "bound %s = %.3g", b.formula(), b.local()));
            return List.of(f.chart());
        }
        if (view.tab() == SceneView.Tab.SURFACE) {
            if (v.dim() == 1) {
                SurfaceFigure f = new SurfaceFigure();
                f.setScale(view.surface());
                f.setLogAxis(view.logSigmaAxis());
                f.show(v);
                return List.of(f.chart());
            }
            EllipseFigure e = new EllipseFigure();
            e.show(v);
            return List.of(e.ellipseChart(), e.meanSurfaceChart());
        }
        RunFigures rf = new RunFigures(v.dim());
        rf.showData(v.data(), v.truth(), v.mle());
        rf.showTrajectory(v.xs(), v.ys(), v.reported());
        if (v.divergedAt() > 0) {
            rf.markStep(v.divergedAt(), "diverged at " + v.divergedAt(), true);
        }
        return List.of(rf.meanChart(), rf.scaleChart(), rf.logLikChart());
    }

    /**
     * @return for a race, one line per run: label, outcome and its step, distance to the MLE, each
     *     over the run's whole plan as the {@code race} command reports it (the figure shows the state
     *     the cues leave; a batch run pauses at its first convergence there)
     */
    static List<String> results(LessonScene s, Dataset data) {
        List<String> out = new ArrayList<>();
        if (!s.isRace()) {
            return out;
        }
        int k = 0;
        for (Race.Entry e : s.race().runs()) {
            RaceResult r = RaceResult.of(e.scenario(), data);
            boolean stepKnown = r.outcome() == Outcome.CONVERGED || r.outcome() == Outcome.DIVERGED;
            out.add(String.format(Locale.ROOT, "%d. %-34s %-11s %-10s distance to the MLE %.3g", ++k,
                    cut(e.label(), 34), r.outcome().cliName(), stepKnown ? "step " + r.step() : "", r.distance()));
        }
        return out;
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "\u2026";
    }

    /** @return the whole handout as one PDF, a page per scene, text as vector outlines except plain Latin titles */
    public byte[] pdf() {
        PDFDocument doc = new PDFDocument();
        doc.setTitle(title);
        doc.setAuthor("Likelihood Lab");
        for (PageContent p : pages) {
            Page page = doc.createPage(new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
            PDFGraphics2D g = page.getGraphics2D();
            g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
            draw(g, p, true);
        }
        return doc.getPDFBytes();
    }

    /** @return page {@code i} (0-based) as PNG, WIDTH·scale × HEIGHT·scale pixels */
    public byte[] png(int i, double scale) throws IOException {
        BufferedImage img = new BufferedImage((int) Math.round(WIDTH * scale), (int) Math.round(HEIGHT * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        DenseLines.enable(g, img);
        g.scale(scale, scale);
        draw(g, pages.get(i), false);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    private void draw(Graphics2D g, PageContent p, boolean pdf) {
        g.setPaint(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        g.setPaint(Color.DARK_GRAY);
        g.setFont(HEAD);
        text(g, title, MARGIN, MARGIN, pdf);
        String k = "scene " + p.number() + " of " + p.count();
        text(g, k, WIDTH - MARGIN - g.getFontMetrics().stringWidth(k), MARGIN, pdf);
        g.setPaint(Color.BLACK);
        g.setFont(TITLE);
        text(g, p.scene().title(), MARGIN, MARGIN + 28, pdf);
        g.setPaint(new Color(0x999999));
        g.setStroke(new BasicStroke(0.5f));
        g.draw(new Line2D.Double(MARGIN, MARGIN + 38, WIDTH - MARGIN, MARGIN + 38));
        double top = MARGIN + 46;
        double figH = p.results().isEmpty() ? 370 : 300;
        double colW = (WIDTH - 2 * MARGIN) / p.charts().size();
        for (int c = 0; c < p.charts().size(); c++) {
            p.charts().get(c).draw(g, new Rectangle2D.Double(MARGIN + c * colW, top, colW, figH));
        }
        g.setPaint(Color.BLACK);
        double y = SpanText.draw(g, p.scene().narration(), TEXT, MARGIN, top + figH + 12, WIDTH - 2 * MARGIN, 1.15);
        g.setFont(TABLE);
        for (String line : p.results()) {
            y += 13;
            g.drawString(line, (float) MARGIN, (float) y);
        }
    }

    /**
     * Draws a line of text; in a PDF, a line that the standard fonts can encode is written as text
     * (so it can be searched and read back), anything else as outlines.
     */
    private static void text(Graphics2D g, String s, double x, double y, boolean pdf) {
        boolean latin = StandardCharsets.ISO_8859_1.newEncoder().canEncode(s);
        if (pdf && latin) {
            g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        }
        g.drawString(s, (float) x, (float) y);
        if (pdf && latin) {
            g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        }
    }
}
