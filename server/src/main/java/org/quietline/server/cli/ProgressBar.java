package org.quietline.server.cli;

import java.io.PrintStream;
import org.quietline.classify.training.TrainingProgress;

/**
 * Draws training progress on one line of standard error: {@code [#########.........]  45%  epoch 3/8}.
 * Redraws only when the shown percentage or stage changes. Used from the training thread only.
 */
final class ProgressBar implements TrainingProgress {

    private static final int WIDTH = 30;

    private final PrintStream err;
    private int shownPercent = -1;
    private String shownStage = "";

    ProgressBar(PrintStream err) {
        this.err = err;
    }

    @Override
    public void advanced(long done, long total, String stage) {
        int percent = total == 0 ? 100 : (int) (100 * done / total);
        if (percent == shownPercent && stage.equals(shownStage)) {
            return;
        }
        shownPercent = percent;
        shownStage = stage;
        int filled = percent * WIDTH / 100;
        err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + String.format("%3d%%  %-24s", percent, stage));
        if (done >= total && stage.equals("done")) {
            err.println();
        }
        err.flush();
    }
}
