import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the application icon (a Gaussian's log-likelihood hill with an ascent path up it, in the
 * app's Okabe-Ito colours): {@code java src/build/Icon.java src/main/package/LikelihoodLab.png 256}.
 * The PNG is committed; the .ico and .icns beside it are made from it (README, Installing).
 */
public final class Icon {
    public static void main(String[] args) throws Exception {
        int s = Integer.parseInt(args[1]);
        BufferedImage img = new BufferedImage(s, s, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double u = s / 256.0;
        g.setColor(new Color(0x0072B2));
        g.fill(new RoundRectangle2D.Double(8 * u, 8 * u, 240 * u, 240 * u, 56 * u, 56 * u));
        // the bell curve
        Path2D bell = new Path2D.Double();
        for (int i = 0; i <= 200; i++) {
            double x = -3 + 6 * i / 200.0;
            double px = 28 * u + (x + 3) / 6 * 200 * u;
            double py = 210 * u - Math.exp(-0.5 * x * x) * 150 * u;
            if (i == 0) {
                bell.moveTo(px, py);
            } else {
                bell.lineTo(px, py);
            }
        }
        Path2D area = new Path2D.Double(bell);
        area.lineTo(228 * u, 210 * u);
        area.lineTo(28 * u, 210 * u);
        area.closePath();
        g.setColor(new Color(0x56B4E9));
        g.fill(area);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke((float) (9 * u), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(bell);
        // the ascent: steps up the hill to the top
        double[][] steps = {{-2.4, 0}, {-1.6, 0}, {-1.0, 0}, {-0.5, 0}, {-0.15, 0}, {0, 0}};
        g.setStroke(new BasicStroke((float) (6 * u), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D path = new Path2D.Double();
        for (int i = 0; i < steps.length; i++) {
            double x = steps[i][0];
            double px = 28 * u + (x + 3) / 6 * 200 * u;
            double py = 210 * u - Math.exp(-0.5 * x * x) * 150 * u;
            steps[i][0] = px;
            steps[i][1] = py;
            if (i == 0) {
                path.moveTo(px, py);
            } else {
                path.lineTo(px, py);
            }
        }
        g.setColor(new Color(0xE69F00));
        g.draw(path);
        for (double[] p : steps) {
            g.fill(new Ellipse2D.Double(p[0] - 11 * u, p[1] - 11 * u, 22 * u, 22 * u));
        }
        g.setColor(new Color(0xD55E00));
        double[] top = steps[steps.length - 1];
        g.fill(new Ellipse2D.Double(top[0] - 15 * u, top[1] - 15 * u, 30 * u, 30 * u));
        g.dispose();
        ImageIO.write(img, "png", new File(args[0]));
    }
}
