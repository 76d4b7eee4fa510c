package io.iamkit.validate;

/**
 * The owners that start a {@link io.iamkit.Problem}'s location ({@code role app},
 * {@code role app inline policy read}, {@code managed policy p}), in one place so that validation,
 * lint and simulation name the same thing the same way. Names are cut at 80 characters: a hostile
 * name must not make every location a megabyte long.
 */
public final class Locations {

    private static final int MAX_NAME = 80;

    private Locations() {
    }

    /** {@code role NAME}. */
    public static String role(String name) {
        return "role " + shortName(name);
    }

    /** {@code role ROLE trust policy}. */
    public static String trustPolicy(String roleName) {
        return role(roleName) + " trust policy";
    }

    /** {@code role ROLE inline policy NAME}. */
    public static String inlinePolicy(String roleName, String policyName) {
        return role(roleName) + " inline policy " + shortName(policyName);
    }

    /** {@code managed policy NAME}. */
    public static String managedPolicy(String name) {
        return "managed policy " + shortName(name);
    }

    static String shortName(String name) {
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) + "…" : name;
    }
}
