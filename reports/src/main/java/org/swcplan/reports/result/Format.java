package org.swcplan.reports.result;

/** The formats every result renders to. */
public enum Format {
    /** An aligned text table for a terminal, fitted to its width. */
    TABLE,
    /** The first section as CSV: one header line, one line per row. */
    CSV,
    /** One envelope: schema, data_source, illustrative, parameters, notes, rows and further sections. */
    JSON,
    /** Markdown (GitHub) tables with titles and notes, for pasting into documents. */
    MD,
    /** The JSON Schema of the json format's output (also kept under docs/schema). */
    SCHEMA
}
