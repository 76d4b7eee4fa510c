package io.iamkit.testkit.internal;

import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityRequest;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/** The fake's {@link software.amazon.awssdk.services.sts.StsClient}: GetCallerIdentity and AssumeRole. */
public final class FakeStsClient extends UnsupportedStsOperations {

    private final Engine engine;
    private final Caller caller;
    private final StsOps ops;

    public FakeStsClient(Engine engine, Caller caller) {
        this.engine = engine;
        this.caller = caller;
        this.ops = new StsOps(engine);
    }

    public Caller caller() {
        return caller;
    }

    @Override
    protected RuntimeException unsupported(String operation) {
        return Errors.sts("NotSupportedByFake", operation + " is not supported by the fake STS of iamkit's testkit; supported: GetCallerIdentity, AssumeRole");
    }

    @Override
    public GetCallerIdentityResponse getCallerIdentity(GetCallerIdentityRequest request) {
        return engine.call("sts", "GetCallerIdentity", caller, request, () -> ops.getCallerIdentity(caller));
    }

    @Override
    public AssumeRoleResponse assumeRole(AssumeRoleRequest request) {
        return engine.call("sts", "AssumeRole", caller, request, () -> ops.assumeRole(caller, request));
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
        // The state belongs to the FakeIam.
    }

}
