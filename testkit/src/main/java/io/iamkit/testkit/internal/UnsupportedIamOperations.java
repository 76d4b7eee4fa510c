package io.iamkit.testkit.internal;

import software.amazon.awssdk.services.iam.model.*;

/**
 * Every IAM operation the fake does not implement, failing loudly with an {@code IamException} whose
 * error code is {@code NotSupportedByFake}. Generated from the SDK's {@code IamClient} interface
 * (2.59.1); the fake's client extends it and overrides the operations it supports.
 * Paginators are left to the SDK's default methods, which call the list operations.
 */
@SuppressWarnings("deprecation")
public abstract class UnsupportedIamOperations implements software.amazon.awssdk.services.iam.IamClient {

    /** Builds the exception thrown for {@code operation}. */
    protected abstract RuntimeException unsupported(String operation);

    @Override
    public AcceptDelegationRequestResponse acceptDelegationRequest(AcceptDelegationRequestRequest request) {
        throw unsupported("AcceptDelegationRequest");
    }

    @Override
    public AcquireRoleResponse acquireRole(AcquireRoleRequest request) {
        throw unsupported("AcquireRole");
    }

    @Override
    public AddClientIdToOpenIdConnectProviderResponse addClientIDToOpenIDConnectProvider(AddClientIdToOpenIdConnectProviderRequest request) {
        throw unsupported("AddClientIDToOpenIDConnectProvider");
    }

    @Override
    public AddRoleToInstanceProfileResponse addRoleToInstanceProfile(AddRoleToInstanceProfileRequest request) {
        throw unsupported("AddRoleToInstanceProfile");
    }

    @Override
    public AddUserToGroupResponse addUserToGroup(AddUserToGroupRequest request) {
        throw unsupported("AddUserToGroup");
    }

    @Override
    public AssociateDelegationRequestResponse associateDelegationRequest(AssociateDelegationRequestRequest request) {
        throw unsupported("AssociateDelegationRequest");
    }

    @Override
    public AttachGroupPolicyResponse attachGroupPolicy(AttachGroupPolicyRequest request) {
        throw unsupported("AttachGroupPolicy");
    }

    @Override
    public AttachRolePolicyResponse attachRolePolicy(AttachRolePolicyRequest request) {
        throw unsupported("AttachRolePolicy");
    }

    @Override
    public AttachUserPolicyResponse attachUserPolicy(AttachUserPolicyRequest request) {
        throw unsupported("AttachUserPolicy");
    }

    @Override
    public ChangePasswordResponse changePassword(ChangePasswordRequest request) {
        throw unsupported("ChangePassword");
    }

    @Override
    public CreateAccessKeyResponse createAccessKey(CreateAccessKeyRequest request) {
        throw unsupported("CreateAccessKey");
    }

    @Override
    public CreateAccountAliasResponse createAccountAlias(CreateAccountAliasRequest request) {
        throw unsupported("CreateAccountAlias");
    }

    @Override
    public CreateDelegationRequestResponse createDelegationRequest(CreateDelegationRequestRequest request) {
        throw unsupported("CreateDelegationRequest");
    }

    @Override
    public CreateGroupResponse createGroup(CreateGroupRequest request) {
        throw unsupported("CreateGroup");
    }

    @Override
    public CreateInstanceProfileResponse createInstanceProfile(CreateInstanceProfileRequest request) {
        throw unsupported("CreateInstanceProfile");
    }

    @Override
    public CreateLoginProfileResponse createLoginProfile(CreateLoginProfileRequest request) {
        throw unsupported("CreateLoginProfile");
    }

    @Override
    public CreateOpenIdConnectProviderResponse createOpenIDConnectProvider(CreateOpenIdConnectProviderRequest request) {
        throw unsupported("CreateOpenIDConnectProvider");
    }

    @Override
    public CreatePolicyResponse createPolicy(CreatePolicyRequest request) {
        throw unsupported("CreatePolicy");
    }

    @Override
    public CreatePolicyVersionResponse createPolicyVersion(CreatePolicyVersionRequest request) {
        throw unsupported("CreatePolicyVersion");
    }

    @Override
    public CreateRoleResponse createRole(CreateRoleRequest request) {
        throw unsupported("CreateRole");
    }

    @Override
    public CreateSamlProviderResponse createSAMLProvider(CreateSamlProviderRequest request) {
        throw unsupported("CreateSAMLProvider");
    }

    @Override
    public CreateServiceLinkedRoleResponse createServiceLinkedRole(CreateServiceLinkedRoleRequest request) {
        throw unsupported("CreateServiceLinkedRole");
    }

    @Override
    public CreateServiceSpecificCredentialResponse createServiceSpecificCredential(CreateServiceSpecificCredentialRequest request) {
        throw unsupported("CreateServiceSpecificCredential");
    }

    @Override
    public CreateUserResponse createUser(CreateUserRequest request) {
        throw unsupported("CreateUser");
    }

    @Override
    public CreateVirtualMfaDeviceResponse createVirtualMFADevice(CreateVirtualMfaDeviceRequest request) {
        throw unsupported("CreateVirtualMFADevice");
    }

    @Override
    public DeactivateMfaDeviceResponse deactivateMFADevice(DeactivateMfaDeviceRequest request) {
        throw unsupported("DeactivateMFADevice");
    }

    @Override
    public DeleteAccessKeyResponse deleteAccessKey(DeleteAccessKeyRequest request) {
        throw unsupported("DeleteAccessKey");
    }

    @Override
    public DeleteAccountAliasResponse deleteAccountAlias(DeleteAccountAliasRequest request) {
        throw unsupported("DeleteAccountAlias");
    }

    @Override
    public DeleteAccountPasswordPolicyResponse deleteAccountPasswordPolicy(DeleteAccountPasswordPolicyRequest request) {
        throw unsupported("DeleteAccountPasswordPolicy");
    }

    @Override
    public DeleteGroupResponse deleteGroup(DeleteGroupRequest request) {
        throw unsupported("DeleteGroup");
    }

    @Override
    public DeleteGroupPolicyResponse deleteGroupPolicy(DeleteGroupPolicyRequest request) {
        throw unsupported("DeleteGroupPolicy");
    }

    @Override
    public DeleteInstanceProfileResponse deleteInstanceProfile(DeleteInstanceProfileRequest request) {
        throw unsupported("DeleteInstanceProfile");
    }

    @Override
    public DeleteLoginProfileResponse deleteLoginProfile(DeleteLoginProfileRequest request) {
        throw unsupported("DeleteLoginProfile");
    }

    @Override
    public DeleteOpenIdConnectProviderResponse deleteOpenIDConnectProvider(DeleteOpenIdConnectProviderRequest request) {
        throw unsupported("DeleteOpenIDConnectProvider");
    }

    @Override
    public DeletePolicyResponse deletePolicy(DeletePolicyRequest request) {
        throw unsupported("DeletePolicy");
    }

    @Override
    public DeletePolicyVersionResponse deletePolicyVersion(DeletePolicyVersionRequest request) {
        throw unsupported("DeletePolicyVersion");
    }

    @Override
    public DeleteRoleResponse deleteRole(DeleteRoleRequest request) {
        throw unsupported("DeleteRole");
    }

    @Override
    public DeleteRolePermissionsBoundaryResponse deleteRolePermissionsBoundary(DeleteRolePermissionsBoundaryRequest request) {
        throw unsupported("DeleteRolePermissionsBoundary");
    }

    @Override
    public DeleteRolePolicyResponse deleteRolePolicy(DeleteRolePolicyRequest request) {
        throw unsupported("DeleteRolePolicy");
    }

    @Override
    public DeleteSamlProviderResponse deleteSAMLProvider(DeleteSamlProviderRequest request) {
        throw unsupported("DeleteSAMLProvider");
    }

    @Override
    public DeleteSshPublicKeyResponse deleteSSHPublicKey(DeleteSshPublicKeyRequest request) {
        throw unsupported("DeleteSSHPublicKey");
    }

    @Override
    public DeleteServerCertificateResponse deleteServerCertificate(DeleteServerCertificateRequest request) {
        throw unsupported("DeleteServerCertificate");
    }

    @Override
    public DeleteServiceLinkedRoleResponse deleteServiceLinkedRole(DeleteServiceLinkedRoleRequest request) {
        throw unsupported("DeleteServiceLinkedRole");
    }

    @Override
    public DeleteServiceSpecificCredentialResponse deleteServiceSpecificCredential(DeleteServiceSpecificCredentialRequest request) {
        throw unsupported("DeleteServiceSpecificCredential");
    }

    @Override
    public DeleteSigningCertificateResponse deleteSigningCertificate(DeleteSigningCertificateRequest request) {
        throw unsupported("DeleteSigningCertificate");
    }

    @Override
    public DeleteUserResponse deleteUser(DeleteUserRequest request) {
        throw unsupported("DeleteUser");
    }

    @Override
    public DeleteUserPermissionsBoundaryResponse deleteUserPermissionsBoundary(DeleteUserPermissionsBoundaryRequest request) {
        throw unsupported("DeleteUserPermissionsBoundary");
    }

    @Override
    public DeleteUserPolicyResponse deleteUserPolicy(DeleteUserPolicyRequest request) {
        throw unsupported("DeleteUserPolicy");
    }

    @Override
    public DeleteVirtualMfaDeviceResponse deleteVirtualMFADevice(DeleteVirtualMfaDeviceRequest request) {
        throw unsupported("DeleteVirtualMFADevice");
    }

    @Override
    public DetachGroupPolicyResponse detachGroupPolicy(DetachGroupPolicyRequest request) {
        throw unsupported("DetachGroupPolicy");
    }

    @Override
    public DetachRolePolicyResponse detachRolePolicy(DetachRolePolicyRequest request) {
        throw unsupported("DetachRolePolicy");
    }

    @Override
    public DetachUserPolicyResponse detachUserPolicy(DetachUserPolicyRequest request) {
        throw unsupported("DetachUserPolicy");
    }

    @Override
    public DisableOrganizationsRootCredentialsManagementResponse disableOrganizationsRootCredentialsManagement(DisableOrganizationsRootCredentialsManagementRequest request) {
        throw unsupported("DisableOrganizationsRootCredentialsManagement");
    }

    @Override
    public DisableOrganizationsRootSessionsResponse disableOrganizationsRootSessions(DisableOrganizationsRootSessionsRequest request) {
        throw unsupported("DisableOrganizationsRootSessions");
    }

    @Override
    public DisableOutboundWebIdentityFederationResponse disableOutboundWebIdentityFederation(DisableOutboundWebIdentityFederationRequest request) {
        throw unsupported("DisableOutboundWebIdentityFederation");
    }

    @Override
    public EnableMfaDeviceResponse enableMFADevice(EnableMfaDeviceRequest request) {
        throw unsupported("EnableMFADevice");
    }

    @Override
    public EnableOrganizationsRootCredentialsManagementResponse enableOrganizationsRootCredentialsManagement(EnableOrganizationsRootCredentialsManagementRequest request) {
        throw unsupported("EnableOrganizationsRootCredentialsManagement");
    }

    @Override
    public EnableOrganizationsRootSessionsResponse enableOrganizationsRootSessions(EnableOrganizationsRootSessionsRequest request) {
        throw unsupported("EnableOrganizationsRootSessions");
    }

    @Override
    public EnableOutboundWebIdentityFederationResponse enableOutboundWebIdentityFederation(EnableOutboundWebIdentityFederationRequest request) {
        throw unsupported("EnableOutboundWebIdentityFederation");
    }

    @Override
    public GenerateCredentialReportResponse generateCredentialReport(GenerateCredentialReportRequest request) {
        throw unsupported("GenerateCredentialReport");
    }

    @Override
    public GenerateOrganizationsAccessReportResponse generateOrganizationsAccessReport(GenerateOrganizationsAccessReportRequest request) {
        throw unsupported("GenerateOrganizationsAccessReport");
    }

    @Override
    public GenerateServiceLastAccessedDetailsResponse generateServiceLastAccessedDetails(GenerateServiceLastAccessedDetailsRequest request) {
        throw unsupported("GenerateServiceLastAccessedDetails");
    }

    @Override
    public GetAccessKeyLastUsedResponse getAccessKeyLastUsed(GetAccessKeyLastUsedRequest request) {
        throw unsupported("GetAccessKeyLastUsed");
    }

    @Override
    public GetAccountAuthorizationDetailsResponse getAccountAuthorizationDetails(GetAccountAuthorizationDetailsRequest request) {
        throw unsupported("GetAccountAuthorizationDetails");
    }

    @Override
    public GetAccountPasswordPolicyResponse getAccountPasswordPolicy(GetAccountPasswordPolicyRequest request) {
        throw unsupported("GetAccountPasswordPolicy");
    }

    @Override
    public GetAccountPropertiesResponse getAccountProperties(GetAccountPropertiesRequest request) {
        throw unsupported("GetAccountProperties");
    }

    @Override
    public GetAccountSummaryResponse getAccountSummary(GetAccountSummaryRequest request) {
        throw unsupported("GetAccountSummary");
    }

    @Override
    public GetContextKeysForCustomPolicyResponse getContextKeysForCustomPolicy(GetContextKeysForCustomPolicyRequest request) {
        throw unsupported("GetContextKeysForCustomPolicy");
    }

    @Override
    public GetContextKeysForPrincipalPolicyResponse getContextKeysForPrincipalPolicy(GetContextKeysForPrincipalPolicyRequest request) {
        throw unsupported("GetContextKeysForPrincipalPolicy");
    }

    @Override
    public GetCredentialReportResponse getCredentialReport(GetCredentialReportRequest request) {
        throw unsupported("GetCredentialReport");
    }

    @Override
    public GetDelegationRequestResponse getDelegationRequest(GetDelegationRequestRequest request) {
        throw unsupported("GetDelegationRequest");
    }

    @Override
    public GetGroupResponse getGroup(GetGroupRequest request) {
        throw unsupported("GetGroup");
    }

    @Override
    public GetGroupPolicyResponse getGroupPolicy(GetGroupPolicyRequest request) {
        throw unsupported("GetGroupPolicy");
    }

    @Override
    public GetHumanReadableSummaryResponse getHumanReadableSummary(GetHumanReadableSummaryRequest request) {
        throw unsupported("GetHumanReadableSummary");
    }

    @Override
    public GetInstanceProfileResponse getInstanceProfile(GetInstanceProfileRequest request) {
        throw unsupported("GetInstanceProfile");
    }

    @Override
    public GetLoginProfileResponse getLoginProfile(GetLoginProfileRequest request) {
        throw unsupported("GetLoginProfile");
    }

    @Override
    public GetMfaDeviceResponse getMFADevice(GetMfaDeviceRequest request) {
        throw unsupported("GetMFADevice");
    }

    @Override
    public GetOpenIdConnectProviderResponse getOpenIDConnectProvider(GetOpenIdConnectProviderRequest request) {
        throw unsupported("GetOpenIDConnectProvider");
    }

    @Override
    public GetOrganizationsAccessReportResponse getOrganizationsAccessReport(GetOrganizationsAccessReportRequest request) {
        throw unsupported("GetOrganizationsAccessReport");
    }

    @Override
    public GetOutboundWebIdentityFederationInfoResponse getOutboundWebIdentityFederationInfo(GetOutboundWebIdentityFederationInfoRequest request) {
        throw unsupported("GetOutboundWebIdentityFederationInfo");
    }

    @Override
    public GetPolicyResponse getPolicy(GetPolicyRequest request) {
        throw unsupported("GetPolicy");
    }

    @Override
    public GetPolicyVersionResponse getPolicyVersion(GetPolicyVersionRequest request) {
        throw unsupported("GetPolicyVersion");
    }

    @Override
    public GetRoleResponse getRole(GetRoleRequest request) {
        throw unsupported("GetRole");
    }

    @Override
    public GetRolePolicyResponse getRolePolicy(GetRolePolicyRequest request) {
        throw unsupported("GetRolePolicy");
    }

    @Override
    public GetRoleTemplateVersionResponse getRoleTemplateVersion(GetRoleTemplateVersionRequest request) {
        throw unsupported("GetRoleTemplateVersion");
    }

    @Override
    public GetSamlProviderResponse getSAMLProvider(GetSamlProviderRequest request) {
        throw unsupported("GetSAMLProvider");
    }

    @Override
    public GetSshPublicKeyResponse getSSHPublicKey(GetSshPublicKeyRequest request) {
        throw unsupported("GetSSHPublicKey");
    }

    @Override
    public GetServerCertificateResponse getServerCertificate(GetServerCertificateRequest request) {
        throw unsupported("GetServerCertificate");
    }

    @Override
    public GetServiceLastAccessedDetailsResponse getServiceLastAccessedDetails(GetServiceLastAccessedDetailsRequest request) {
        throw unsupported("GetServiceLastAccessedDetails");
    }

    @Override
    public GetServiceLastAccessedDetailsWithEntitiesResponse getServiceLastAccessedDetailsWithEntities(GetServiceLastAccessedDetailsWithEntitiesRequest request) {
        throw unsupported("GetServiceLastAccessedDetailsWithEntities");
    }

    @Override
    public GetServiceLinkedRoleDeletionStatusResponse getServiceLinkedRoleDeletionStatus(GetServiceLinkedRoleDeletionStatusRequest request) {
        throw unsupported("GetServiceLinkedRoleDeletionStatus");
    }

    @Override
    public GetUserResponse getUser(GetUserRequest request) {
        throw unsupported("GetUser");
    }

    @Override
    public GetUserPolicyResponse getUserPolicy(GetUserPolicyRequest request) {
        throw unsupported("GetUserPolicy");
    }

    @Override
    public ListAccessKeysResponse listAccessKeys(ListAccessKeysRequest request) {
        throw unsupported("ListAccessKeys");
    }

    @Override
    public ListAccountAliasesResponse listAccountAliases(ListAccountAliasesRequest request) {
        throw unsupported("ListAccountAliases");
    }

    @Override
    public ListAttachedGroupPoliciesResponse listAttachedGroupPolicies(ListAttachedGroupPoliciesRequest request) {
        throw unsupported("ListAttachedGroupPolicies");
    }

    @Override
    public ListAttachedRolePoliciesResponse listAttachedRolePolicies(ListAttachedRolePoliciesRequest request) {
        throw unsupported("ListAttachedRolePolicies");
    }

    @Override
    public ListAttachedUserPoliciesResponse listAttachedUserPolicies(ListAttachedUserPoliciesRequest request) {
        throw unsupported("ListAttachedUserPolicies");
    }

    @Override
    public ListDelegationRequestsResponse listDelegationRequests(ListDelegationRequestsRequest request) {
        throw unsupported("ListDelegationRequests");
    }

    @Override
    public ListEntitiesForPolicyResponse listEntitiesForPolicy(ListEntitiesForPolicyRequest request) {
        throw unsupported("ListEntitiesForPolicy");
    }

    @Override
    public ListGroupPoliciesResponse listGroupPolicies(ListGroupPoliciesRequest request) {
        throw unsupported("ListGroupPolicies");
    }

    @Override
    public ListGroupsResponse listGroups(ListGroupsRequest request) {
        throw unsupported("ListGroups");
    }

    @Override
    public ListGroupsForUserResponse listGroupsForUser(ListGroupsForUserRequest request) {
        throw unsupported("ListGroupsForUser");
    }

    @Override
    public ListInstanceProfileTagsResponse listInstanceProfileTags(ListInstanceProfileTagsRequest request) {
        throw unsupported("ListInstanceProfileTags");
    }

    @Override
    public ListInstanceProfilesResponse listInstanceProfiles(ListInstanceProfilesRequest request) {
        throw unsupported("ListInstanceProfiles");
    }

    @Override
    public ListInstanceProfilesForRoleResponse listInstanceProfilesForRole(ListInstanceProfilesForRoleRequest request) {
        throw unsupported("ListInstanceProfilesForRole");
    }

    @Override
    public ListMfaDeviceTagsResponse listMFADeviceTags(ListMfaDeviceTagsRequest request) {
        throw unsupported("ListMFADeviceTags");
    }

    @Override
    public ListMfaDevicesResponse listMFADevices(ListMfaDevicesRequest request) {
        throw unsupported("ListMFADevices");
    }

    @Override
    public ListOpenIdConnectProviderTagsResponse listOpenIDConnectProviderTags(ListOpenIdConnectProviderTagsRequest request) {
        throw unsupported("ListOpenIDConnectProviderTags");
    }

    @Override
    public ListOpenIdConnectProvidersResponse listOpenIDConnectProviders(ListOpenIdConnectProvidersRequest request) {
        throw unsupported("ListOpenIDConnectProviders");
    }

    @Override
    public ListOrganizationsFeaturesResponse listOrganizationsFeatures(ListOrganizationsFeaturesRequest request) {
        throw unsupported("ListOrganizationsFeatures");
    }

    @Override
    public ListPoliciesResponse listPolicies(ListPoliciesRequest request) {
        throw unsupported("ListPolicies");
    }

    @Override
    public ListPoliciesGrantingServiceAccessResponse listPoliciesGrantingServiceAccess(ListPoliciesGrantingServiceAccessRequest request) {
        throw unsupported("ListPoliciesGrantingServiceAccess");
    }

    @Override
    public ListPolicyTagsResponse listPolicyTags(ListPolicyTagsRequest request) {
        throw unsupported("ListPolicyTags");
    }

    @Override
    public ListPolicyVersionsResponse listPolicyVersions(ListPolicyVersionsRequest request) {
        throw unsupported("ListPolicyVersions");
    }

    @Override
    public ListRolePoliciesResponse listRolePolicies(ListRolePoliciesRequest request) {
        throw unsupported("ListRolePolicies");
    }

    @Override
    public ListRoleTagsResponse listRoleTags(ListRoleTagsRequest request) {
        throw unsupported("ListRoleTags");
    }

    @Override
    public ListRolesResponse listRoles(ListRolesRequest request) {
        throw unsupported("ListRoles");
    }

    @Override
    public ListSamlProviderTagsResponse listSAMLProviderTags(ListSamlProviderTagsRequest request) {
        throw unsupported("ListSAMLProviderTags");
    }

    @Override
    public ListSamlProvidersResponse listSAMLProviders(ListSamlProvidersRequest request) {
        throw unsupported("ListSAMLProviders");
    }

    @Override
    public ListSshPublicKeysResponse listSSHPublicKeys(ListSshPublicKeysRequest request) {
        throw unsupported("ListSSHPublicKeys");
    }

    @Override
    public ListServerCertificateTagsResponse listServerCertificateTags(ListServerCertificateTagsRequest request) {
        throw unsupported("ListServerCertificateTags");
    }

    @Override
    public ListServerCertificatesResponse listServerCertificates(ListServerCertificatesRequest request) {
        throw unsupported("ListServerCertificates");
    }

    @Override
    public ListServiceSpecificCredentialsResponse listServiceSpecificCredentials(ListServiceSpecificCredentialsRequest request) {
        throw unsupported("ListServiceSpecificCredentials");
    }

    @Override
    public ListSigningCertificatesResponse listSigningCertificates(ListSigningCertificatesRequest request) {
        throw unsupported("ListSigningCertificates");
    }

    @Override
    public ListUserPoliciesResponse listUserPolicies(ListUserPoliciesRequest request) {
        throw unsupported("ListUserPolicies");
    }

    @Override
    public ListUserTagsResponse listUserTags(ListUserTagsRequest request) {
        throw unsupported("ListUserTags");
    }

    @Override
    public ListUsersResponse listUsers(ListUsersRequest request) {
        throw unsupported("ListUsers");
    }

    @Override
    public ListVirtualMfaDevicesResponse listVirtualMFADevices(ListVirtualMfaDevicesRequest request) {
        throw unsupported("ListVirtualMFADevices");
    }

    @Override
    public PutAccountPropertiesResponse putAccountProperties(PutAccountPropertiesRequest request) {
        throw unsupported("PutAccountProperties");
    }

    @Override
    public PutGroupPolicyResponse putGroupPolicy(PutGroupPolicyRequest request) {
        throw unsupported("PutGroupPolicy");
    }

    @Override
    public PutRolePermissionsBoundaryResponse putRolePermissionsBoundary(PutRolePermissionsBoundaryRequest request) {
        throw unsupported("PutRolePermissionsBoundary");
    }

    @Override
    public PutRolePolicyResponse putRolePolicy(PutRolePolicyRequest request) {
        throw unsupported("PutRolePolicy");
    }

    @Override
    public PutUserPermissionsBoundaryResponse putUserPermissionsBoundary(PutUserPermissionsBoundaryRequest request) {
        throw unsupported("PutUserPermissionsBoundary");
    }

    @Override
    public PutUserPolicyResponse putUserPolicy(PutUserPolicyRequest request) {
        throw unsupported("PutUserPolicy");
    }

    @Override
    public RejectDelegationRequestResponse rejectDelegationRequest(RejectDelegationRequestRequest request) {
        throw unsupported("RejectDelegationRequest");
    }

    @Override
    public RemoveClientIdFromOpenIdConnectProviderResponse removeClientIDFromOpenIDConnectProvider(RemoveClientIdFromOpenIdConnectProviderRequest request) {
        throw unsupported("RemoveClientIDFromOpenIDConnectProvider");
    }

    @Override
    public RemoveRoleFromInstanceProfileResponse removeRoleFromInstanceProfile(RemoveRoleFromInstanceProfileRequest request) {
        throw unsupported("RemoveRoleFromInstanceProfile");
    }

    @Override
    public RemoveUserFromGroupResponse removeUserFromGroup(RemoveUserFromGroupRequest request) {
        throw unsupported("RemoveUserFromGroup");
    }

    @Override
    public ResetServiceSpecificCredentialResponse resetServiceSpecificCredential(ResetServiceSpecificCredentialRequest request) {
        throw unsupported("ResetServiceSpecificCredential");
    }

    @Override
    public ResyncMfaDeviceResponse resyncMFADevice(ResyncMfaDeviceRequest request) {
        throw unsupported("ResyncMFADevice");
    }

    @Override
    public SendDelegationTokenResponse sendDelegationToken(SendDelegationTokenRequest request) {
        throw unsupported("SendDelegationToken");
    }

    @Override
    public SetDefaultPolicyVersionResponse setDefaultPolicyVersion(SetDefaultPolicyVersionRequest request) {
        throw unsupported("SetDefaultPolicyVersion");
    }

    @Override
    public SetSecurityTokenServicePreferencesResponse setSecurityTokenServicePreferences(SetSecurityTokenServicePreferencesRequest request) {
        throw unsupported("SetSecurityTokenServicePreferences");
    }

    @Override
    public SimulateCustomPolicyResponse simulateCustomPolicy(SimulateCustomPolicyRequest request) {
        throw unsupported("SimulateCustomPolicy");
    }

    @Override
    public SimulatePrincipalPolicyResponse simulatePrincipalPolicy(SimulatePrincipalPolicyRequest request) {
        throw unsupported("SimulatePrincipalPolicy");
    }

    @Override
    public TagInstanceProfileResponse tagInstanceProfile(TagInstanceProfileRequest request) {
        throw unsupported("TagInstanceProfile");
    }

    @Override
    public TagMfaDeviceResponse tagMFADevice(TagMfaDeviceRequest request) {
        throw unsupported("TagMFADevice");
    }

    @Override
    public TagOpenIdConnectProviderResponse tagOpenIDConnectProvider(TagOpenIdConnectProviderRequest request) {
        throw unsupported("TagOpenIDConnectProvider");
    }

    @Override
    public TagPolicyResponse tagPolicy(TagPolicyRequest request) {
        throw unsupported("TagPolicy");
    }

    @Override
    public TagRoleResponse tagRole(TagRoleRequest request) {
        throw unsupported("TagRole");
    }

    @Override
    public TagSamlProviderResponse tagSAMLProvider(TagSamlProviderRequest request) {
        throw unsupported("TagSAMLProvider");
    }

    @Override
    public TagServerCertificateResponse tagServerCertificate(TagServerCertificateRequest request) {
        throw unsupported("TagServerCertificate");
    }

    @Override
    public TagUserResponse tagUser(TagUserRequest request) {
        throw unsupported("TagUser");
    }

    @Override
    public UntagInstanceProfileResponse untagInstanceProfile(UntagInstanceProfileRequest request) {
        throw unsupported("UntagInstanceProfile");
    }

    @Override
    public UntagMfaDeviceResponse untagMFADevice(UntagMfaDeviceRequest request) {
        throw unsupported("UntagMFADevice");
    }

    @Override
    public UntagOpenIdConnectProviderResponse untagOpenIDConnectProvider(UntagOpenIdConnectProviderRequest request) {
        throw unsupported("UntagOpenIDConnectProvider");
    }

    @Override
    public UntagPolicyResponse untagPolicy(UntagPolicyRequest request) {
        throw unsupported("UntagPolicy");
    }

    @Override
    public UntagRoleResponse untagRole(UntagRoleRequest request) {
        throw unsupported("UntagRole");
    }

    @Override
    public UntagSamlProviderResponse untagSAMLProvider(UntagSamlProviderRequest request) {
        throw unsupported("UntagSAMLProvider");
    }

    @Override
    public UntagServerCertificateResponse untagServerCertificate(UntagServerCertificateRequest request) {
        throw unsupported("UntagServerCertificate");
    }

    @Override
    public UntagUserResponse untagUser(UntagUserRequest request) {
        throw unsupported("UntagUser");
    }

    @Override
    public UpdateAccessKeyResponse updateAccessKey(UpdateAccessKeyRequest request) {
        throw unsupported("UpdateAccessKey");
    }

    @Override
    public UpdateAccountPasswordPolicyResponse updateAccountPasswordPolicy(UpdateAccountPasswordPolicyRequest request) {
        throw unsupported("UpdateAccountPasswordPolicy");
    }

    @Override
    public UpdateAssumeRolePolicyResponse updateAssumeRolePolicy(UpdateAssumeRolePolicyRequest request) {
        throw unsupported("UpdateAssumeRolePolicy");
    }

    @Override
    public UpdateDelegationRequestResponse updateDelegationRequest(UpdateDelegationRequestRequest request) {
        throw unsupported("UpdateDelegationRequest");
    }

    @Override
    public UpdateGroupResponse updateGroup(UpdateGroupRequest request) {
        throw unsupported("UpdateGroup");
    }

    @Override
    public UpdateLoginProfileResponse updateLoginProfile(UpdateLoginProfileRequest request) {
        throw unsupported("UpdateLoginProfile");
    }

    @Override
    public UpdateOpenIdConnectProviderThumbprintResponse updateOpenIDConnectProviderThumbprint(UpdateOpenIdConnectProviderThumbprintRequest request) {
        throw unsupported("UpdateOpenIDConnectProviderThumbprint");
    }

    @Override
    public UpdateRoleResponse updateRole(UpdateRoleRequest request) {
        throw unsupported("UpdateRole");
    }

    @Override
    public UpdateRoleDescriptionResponse updateRoleDescription(UpdateRoleDescriptionRequest request) {
        throw unsupported("UpdateRoleDescription");
    }

    @Override
    public UpdateSamlProviderResponse updateSAMLProvider(UpdateSamlProviderRequest request) {
        throw unsupported("UpdateSAMLProvider");
    }

    @Override
    public UpdateSshPublicKeyResponse updateSSHPublicKey(UpdateSshPublicKeyRequest request) {
        throw unsupported("UpdateSSHPublicKey");
    }

    @Override
    public UpdateServerCertificateResponse updateServerCertificate(UpdateServerCertificateRequest request) {
        throw unsupported("UpdateServerCertificate");
    }

    @Override
    public UpdateServiceSpecificCredentialResponse updateServiceSpecificCredential(UpdateServiceSpecificCredentialRequest request) {
        throw unsupported("UpdateServiceSpecificCredential");
    }

    @Override
    public UpdateSigningCertificateResponse updateSigningCertificate(UpdateSigningCertificateRequest request) {
        throw unsupported("UpdateSigningCertificate");
    }

    @Override
    public UpdateUserResponse updateUser(UpdateUserRequest request) {
        throw unsupported("UpdateUser");
    }

    @Override
    public UploadSshPublicKeyResponse uploadSSHPublicKey(UploadSshPublicKeyRequest request) {
        throw unsupported("UploadSSHPublicKey");
    }

    @Override
    public UploadServerCertificateResponse uploadServerCertificate(UploadServerCertificateRequest request) {
        throw unsupported("UploadServerCertificate");
    }

    @Override
    public UploadSigningCertificateResponse uploadSigningCertificate(UploadSigningCertificateRequest request) {
        throw unsupported("UploadSigningCertificate");
    }

}
