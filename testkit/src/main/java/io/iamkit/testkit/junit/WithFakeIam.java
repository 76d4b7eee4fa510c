package io.iamkit.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives every test a fresh {@link io.iamkit.testkit.FakeIam}: declare a {@code FakeIam},
 * {@code IamClient}, {@code StsClient} or {@code CallLog} parameter and it is filled in. Parameters
 * of one test share one fake; no state leaks between tests.
 *
 * <pre>{@code
 * @WithFakeIam
 * class DeployerTest {
 *     @Test
 *     void createsTheRole(IamClient iam, CallLog log) { ... }
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FakeIamExtension.class)
public @interface WithFakeIam {

    /** The accounts; the first is the default. Empty means {@value io.iamkit.testkit.FakeIam#DEFAULT_ACCOUNT}. */
    String[] accounts() default {};

    /** Seeds ids. */
    long idSeed() default 20_250_101L;

    /** AssumeRole without trust checks, as moto does. */
    boolean permissiveAssumeRole() default false;

    /** Run on a {@link io.iamkit.testkit.MutableClock} standing at 2025-01-01T00:00:00Z (a {@code MutableClock} parameter reaches it). */
    boolean fixedClock() default true;
}
