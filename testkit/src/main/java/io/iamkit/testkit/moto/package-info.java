/**
 * moto_server, the widely used IAM/STS emulator, started on a free loopback port for integration
 * and conformance tests against a real peer over HTTP.
 */
package io.iamkit.testkit.moto;
