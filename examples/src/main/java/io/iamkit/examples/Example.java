package io.iamkit.examples;

import io.iamkit.spec.IamSpec;
import java.util.List;

/** One use case: the roles it declares and the questions that show they are least privilege. */
public interface Example {

    /** A title for the output. */
    String title();

    /** The roles and policies, for the account (and region) they will live in. */
    IamSpec spec(String account, String region);

    /** Simulated questions about the spec, with the answers least privilege demands. */
    List<Verdict> verdicts(IamSpec spec, String account, String region);
}
