/**
 * The {@code iamkit} command line (picocli): {@code example}, {@code simulate}, {@code lint},
 * {@code plan}, {@code apply} and {@code serve}, in the shapes DESIGN.md fixes for the tools that
 * drive them. A user's mistake is one line on stderr and exit 2; lint findings and a failed apply
 * exit 1.
 */
package io.iamkit.cli;
