package org.swcplan.cli.command;

/** Output formats; commands accept the subset that makes sense for them. */
public enum Format {
    TABLE, CSV, JSON
}
