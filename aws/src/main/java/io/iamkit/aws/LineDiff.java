package io.iamkit.aws;

import java.util.ArrayList;
import java.util.List;

/** A line diff by longest common subsequence; policy documents are small enough for the quadratic table. */
final class LineDiff {

    private LineDiff() {
    }

    /** {@code before} and {@code after} as lines prefixed {@code "  "}, {@code "- "} or {@code "+ "}. */
    static List<String> diff(List<String> before, List<String> after) {
        int n = before.size();
        int m = after.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = before.get(i).equals(after.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (before.get(i).equals(after.get(j))) {
                out.add("  " + before.get(i++));
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.add("- " + before.get(i++));
            } else {
                out.add("+ " + after.get(j++));
            }
        }
        while (i < n) {
            out.add("- " + before.get(i++));
        }
        while (j < m) {
            out.add("+ " + after.get(j++));
        }
        return out;
    }
}
