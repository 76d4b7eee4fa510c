/** JUnit 5 support: {@link io.iamkit.testkit.junit.WithFakeIam} hands each test a fresh fake IAM. */
package io.iamkit.testkit.junit;
