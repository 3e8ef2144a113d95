package org.swcplan.reports.result;

import java.io.IOException;
import java.io.Writer;

/** The one place a format is chosen: each format has one renderer. */
public final class Renderers {
    private Renderers() {
    }

    public static void render(Result result, Format format, RenderOptions options, Writer out) throws IOException {
        switch (format) {
            case CSV -> CsvRenderer.write(result.main(), result.data().cityCode(), options, out);
            case JSON -> JsonRenderer.write(result, out);
            case MD -> MarkdownRenderer.write(result, options.headers(), out);
            case TABLE -> TableRenderer.write(result, options, out);
            case SCHEMA -> SchemaRenderer.write(result, out);
        }
        out.flush();
    }
}
