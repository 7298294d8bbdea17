package org.likelihoodlab.charts;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.util.Arrays;

/**
 * The 256 colours of an animated GIF, chosen once and used for every frame, and a fast mapping of
 * a frame onto them. Java's GIF writer, given an RGB image, builds a palette for each frame
 * itself (an octree over every pixel), which cost more than drawing the frame. A chart's colours
 * are few and do not change as the run moves: the palette is the chart palette (Okabe-Ito, greys,
 * viridis steps) plus the most frequent other colours of the first frame, and each pixel maps to
 * its nearest palette entry through a table over 15-bit colours.
 */
final class GifFrames {

    private static final int BITS = 5;
    private final IndexColorModel model;
    private final byte[] table = new byte[1 << (3 * BITS)];
    private final int[] rgb;

    /** @param first the first frame (TYPE_INT_RGB or any RGB image) */
    GifFrames(BufferedImage first) {
        int[] palette = new int[256];
        int k = 0;
        for (Color c : new Color[] {Color.WHITE, Color.BLACK, Palette.BLUE, Palette.ORANGE, Palette.GREEN,
            Palette.VERMILLION, Palette.SKY, Palette.PURPLE, Palette.YELLOW, Palette.GREY, Palette.GRID,
            Palette.BLUE.darker(), Palette.ORANGE.darker(), Palette.GREEN.darker(), Palette.PURPLE.darker(),
            Palette.YELLOW.darker(), Palette.VERMILLION.darker()}) {
            palette[k++] = c.getRGB() & 0xFFFFFF;
        }
        for (int i = 0; i < 16; i++) {
            palette[k++] = 0x111111 * i;   // greys: text, axes, antialiased edges
        }
        for (int i = 0; i < 32; i++) {
            palette[k++] = Viridis.argb(i / 31.0) & 0xFFFFFF;
        }
        // the most frequent remaining colours of the first frame, counted on 15-bit colours
        int[] counts = new int[table.length];
        int w = first.getWidth();
        int h = first.getHeight();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            first.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                counts[bin(row[x])]++;
            }
        }
        for (int i = 0; i < k; i++) {
            counts[bin(palette[i])] = 0;
        }
        Integer[] order = new Integer[counts.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(counts[b], counts[a]));
        for (int i = 0; i < order.length && k < palette.length && counts[order[i]] > 0; i++) {
            palette[k++] = centre(order[i]);
        }
        rgb = Arrays.copyOf(palette, k);
        byte[] r = new byte[k];
        byte[] g = new byte[k];
        byte[] b = new byte[k];
        for (int i = 0; i < k; i++) {
            r[i] = (byte) (rgb[i] >> 16);
            g[i] = (byte) (rgb[i] >> 8);
            b[i] = (byte) rgb[i];
        }
        model = new IndexColorModel(8, k, r, g, b);
        for (int bin = 0; bin < table.length; bin++) {
            table[bin] = (byte) nearest(centre(bin));
        }
        // exact colours of the palette map to themselves
        for (int i = 0; i < k; i++) {
            table[bin(rgb[i])] = (byte) i;
        }
    }

    /** @return the frame in the palette's colours, as a new indexed image */
    BufferedImage indexed(BufferedImage frame) {
        int w = frame.getWidth();
        int h = frame.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, model);
        byte[] px = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        if (frame.getType() == BufferedImage.TYPE_INT_RGB && frame.getRaster().getParent() == null
                && frame.getRaster().getDataBuffer() instanceof java.awt.image.DataBufferInt ints
                && ints.getNumBanks() == 1 && ints.getData().length == w * h) {
            int[] src = ints.getData();
            for (int i = 0; i < src.length; i++) {
                px[i] = table[bin(src[i])];
            }
            return out;
        }
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            frame.getRGB(0, y, w, 1, row, 0, w);
            int o = y * w;
            for (int x = 0; x < w; x++) {
                px[o + x] = table[bin(row[x])];
            }
        }
        return out;
    }

    private int nearest(int c) {
        int best = 0;
        long bestD = Long.MAX_VALUE;
        int cr = (c >> 16) & 0xFF;
        int cg = (c >> 8) & 0xFF;
        int cb = c & 0xFF;
        for (int i = 0; i < rgb.length; i++) {
            int dr = ((rgb[i] >> 16) & 0xFF) - cr;
            int dg = ((rgb[i] >> 8) & 0xFF) - cg;
            int db = (rgb[i] & 0xFF) - cb;
            long d = 3L * dr * dr + 4L * dg * dg + 2L * db * db;
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    private static int bin(int c) {
        return ((c >> 19) & 0x1F) << 10 | ((c >> 11) & 0x1F) << 5 | ((c >> 3) & 0x1F);
    }

    private static int centre(int bin) {
        int r = ((bin >> 10) & 0x1F) << 3 | 4;
        int g = ((bin >> 5) & 0x1F) << 3 | 4;
        int b = (bin & 0x1F) << 3 | 4;
        return r << 16 | g << 8 | b;
    }
}
