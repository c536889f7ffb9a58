package org.quietline.server.cli;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * A progress bar on stderr for imports: the share of the input's bytes read and the rows done so far.
 * On a terminal it redraws one line at most five times a second; otherwise (a log, a pipe) it prints a
 * line every tenth of the way, so that logs stay short. Never prints row content. Not thread-safe: one
 * import drives one bar.
 */
public final class Progress {

    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream err;
    private final String what;
    private final long totalBytes;
    private final boolean terminal;
    private long bytes;
    private long rows;
    private long lastDraw;
    private int lastTenth = -1;

    /** A bar for reading {@code totalBytes} bytes of {@code what} (0 when unknown). */
    public Progress(PrintStream err, String what, long totalBytes, boolean terminal) {
        this.err = err;
        this.what = what;
        this.totalBytes = totalBytes;
        this.terminal = terminal;
    }

    /** A bar for importing {@code file}, drawn in place when a person watches the terminal. */
    public static Progress importing(PrintStream err, Path file) throws IOException {
        return new Progress(err, "importing " + file.getFileName(), Files.size(file), System.console() != null);
    }

    /**
     * Opens {@code file} as UTF-8 lines, gunzipped when its name ends in {@code .gz}; the bar follows the bytes
     * read from the file itself, so that a compressed file still shows the true share done.
     */
    public BufferedReader open(Path file) throws IOException {
        InputStream raw = counting(Files.newInputStream(file));
        try {
            InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }

    /** Wraps {@code in} so that every byte read moves the bar. */
    public InputStream counting(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytes++;
                }
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) {
                    bytes += n;
                }
                return n;
            }
        };
    }

    /** Counts one row done, redrawing when due. */
    public void row() {
        rows++;
        if ((rows & 0xFFF) == 0) {
            draw(false);
        }
    }

    /** Draws the final state and ends the line. */
    public void done() {
        draw(true);
        if (terminal) {
            err.println();
        }
    }

    private void draw(boolean last) {
        double share = totalBytes > 0 ? Math.min(1, (double) bytes / totalBytes) : 0;
        if (terminal) {
            long now = System.nanoTime();
            if (!last && now - lastDraw < REDRAW_NANOS) {
                return;
            }
            lastDraw = now;
            int filled = (int) Math.round(share * WIDTH);
            err.printf("\r%s [%s%s] %3d%%  %,d rows", what, "#".repeat(filled), ".".repeat(WIDTH - filled),
                    Math.round(share * 100), rows);
            err.flush();
            return;
        }
        int tenth = (int) (share * 10);
        if (last || tenth > lastTenth) {
            lastTenth = tenth;
            err.printf("%s %3d%%  %,d rows%n", what, last ? 100 : tenth * 10, rows);
        }
    }
}
