package org.openpes.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress bar on standard error for long work. On a terminal it redraws one line; otherwise (CI, pipes) it
 * prints a line at most every few seconds, so logs stay short.
 */
final class Progress {
    private static final int WIDTH = 30;
    private final PrintStream err = System.err;
    private final boolean terminal = System.console() != null;
    private final String task;
    private final long start = System.nanoTime();
    private long lastPrint;
    private String lastMessage = "";

    Progress(String task) {
        this.task = task;
    }

    synchronized void update(double fraction, String message) {
        long now = System.nanoTime();
        boolean done = fraction >= 1.0;
        if (!done && now - lastPrint < (terminal ? 100_000_000L : 5_000_000_000L) && message.equals(lastMessage)) {
            return;
        }
        lastPrint = now;
        lastMessage = message;
        int filled = (int) Math.round(Math.max(0, Math.min(1, fraction)) * WIDTH);
        String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
        String line = String.format(Locale.ROOT, "%s [%s] %3.0f%% %5.1fs %s", task, bar, fraction * 100,
                (now - start) / 1e9, message);
        if (terminal) {
            err.print("\r" + line + " ".repeat(Math.max(0, 20 - message.length())));
            if (done) {
                err.println();
            }
        } else {
            err.println(line);
        }
    }
}
