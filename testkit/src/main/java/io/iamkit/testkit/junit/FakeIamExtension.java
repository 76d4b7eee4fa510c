package io.iamkit.testkit.junit;

import io.iamkit.testkit.CallLog;
import io.iamkit.testkit.FakeIam;
import io.iamkit.testkit.MutableClock;
import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Resolves {@link FakeIam}, {@link IamClient}, {@link StsClient}, {@link CallLog} and
 * {@link MutableClock} parameters from one fresh fake per test. Use it through {@link WithFakeIam},
 * or with {@code @ExtendWith(FakeIamExtension.class)} for the defaults.
 */
public final class FakeIamExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FakeIamExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == FakeIam.class || type == IamClient.class || type == StsClient.class || type == CallLog.class
                || type == MutableClock.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Fixture f = fixture(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == FakeIam.class) {
            return f.fake();
        }
        if (type == IamClient.class) {
            return f.fake().iam();
        }
        if (type == StsClient.class) {
            return f.fake().sts();
        }
        if (type == CallLog.class) {
            return f.fake().callLog();
        }
        if (f.clock() == null) {
            throw new ParameterResolutionException("a MutableClock parameter needs @WithFakeIam(fixedClock = true)");
        }
        return f.clock();
    }

    private record Fixture(FakeIam fake, MutableClock clock) {
    }

    private static Fixture fixture(ExtensionContext context) {
        // Stored per test method (constructor parameters get the class-level context), so each test is fresh.
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        return store.getOrComputeIfAbsent("fixture", k -> create(context), Fixture.class);
    }

    private static Fixture create(ExtensionContext context) {
        Optional<WithFakeIam> config = find(context.getElement()).or(() -> context.getTestClass().flatMap(FakeIamExtension::find));
        FakeIam.Builder b = FakeIam.builder();
        MutableClock clock = null;
        if (config.isPresent()) {
            WithFakeIam c = config.get();
            b.accounts(c.accounts()).idSeed(c.idSeed()).permissiveAssumeRole(c.permissiveAssumeRole());
            if (c.fixedClock()) {
                clock = MutableClock.fixed();
            }
        } else {
            clock = MutableClock.fixed();
        }
        if (clock != null) {
            b.clock(clock);
        }
        return new Fixture(b.build(), clock);
    }

    private static Optional<WithFakeIam> find(Optional<? extends AnnotatedElement> element) {
        return element.flatMap(e -> AnnotationSupport.findAnnotation(e, WithFakeIam.class));
    }

    private static Optional<WithFakeIam> find(Class<?> type) {
        return AnnotationSupport.findAnnotation(type, WithFakeIam.class);
    }
}
