package io.iamkit;

import java.util.List;

/**
 * The one exception type iamkit throws for input a user can get wrong: malformed JSON, names over
 * IAM's limits, unknown operators, hostile patterns. It always carries the {@linkplain #problems()
 * problems} found, each with a location and a message a person can act on, so a caller never has
 * to parse the message text.
 */
public class IamkitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<Problem> problems;

    public IamkitException(List<Problem> problems) {
        super(summarize(problems));
        this.problems = List.copyOf(problems);
    }

    public IamkitException(Problem problem) {
        this(List.of(problem));
    }

    public IamkitException(Problem problem, Throwable cause) {
        super(summarize(List.of(problem)), cause);
        this.problems = List.of(problem);
    }

    /** Every problem found, in document order; never empty. */
    public List<Problem> problems() {
        return problems;
    }

    /** The location of the first problem, such as {@code role ecsTaskExecutionRole /Statement/0/Action}. */
    public String location() {
        return problems.get(0).location();
    }

    private static String summarize(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an IamkitException needs at least one problem");
        }
        if (problems.size() == 1) {
            return problems.get(0).toString();
        }
        StringBuilder sb = new StringBuilder(problems.size() + " problems:");
        for (Problem p : problems) {
            sb.append("\n  - ").append(p);
        }
        return sb.toString();
    }
}
