package io.iamkit.eval;

import java.util.ArrayList;
import java.util.List;

/** Collects the explanation while evaluating in explain mode; absent (null) on the fast path. */
final class Trace {

    final List<Finding> findings = new ArrayList<>();
    private String failure;

    void failure(String why) {
        failure = why;
    }

    /** The last recorded reason a statement did not apply, cleared on read. */
    String takeFailure() {
        String f = failure;
        failure = null;
        return f;
    }

    void add(Finding f) {
        findings.add(f);
    }
}
