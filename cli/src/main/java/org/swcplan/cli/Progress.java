package org.swcplan.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A one-line progress counter on stderr, shown only on a terminal and never when quiet; safe to
 * tick from several threads.
 */
public final class Progress implements Runnable {
    private final PrintWriter err;
    private final String label;
    private final int total;
    private final boolean shown;
    private final AtomicInteger done = new AtomicInteger();
    private int lastPercent = -1;

    public Progress(PrintWriter err, String label, int total, boolean shown) {
        this.err = err;
        this.label = label;
        this.total = total;
        this.shown = shown && total > 0;
    }

    /** Shown when stdout and stderr are a terminal (the JVM has a console) and not quiet. */
    public static Progress onTerminal(PrintWriter err, String label, int total, GlobalOptions global) {
        return new Progress(err, label, total, System.console() != null && !global.quiet());
    }

    @Override
    public void run() {
        int now = done.incrementAndGet();
        if (!shown) {
            return;
        }
        int percent = (int) (100L * now / total);
        synchronized (this) {
            if (percent != lastPercent) {
                lastPercent = percent;
                err.print("\r" + label + ": " + now + "/" + total + " (" + percent + " %)");
                err.flush();
            }
        }
    }

    /** Ends the line, if anything was shown. */
    public void finish() {
        if (shown) {
            err.print("\r" + " ".repeat(label.length() + 24) + "\r");
            err.flush();
        }
    }
}
