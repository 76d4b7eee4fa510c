package io.iamkit.testkit.internal;

import software.amazon.awssdk.services.sts.model.*;

/**
 * Every STS operation the fake does not implement, failing loudly with an {@code StsException} whose
 * error code is {@code NotSupportedByFake}. Generated from the SDK's {@code StsClient} interface
 * (2.59.1); the fake's client extends it and overrides the operations it supports.
 * Paginators are left to the SDK's default methods, which call the list operations.
 */
@SuppressWarnings("deprecation")
public abstract class UnsupportedStsOperations implements software.amazon.awssdk.services.sts.StsClient {

    /** Builds the exception thrown for {@code operation}. */
    protected abstract RuntimeException unsupported(String operation);

    @Override
    public AssumeRoleResponse assumeRole(AssumeRoleRequest request) {
        throw unsupported("AssumeRole");
    }

    @Override
    public AssumeRoleWithSamlResponse assumeRoleWithSAML(AssumeRoleWithSamlRequest request) {
        throw unsupported("AssumeRoleWithSAML");
    }

    @Override
    public AssumeRoleWithWebIdentityResponse assumeRoleWithWebIdentity(AssumeRoleWithWebIdentityRequest request) {
        throw unsupported("AssumeRoleWithWebIdentity");
    }

    @Override
    public AssumeRootResponse assumeRoot(AssumeRootRequest request) {
        throw unsupported("AssumeRoot");
    }

    @Override
    public DecodeAuthorizationMessageResponse decodeAuthorizationMessage(DecodeAuthorizationMessageRequest request) {
        throw unsupported("DecodeAuthorizationMessage");
    }

    @Override
    public GetAccessKeyInfoResponse getAccessKeyInfo(GetAccessKeyInfoRequest request) {
        throw unsupported("GetAccessKeyInfo");
    }

    @Override
    public GetCallerIdentityResponse getCallerIdentity(GetCallerIdentityRequest request) {
        throw unsupported("GetCallerIdentity");
    }

    @Override
    public GetDelegatedAccessTokenResponse getDelegatedAccessToken(GetDelegatedAccessTokenRequest request) {
        throw unsupported("GetDelegatedAccessToken");
    }

    @Override
    public GetFederationTokenResponse getFederationToken(GetFederationTokenRequest request) {
        throw unsupported("GetFederationToken");
    }

    @Override
    public GetSessionTokenResponse getSessionToken(GetSessionTokenRequest request) {
        throw unsupported("GetSessionToken");
    }

    @Override
    public GetWebIdentityTokenResponse getWebIdentityToken(GetWebIdentityTokenRequest request) {
        throw unsupported("GetWebIdentityToken");
    }

}
