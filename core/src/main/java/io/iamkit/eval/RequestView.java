package io.iamkit.eval;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One request as the compiled policies read it: the principal parsed once, the action folded to
 * lower case, the accounts settled, and context keys looked up ignoring case with the facts AWS
 * derives from the principal as a fallback.
 */
final class RequestView implements Template.Variables {

    final EvaluationRequest request;
    final PrincipalIdentity identity;
    final String lowerAction;
    final String resource;
    final String principalAccount;
    final String resourceAccount;
    private final RequestContext context;

    RequestView(EvaluationRequest request) {
        this.request = Objects.requireNonNull(request, "request: null; build one with EvaluationRequest.builder()");
        this.identity = PrincipalIdentity.parse(request.principal());
        this.lowerAction = lower(request.action());
        this.resource = request.resource();
        this.context = (RequestContext) request.context();
        String account = identity.account();
        if (account == null && identity.isAwsIdentity()) {
            account = first(context.lookupLower("aws:principalaccount"));
        }
        this.principalAccount = account;
        String ra = request.resourceAccount();
        if (ra == null) {
            ra = EvaluationRequest.accountOfArn(resource);
        }
        this.resourceAccount = ra != null ? ra : account;
    }

    /** ASCII fast path: most actions need no copy. */
    static String lower(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'A' && c <= 'Z') || c >= 128) {
                return s.toLowerCase(Locale.ROOT);
            }
        }
        return s;
    }

    boolean sameAccount() {
        return principalAccount != null && principalAccount.equals(resourceAccount);
    }

    /** The values of a condition key (lower case), from the context, else derived; null when absent. */
    List<String> values(String lowerKey) {
        List<String> v = context.lookupLower(lowerKey);
        if (v != null) {
            return v;
        }
        String derived = derived(lowerKey);
        return derived == null ? null : List.of(derived);
    }

    @Override
    public String variable(String lowerKey) {
        List<String> v = values(lowerKey);
        return v == null || v.size() != 1 ? null : v.get(0);
    }

    /** What AWS puts in the request context about the principal and resource, when the caller gave no value. */
    private String derived(String lowerKey) {
        boolean aws = identity.isAwsIdentity();
        switch (lowerKey) {
            case "aws:principalarn":
                return aws ? identity.principalArn() : null;
            case "aws:principalaccount":
                return aws ? principalAccount : null;
            case "aws:principaltype":
                return aws || identity.kind() == PrincipalIdentity.Kind.ANONYMOUS ? identity.kind().principalType() : null;
            case "aws:username":
                return identity.kind() == PrincipalIdentity.Kind.USER ? identity.name() : null;
            case "aws:principalservicename":
                return identity.kind() == PrincipalIdentity.Kind.SERVICE ? identity.name() : null;
            case "aws:principalisawsservice":
                return identity.kind() == PrincipalIdentity.Kind.SERVICE ? "true" : aws ? "false" : null;
            case "aws:resourceaccount":
                return resourceAccount;
            default:
                return null;
        }
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
