package org.likelihoodlab.ui;

import java.util.ArrayDeque;
import org.likelihoodlab.experiment.Scenario;

/**
 * The settings as they were before each change, for Ctrl+Z. Changes less than 0.4 s apart (a
 * slider drag, typing) count as one, so one undo goes back to before the drag.
 */
final class UndoHistory {

    private static final long SETTLE_NANOS = 400_000_000L;
    private static final int DEPTH = 100;
    private final ArrayDeque<Scenario> stack = new ArrayDeque<>();
    private long lastChange;

    /** Notes that the settings are about to change from {@code before}. */
    void changed(Scenario before) {
        long t = System.nanoTime();
        if (stack.isEmpty() || t - lastChange > SETTLE_NANOS) {
            stack.push(before);
            while (stack.size() > DEPTH) {
                stack.removeLast();
            }
        }
        lastChange = t;
    }

    /** Ends the current run of coalesced changes: the next change is undone on its own. */
    void settle() {
        lastChange = Long.MIN_VALUE / 2;
    }

    /** @return the settings before the last change, or {@code null} if there is none */
    Scenario pop() {
        return stack.poll();
    }

    /** Forgets every earlier setting (another run of the race is shown). */
    void clear() {
        stack.clear();
    }

    int depth() {
        return stack.size();
    }
}
