package io.iamkit.aws;

import java.util.List;

/**
 * Hears how a plan or apply progresses, for a progress display. With parallelism above one the
 * methods are called from several threads at once, so implementations must be thread-safe.
 */
public interface ProgressListener {

    /** Does nothing. */
    ProgressListener NONE = new ProgressListener() {
    };

    /** Work is about to start on {@code units} roles and policies. */
    default void started(int units) {
    }

    /** A role or policy ({@code role/NAME}, {@code policy/ARN}) was read and compared. */
    default void planned(String target, List<Change> changes) {
    }

    /** A change was made. */
    default void applied(Change change) {
    }

    /** A change failed after every retry. */
    default void failed(Change change, RuntimeException error) {
    }

    /** A role or policy is finished (planned, or planned and applied). */
    default void finished(String target) {
    }
}
