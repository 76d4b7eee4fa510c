package io.iamkit.validate;

import io.iamkit.IamkitException;
import io.iamkit.Problem;
import io.iamkit.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a validator found, in document order. Valid means no {@link Severity#ERROR}: warnings
 * describe documents IAM accepts.
 *
 * @param problems every problem found; unmodifiable
 */
public record ValidationResult(List<Problem> problems) {

    private static final ValidationResult VALID = new ValidationResult(List.of());

    public ValidationResult {
        problems = List.copyOf(problems);
    }

    public static ValidationResult valid() {
        return VALID;
    }

    public static ValidationResult of(List<Problem> problems) {
        return problems.isEmpty() ? VALID : new ValidationResult(problems);
    }

    /** True when IAM would accept it: no problem of severity ERROR. */
    public boolean isValid() {
        return problems.stream().noneMatch(p -> p.severity() == Severity.ERROR);
    }

    public List<Problem> errors() {
        return problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
    }

    /** Everything that is not an error. */
    public List<Problem> warnings() {
        return problems.stream().filter(p -> p.severity() != Severity.ERROR).toList();
    }

    /** The problems with this {@linkplain Codes code}. */
    public List<Problem> withCode(String code) {
        return problems.stream().filter(p -> p.code().equals(code)).toList();
    }

    /** This result followed by {@code other}'s problems. */
    public ValidationResult and(ValidationResult other) {
        if (other.problems.isEmpty()) {
            return this;
        }
        List<Problem> all = new ArrayList<>(problems);
        all.addAll(other.problems);
        return new ValidationResult(all);
    }

    /**
     * Returns this result when it is valid; otherwise throws an {@link IamkitException} carrying every
     * error (warnings stay in the result, which the exception does not carry).
     */
    public ValidationResult orThrow() {
        if (!isValid()) {
            throw new IamkitException(errors());
        }
        return this;
    }
}
