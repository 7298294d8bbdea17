package org.likelihoodlab.charts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.likelihoodlab.experiment.Dataset;
import org.likelihoodlab.experiment.Scenario;

/**
 * One figure of a run, laid out as rows of charts, and its three outputs: PNG, SVG and PDF
 * ({@link FigureFormats}). The same JFreeChart objects draw in the window and here, so the
 * pictures match; a single chart of the window is built by {@link WindowChartFigure}.
 */
public final class Figures {

    /** The figures the {@code render} command knows. */
    public enum Kind {
        TRAJECTORIES("trajectories"), DENSITY("density"), SURFACE("surface"), ELLIPSE("ellipse"),
        DASHBOARD("dashboard");

        private final String cliName;

        Kind(String cliName) {
            this.cliName = cliName;
        }

        public String cliName() {
            return cliName;
        }

        public static Kind byName(String s) {
            return Arrays.stream(values()).filter(k -> k.cliName.equals(s)).findFirst().orElse(null);
        }

        public static String names() {
            return Arrays.stream(values()).map(Kind::cliName).collect(Collectors.joining(", "));
        }
    }

    /** Output formats. */
    public enum Format {
        PNG, SVG, PDF;

        public static Format byName(String s) {
            return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(s)).findFirst().orElse(null);
        }
    }

    private final List<List<JFreeChart>> rows;
    private String caption;

    private Figures(List<List<JFreeChart>> rows) {
        this.rows = rows;
    }

    /**
     * Puts a caption line under the figure (the settings and the step, for a report), or none.
     *
     * @param text the caption ({@code null}: none)
     * @return this figure
     */
    public Figures captioned(String text) {
        caption = text == null || text.isBlank() ? null : text;
        return this;
    }

    /** @return the caption of a run's figure: its name, its settings and its step */
    public static String caption(RunView v) {
        Scenario s = v.scenario();
        StringBuilder b = new StringBuilder();
        if (!s.name().isEmpty()) {
            b.append(s.name()).append(" \u2014 ");
        }
        b.append(s.mode().cliName()).append(' ').append(org.likelihoodlab.experiment.Race.describe(s))
                .append(", ").append(s.order().cliName()).append(" order");
        if (s.bug() != org.likelihoodlab.optim.Bug.NONE) {
            b.append(", typo ").append(s.bug().cliName());
        }
        b.append(", n = ").append(v.data().n()).append(" \u2014 ");
        b.append(v.divergedAt() > 0 ? "diverged at step " + v.divergedAt() : "step " + v.step());
        return b.append("   (Likelihood Lab)").toString();
    }

    /**
     * Builds a figure of a run.
     *
     * @throws IllegalArgumentException if the figure does not exist for the run's dimension
     */
    public static Figures of(RunView v, Kind kind) {
        return new Updating(v.dim(), kind).show(v);
    }

    /**
     * Builds a figure of a race: the selected run {@code v} and every run of {@code race} (which
     * holds {@code v} too, marked selected), as the window draws them.
     */
    public static Figures of(RunView v, List<RunLine> race, Kind kind) {
        return new Updating(v.dim(), kind).show(v, race);
    }

    /**
     * A figure whose chart objects are kept and updated for each new view of the same run (the
     * frames of an animation): the data, the histogram and the surface grid are set up once, and
     * each frame only moves the trajectory, the marks and the current point.
     */
    public static final class Updating {
        private final Kind kind;
        private final int dim;
        private RunFigures rf;
        private SurfaceFigure surface;
        private EllipseFigure ellipse;
        private Dataset shownData;
        private Figures figure;

        /**
         * @param dim the dimension of the run's data
         * @throws IllegalArgumentException if the figure does not exist for this dimension
         */
        public Updating(int dim, Kind kind) {
            if (kind == Kind.ELLIPSE && dim != 2) {
                throw new IllegalArgumentException("the ellipse figure needs a 2-D run (this one is 1-D; "
                        + "use surface)");
            }
            this.dim = dim;
            this.kind = kind;
        }

        /** @return the figure showing this view (the same chart objects every time) */
        public Figures show(RunView v) {
            return show(v, List.of());
        }

        /** @return the figure showing this view and the race around it (empty: no race) */
        public Figures show(RunView v, List<RunLine> race) {
            if (v.dim() != dim) {
                throw new IllegalArgumentException("a " + v.dim() + "-D view for a " + dim + "-D figure");
            }
            boolean trajectories = kind == Kind.TRAJECTORIES || kind == Kind.DENSITY || kind == Kind.DASHBOARD;
            if (trajectories) {
                if (rf == null) {
                    rf = new RunFigures(dim);
                }
                if (v.data() != shownData) {
                    rf.showData(v.data(), v.truth(), v.mle());
                    shownData = v.data();
                }
                rf.showTrajectory(v.xs(), v.ys(), v.reported());
                rf.showStochastic(v);
                rf.showDistance(v.rows(), v.mle(), org.likelihoodlab.experiment.LocalRate.atMle(v.scenario(), v.data()));
                rf.showRace(race);
                if (race.size() > 1) {
                    rf.markSteps(marks(race));
                } else if (v.divergedAt() > 0) {
                    rf.markStep(v.divergedAt(), "diverged at " + v.divergedAt(), true);
                } else {
                    rf.markStep(-1, null, false);
                }
            }
            boolean surfaces = kind == Kind.SURFACE || kind == Kind.ELLIPSE || kind == Kind.DASHBOARD;
            if (surfaces) {
                if (dim == 1) {
                    if (surface == null) {
                        surface = new SurfaceFigure();
                    }
                    surface.show(v, race.size() > 1 ? race : List.of());
                } else {
                    if (ellipse == null) {
                        ellipse = new EllipseFigure();
                    }
                    ellipse.show(v, race.size() > 1 ? race : List.of());
                }
            }
            if (figure == null) {
                figure = new Figures(layout());
            }
            return figure;
        }

        RunFigures runFigures() {
            return rf;
        }

        SurfaceFigure surfaceFigure() {
            return surface;
        }

        EllipseFigure ellipseFigure() {
            return ellipse;
        }

        private JFreeChart surfaceChart() {
            return dim == 1 ? surface.chart() : ellipse.meanSurfaceChart();
        }

        private List<List<JFreeChart>> layout() {
            List<List<JFreeChart>> rows = new ArrayList<>();
            switch (kind) {
                case TRAJECTORIES:
                    rows.add(List.of(rf.meanChart()));
                    rows.add(List.of(rf.scaleChart()));
                    rows.add(List.of(rf.logLikChart()));
                    break;
                case DENSITY:
                    rows.add(List.of(rf.densityChart()));
                    break;
                case SURFACE:
                    rows.add(List.of(surfaceChart()));
                    break;
                case ELLIPSE:
                    rows.add(List.of(ellipse.ellipseChart()));
                    break;
                default:
                    rows.add(List.of(rf.meanChart(), rf.scaleChart(), rf.logLikChart()));
                    if (dim == 1) {
                        rows.add(List.of(rf.densityChart(), surface.chart()));
                    } else {
                        rows.add(List.of(rf.densityChart(), ellipse.ellipseChart(), ellipse.meanSurfaceChart()));
                    }
            }
            return rows;
        }
    }

    /**
     * One chart of the window as a figure: 0 mean, 1 scale, 2 log-likelihood, 3 density,
     * 4 surface (1-D) or ellipses (2-D), 5 the mean surface (2-D).
     */
    public static Figures chart(RunView v, ChartSlot slot) {
        return chart(v, List.of(), slot);
    }

    /** One chart of the window with the race's runs on it (empty: no race). */
    public static Figures chart(RunView v, List<RunLine> race, ChartSlot slot) {
        return WindowChartFigure.chart(v, race, slot);
    }

    /**
     * One chart as the window shows it with a user's zoom ({@code null}: automatic ranges): the
     * surface computed again for the zoomed ranges, the others with their axes set to them.
     */
    public static Figures chart(RunView v, List<RunLine> race, ChartSlot slot, Zoom zoom) {
        return WindowChartFigure.chart(v, race, slot, zoom);
    }

    /** @return the figure's first chart (the only one of a single chart's figure) */
    public JFreeChart firstChart() {
        return rows.get(0).get(0);
    }

    /** @return the marks of a race's runs: each run's divergence or convergence, in its colour */
    public static List<RunFigures.Mark> marks(List<RunLine> race) {
        List<RunFigures.Mark> out = new ArrayList<>();
        for (RunLine l : race) {
            long step = l.markStep();
            if (step >= 0) {
                out.add(new RunFigures.Mark(step, l.markText(), l.view().divergedAt() > 0, l.colour()));
            }
        }
        return out;
    }

    /** @return a figure of one chart (e.g. a stability map), exported like every other */
    public static Figures single(JFreeChart chart) {
        return new Figures(List.of(List.of(chart)));
    }

    /** Draws the figure into a width x height area. */
    public void draw(Graphics2D g, double width, double height) {
        g.setPaint(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        if (caption != null) {
            double band = 24;
            java.awt.Font f = new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 12);
            g.setFont(f);
            g.setPaint(Palette.GREY);
            java.awt.font.TextLayout t = new java.awt.font.TextLayout(caption, f, g.getFontRenderContext());
            t.draw(g, 8f, (float) (height - band / 2 + t.getAscent() / 2 - 1));
            height -= band;
        }
        double rowH = height / rows.size();
        for (int r = 0; r < rows.size(); r++) {
            List<JFreeChart> row = rows.get(r);
            double colW = width / row.size();
            for (int c = 0; c < row.size(); c++) {
                row.get(c).draw(g, new Rectangle2D.Double(c * colW, r * rowH, colW, rowH));
            }
        }
    }

    /** @return the figure as PNG bytes, (width*scale) x (height*scale) pixels */
    public byte[] png(int width, int height, double scale) throws IOException {
        return FigureFormats.png(this::draw, width, height, scale);
    }

    /** @return the figure as an SVG document (UTF-8) */
    public byte[] svg(int width, int height) {
        return FigureFormats.svg(this::draw, width, height);
    }

    /** @return the figure as a one-page PDF; text is drawn as vector outlines so every glyph shows */
    public byte[] pdf(int width, int height, String title) {
        return FigureFormats.pdf(this::draw, width, height, title);
    }

    /** @return the bytes of the figure in a format */
    public byte[] bytes(Format f, int width, int height, double scale, String title) throws IOException {
        switch (f) {
            case PNG:
                return png(width, height, scale);
            case SVG:
                return svg(width, height);
            default:
                return pdf(width, height, title);
        }
    }
}
