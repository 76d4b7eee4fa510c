package io.iamkit.testkit.internal;

import java.util.Objects;

/**
 * Who is calling: an account's root, or a session of an assumed role.
 *
 * @param account     the caller's account id
 * @param arn         {@code arn:aws:iam::ACCOUNT:root} or {@code arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION}
 * @param userId      the account id for root, {@code ROLEID:SESSION} for a session
 * @param roleName    the assumed role's name (null for root)
 * @param roleArn     the assumed role's ARN (null for root)
 */
public record Caller(String account, String arn, String userId, String roleName, String roleArn) {

    public Caller {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(userId, "userId");
    }

    public static Caller root(String account) {
        return new Caller(account, "arn:aws:iam::" + account + ":root", account, null, null);
    }

    public boolean isRoleSession() {
        return roleName != null;
    }
}
