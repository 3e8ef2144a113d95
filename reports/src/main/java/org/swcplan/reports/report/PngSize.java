package org.swcplan.reports.report;

import java.awt.Dimension;
import java.nio.ByteBuffer;

/** The pixel size of a PNG image, read from its header. */
final class PngSize {
    private PngSize() {
    }

    static Dimension of(byte[] png) {
        ByteBuffer header = ByteBuffer.wrap(png);
        if (png.length < 24 || header.getInt(12) != 0x49484452) {
            throw new IllegalArgumentException("not a PNG image");
        }
        return new Dimension(header.getInt(16), header.getInt(20));
    }
}
