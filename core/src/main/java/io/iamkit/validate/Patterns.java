package io.iamkit.validate;

import java.util.regex.Pattern;

/** IAM's formats, written so that hostile input cannot make them backtrack. */
final class Patterns {

    private Patterns() {
    }

    static final Pattern ROLE_OR_POLICY_NAME = Pattern.compile("[\\w+=,.@-]+");
    static final Pattern PATH = Pattern.compile("/|/[\\u0021-\\u007E]+/");
    static final Pattern DESCRIPTION = Pattern.compile("[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*");
    static final Pattern TAG_KEY = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+");
    static final Pattern TAG_VALUE = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");
    static final Pattern SID_IAM = Pattern.compile("[0-9A-Za-z]*");
    static final Pattern ACTION = Pattern.compile("[A-Za-z0-9*?-]+:[A-Za-z0-9*?_-]+");
    static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    static final Pattern UNIQUE_ID = Pattern.compile("(AROA|AIDA)[A-Z0-9]{12,40}");
    static final Pattern HOST = Pattern.compile("(?i)[a-z0-9](?:[a-z0-9-]{0,62}\\.){1,10}[a-z0-9-]{1,63}");
    static final Pattern CANONICAL_USER = Pattern.compile("[0-9a-fA-F]{64}");

    static boolean matches(Pattern p, String s) {
        // Every pattern above is linear, but a megabyte of input is still refused early.
        return s.length() <= 4096 && p.matcher(s).matches();
    }
}
