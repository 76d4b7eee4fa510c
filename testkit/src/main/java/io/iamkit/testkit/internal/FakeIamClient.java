package io.iamkit.testkit.internal;

import software.amazon.awssdk.services.iam.model.*;

/**
 * The fake's {@link software.amazon.awssdk.services.iam.IamClient}: one caller's view of an {@link
 * Engine}. Each supported operation runs through {@link Engine#call}; every other operation fails
 * with {@code NotSupportedByFake} (see {@link UnsupportedIamOperations}). The {@code Consumer<Builder>}
 * overloads and paginators are the SDK's own default methods, which land here.
 */
public final class FakeIamClient extends UnsupportedIamOperations {

    private final Engine engine;
    private final Caller caller;
    private final RoleOps roles;
    private final PolicyOps policies;
    private final ProfileOps profiles;
    private final Simulator simulator;

    public FakeIamClient(Engine engine, Caller caller) {
        this.engine = engine;
        this.caller = caller;
        this.roles = engine.roleOps();
        this.policies = engine.policyOps();
        this.profiles = engine.profileOps();
        this.simulator = new Simulator(engine);
    }

    /** Who this client calls as. */
    public Caller caller() {
        return caller;
    }

    @Override
    protected RuntimeException unsupported(String operation) {
        return Errors.iam("NotSupportedByFake", operation + " is not supported by the fake IAM of iamkit's testkit; "
                + "supported: roles, role tags, permissions boundaries, inline role policies, managed policies and versions, "
                + "attachments, instance profiles, GetAccountSummary, SimulatePrincipalPolicy, SimulateCustomPolicy");
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
        // Nothing to release: the state belongs to the FakeIam, which outlives its clients.
    }

    @Override
    public CreateRoleResponse createRole(CreateRoleRequest request) {
        return engine.call("iam", "CreateRole", caller, request, () -> roles.createRole(caller, request));
    }

    @Override
    public GetRoleResponse getRole(GetRoleRequest request) {
        return engine.call("iam", "GetRole", caller, request, () -> roles.getRole(caller, request));
    }

    @Override
    public UpdateRoleResponse updateRole(UpdateRoleRequest request) {
        return engine.call("iam", "UpdateRole", caller, request, () -> roles.updateRole(caller, request));
    }

    @Override
    public UpdateRoleDescriptionResponse updateRoleDescription(UpdateRoleDescriptionRequest request) {
        return engine.call("iam", "UpdateRoleDescription", caller, request, () -> roles.updateRoleDescription(caller, request));
    }

    @Override
    public UpdateAssumeRolePolicyResponse updateAssumeRolePolicy(UpdateAssumeRolePolicyRequest request) {
        return engine.call("iam", "UpdateAssumeRolePolicy", caller, request, () -> roles.updateAssumeRolePolicy(caller, request));
    }

    @Override
    public DeleteRoleResponse deleteRole(DeleteRoleRequest request) {
        return engine.call("iam", "DeleteRole", caller, request, () -> roles.deleteRole(caller, request));
    }

    @Override
    public ListRolesResponse listRoles(ListRolesRequest request) {
        return engine.call("iam", "ListRoles", caller, request, () -> roles.listRoles(caller, request));
    }

    @Override
    public TagRoleResponse tagRole(TagRoleRequest request) {
        return engine.call("iam", "TagRole", caller, request, () -> roles.tagRole(caller, request));
    }

    @Override
    public UntagRoleResponse untagRole(UntagRoleRequest request) {
        return engine.call("iam", "UntagRole", caller, request, () -> roles.untagRole(caller, request));
    }

    @Override
    public ListRoleTagsResponse listRoleTags(ListRoleTagsRequest request) {
        return engine.call("iam", "ListRoleTags", caller, request, () -> roles.listRoleTags(caller, request));
    }

    @Override
    public PutRolePermissionsBoundaryResponse putRolePermissionsBoundary(PutRolePermissionsBoundaryRequest request) {
        return engine.call("iam", "PutRolePermissionsBoundary", caller, request, () -> roles.putRolePermissionsBoundary(caller, request));
    }

    @Override
    public DeleteRolePermissionsBoundaryResponse deleteRolePermissionsBoundary(DeleteRolePermissionsBoundaryRequest request) {
        return engine.call("iam", "DeleteRolePermissionsBoundary", caller, request, () -> roles.deleteRolePermissionsBoundary(caller, request));
    }

    @Override
    public PutRolePolicyResponse putRolePolicy(PutRolePolicyRequest request) {
        return engine.call("iam", "PutRolePolicy", caller, request, () -> roles.putRolePolicy(caller, request));
    }

    @Override
    public GetRolePolicyResponse getRolePolicy(GetRolePolicyRequest request) {
        return engine.call("iam", "GetRolePolicy", caller, request, () -> roles.getRolePolicy(caller, request));
    }

    @Override
    public DeleteRolePolicyResponse deleteRolePolicy(DeleteRolePolicyRequest request) {
        return engine.call("iam", "DeleteRolePolicy", caller, request, () -> roles.deleteRolePolicy(caller, request));
    }

    @Override
    public ListRolePoliciesResponse listRolePolicies(ListRolePoliciesRequest request) {
        return engine.call("iam", "ListRolePolicies", caller, request, () -> roles.listRolePolicies(caller, request));
    }

    @Override
    public CreatePolicyResponse createPolicy(CreatePolicyRequest request) {
        return engine.call("iam", "CreatePolicy", caller, request, () -> policies.createPolicy(caller, request));
    }

    @Override
    public GetPolicyResponse getPolicy(GetPolicyRequest request) {
        return engine.call("iam", "GetPolicy", caller, request, () -> policies.getPolicy(caller, request));
    }

    @Override
    public DeletePolicyResponse deletePolicy(DeletePolicyRequest request) {
        return engine.call("iam", "DeletePolicy", caller, request, () -> policies.deletePolicy(caller, request));
    }

    @Override
    public ListPoliciesResponse listPolicies(ListPoliciesRequest request) {
        return engine.call("iam", "ListPolicies", caller, request, () -> policies.listPolicies(caller, request));
    }

    @Override
    public TagPolicyResponse tagPolicy(TagPolicyRequest request) {
        return engine.call("iam", "TagPolicy", caller, request, () -> policies.tagPolicy(caller, request));
    }

    @Override
    public UntagPolicyResponse untagPolicy(UntagPolicyRequest request) {
        return engine.call("iam", "UntagPolicy", caller, request, () -> policies.untagPolicy(caller, request));
    }

    @Override
    public ListPolicyTagsResponse listPolicyTags(ListPolicyTagsRequest request) {
        return engine.call("iam", "ListPolicyTags", caller, request, () -> policies.listPolicyTags(caller, request));
    }

    @Override
    public CreatePolicyVersionResponse createPolicyVersion(CreatePolicyVersionRequest request) {
        return engine.call("iam", "CreatePolicyVersion", caller, request, () -> policies.createPolicyVersion(caller, request));
    }

    @Override
    public GetPolicyVersionResponse getPolicyVersion(GetPolicyVersionRequest request) {
        return engine.call("iam", "GetPolicyVersion", caller, request, () -> policies.getPolicyVersion(caller, request));
    }

    @Override
    public DeletePolicyVersionResponse deletePolicyVersion(DeletePolicyVersionRequest request) {
        return engine.call("iam", "DeletePolicyVersion", caller, request, () -> policies.deletePolicyVersion(caller, request));
    }

    @Override
    public ListPolicyVersionsResponse listPolicyVersions(ListPolicyVersionsRequest request) {
        return engine.call("iam", "ListPolicyVersions", caller, request, () -> policies.listPolicyVersions(caller, request));
    }

    @Override
    public SetDefaultPolicyVersionResponse setDefaultPolicyVersion(SetDefaultPolicyVersionRequest request) {
        return engine.call("iam", "SetDefaultPolicyVersion", caller, request, () -> policies.setDefaultPolicyVersion(caller, request));
    }

    @Override
    public AttachRolePolicyResponse attachRolePolicy(AttachRolePolicyRequest request) {
        return engine.call("iam", "AttachRolePolicy", caller, request, () -> policies.attachRolePolicy(caller, request));
    }

    @Override
    public DetachRolePolicyResponse detachRolePolicy(DetachRolePolicyRequest request) {
        return engine.call("iam", "DetachRolePolicy", caller, request, () -> policies.detachRolePolicy(caller, request));
    }

    @Override
    public ListAttachedRolePoliciesResponse listAttachedRolePolicies(ListAttachedRolePoliciesRequest request) {
        return engine.call("iam", "ListAttachedRolePolicies", caller, request, () -> policies.listAttachedRolePolicies(caller, request));
    }

    @Override
    public ListEntitiesForPolicyResponse listEntitiesForPolicy(ListEntitiesForPolicyRequest request) {
        return engine.call("iam", "ListEntitiesForPolicy", caller, request, () -> policies.listEntitiesForPolicy(caller, request));
    }

    @Override
    public CreateInstanceProfileResponse createInstanceProfile(CreateInstanceProfileRequest request) {
        return engine.call("iam", "CreateInstanceProfile", caller, request, () -> profiles.createInstanceProfile(caller, request));
    }

    @Override
    public GetInstanceProfileResponse getInstanceProfile(GetInstanceProfileRequest request) {
        return engine.call("iam", "GetInstanceProfile", caller, request, () -> profiles.getInstanceProfile(caller, request));
    }

    @Override
    public DeleteInstanceProfileResponse deleteInstanceProfile(DeleteInstanceProfileRequest request) {
        return engine.call("iam", "DeleteInstanceProfile", caller, request, () -> profiles.deleteInstanceProfile(caller, request));
    }

    @Override
    public ListInstanceProfilesResponse listInstanceProfiles(ListInstanceProfilesRequest request) {
        return engine.call("iam", "ListInstanceProfiles", caller, request, () -> profiles.listInstanceProfiles(caller, request));
    }

    @Override
    public AddRoleToInstanceProfileResponse addRoleToInstanceProfile(AddRoleToInstanceProfileRequest request) {
        return engine.call("iam", "AddRoleToInstanceProfile", caller, request, () -> profiles.addRoleToInstanceProfile(caller, request));
    }

    @Override
    public RemoveRoleFromInstanceProfileResponse removeRoleFromInstanceProfile(RemoveRoleFromInstanceProfileRequest request) {
        return engine.call("iam", "RemoveRoleFromInstanceProfile", caller, request, () -> profiles.removeRoleFromInstanceProfile(caller, request));
    }

    @Override
    public ListInstanceProfilesForRoleResponse listInstanceProfilesForRole(ListInstanceProfilesForRoleRequest request) {
        return engine.call("iam", "ListInstanceProfilesForRole", caller, request, () -> profiles.listInstanceProfilesForRole(caller, request));
    }

    @Override
    public GetAccountSummaryResponse getAccountSummary(GetAccountSummaryRequest request) {
        return engine.call("iam", "GetAccountSummary", caller, request, () -> profiles.getAccountSummary(caller, request));
    }

    @Override
    public SimulatePrincipalPolicyResponse simulatePrincipalPolicy(SimulatePrincipalPolicyRequest request) {
        return engine.call("iam", "SimulatePrincipalPolicy", caller, request, () -> simulator.simulatePrincipalPolicy(caller, request));
    }

    @Override
    public SimulateCustomPolicyResponse simulateCustomPolicy(SimulateCustomPolicyRequest request) {
        return engine.call("iam", "SimulateCustomPolicy", caller, request, () -> simulator.simulateCustomPolicy(caller, request));
    }

}
