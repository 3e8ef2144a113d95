package org.swcplan.cli;

/** The process exit codes, listed in {@code swc --help}. */
public enum ExitCode {
    OK(0, "ok"),
    INTERNAL(1, "internal error"),
    USAGE(2, "usage error (unknown option, bad value)"),
    INVALID_DATA(3, "invalid data or an unusable file (the file is named)"),
    CHECK_FAILED(4, "ran fine, but a --check found a unit off track");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }
}
