/**
 * The {@code iamkit} command line (picocli): {@code example}, {@code simulate}, {@code lint},
 * {@code plan}, {@code drift}, {@code apply} and {@code serve}, in fixed shapes for the tools that
 * drive them (README's command table). A user's mistake is its problems on stderr, one line each,
 * and exit 2; lint findings, drift and a failed apply exit 1.
 */
package io.iamkit.cli;
