package io.iamkit.aws;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * Wraps any {@link IamClient} to count the calls made through it. A dynamic proxy rather than an
 * SDK interceptor, because the applier is handed a built client (perhaps an in-memory fake) whose
 * configuration it cannot change.
 */
final class CountingIam implements InvocationHandler {

    private final IamClient delegate;
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicInteger writes = new AtomicInteger();
    private final Map<String, AtomicInteger> byOperation = new ConcurrentHashMap<>();

    private CountingIam(IamClient delegate) {
        this.delegate = delegate;
    }

    static CountingIam around(IamClient delegate) {
        return new CountingIam(delegate);
    }

    IamClient client() {
        return (IamClient) Proxy.newProxyInstance(IamClient.class.getClassLoader(), new Class<?>[] {IamClient.class}, this);
    }

    /** Counts a call made elsewhere (STS) by name only: it is neither an IAM read nor an IAM write. */
    void noteOther(String operation) {
        byOperation.computeIfAbsent(operation, k -> new AtomicInteger()).incrementAndGet();
    }

    CallCounts counts() {
        Map<String, Integer> ops = new java.util.HashMap<>();
        byOperation.forEach((k, v) -> ops.put(k, v.get()));
        return new CallCounts(reads.get(), writes.get(), ops);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (method.getDeclaringClass() == Object.class) {
            return switch (name) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "CountingIam(" + delegate + ")";
            };
        }
        // An API call is a method answering an SdkResponse; whatever its overload (request, consumer,
        // none), it reaches the delegate once from here. Paginators would bypass the count: iamkit
        // pages by hand.
        boolean call = SdkResponse.class.isAssignableFrom(method.getReturnType());
        if (call) {
            String op = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            (CallCounts.isRead(op) ? reads : writes).incrementAndGet();
            byOperation.computeIfAbsent(op, k -> new AtomicInteger()).incrementAndGet();
        }
        try {
            return method.invoke(delegate, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
