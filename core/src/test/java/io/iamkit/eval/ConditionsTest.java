package io.iamkit.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.policy.PolicyDocument;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Condition type rules that the case files do not show: unreadable values, IP and date forms, unknown operators. */
class ConditionsTest {

    private static Decision allowWhen(String operator, String key, String value, Map<String, String> context) {
        PolicyDocument p = PolicyDocument.builder().allow("s3:GetObject").onAnyResource().when(operator, key, value).build();
        EvaluationRequest.Builder r = EvaluationRequest.builder()
                .principal("arn:aws:iam::111122223333:role/dev").action("s3:GetObject").resource("arn:aws:s3:::b/k");
        context.forEach(r::context);
        return PolicyEvaluator.evaluate(r.build(), PolicySet.of(p)).decision();
    }

    @Test
    void negatedOperatorsAreFalseOnUnreadableValues() {
        assertThat(allowWhen("NumericNotEquals", "s3:max-keys", "10", Map.of("s3:max-keys", "ten"))).isEqualTo(Decision.IMPLICITLY_DENIED);
        assertThat(allowWhen("DateNotEquals", "aws:CurrentTime", "2020-01-01", Map.of("aws:CurrentTime", "yesterday"))).isEqualTo(Decision.IMPLICITLY_DENIED);
        assertThat(allowWhen("NotIpAddress", "aws:SourceIp", "10.0.0.0/8", Map.of("aws:SourceIp", "not-an-ip"))).isEqualTo(Decision.IMPLICITLY_DENIED);
        assertThat(allowWhen("ArnNotLike", "aws:SourceArn", "arn:aws:s3:::x", Map.of("aws:SourceArn", "plain"))).isEqualTo(Decision.IMPLICITLY_DENIED);
    }

    @Test
    void unreadablePolicyValuesNeverHold() {
        assertThat(allowWhen("NumericLessThan", "s3:max-keys", "lots", Map.of("s3:max-keys", "1"))).isEqualTo(Decision.IMPLICITLY_DENIED);
        assertThat(allowWhen("IpAddress", "aws:SourceIp", "10.0.0.0/33", Map.of("aws:SourceIp", "10.0.0.1"))).isEqualTo(Decision.IMPLICITLY_DENIED);
        assertThat(allowWhen("BinaryEquals", "k", "%%%", Map.of("k", "%%%"))).isEqualTo(Decision.IMPLICITLY_DENIED);
    }

    @Test
    void unknownOperatorNeverHolds() {
        assertThat(allowWhen("StringEqualz", "aws:RequestedRegion", "x", Map.of("aws:RequestedRegion", "x"))).isEqualTo(Decision.IMPLICITLY_DENIED);
        assertThat(allowWhen("NullIfExists", "aws:RequestedRegion", "true", Map.of())).isEqualTo(Decision.IMPLICITLY_DENIED);
    }

    @Test
    void operatorNamesAreCaseInsensitive() {
        assertThat(allowWhen("stringequals", "aws:RequestedRegion", "x", Map.of("aws:RequestedRegion", "x"))).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void ipv6Forms() {
        assertThat(allowWhen("IpAddress", "aws:SourceIp", "::ffff:10.0.0.0/120", Map.of("aws:SourceIp", "::ffff:10.0.0.7"))).isEqualTo(Decision.ALLOWED);
        assertThat(allowWhen("IpAddress", "aws:SourceIp", "2001:DB8::/32", Map.of("aws:SourceIp", "2001:db8:ffff::1"))).isEqualTo(Decision.ALLOWED);
        assertThat(allowWhen("IpAddress", "aws:SourceIp", "::/0", Map.of("aws:SourceIp", "fe80::1"))).isEqualTo(Decision.ALLOWED);
        assertThat(allowWhen("IpAddress", "aws:SourceIp", "2001:db8::/32", Map.of("aws:SourceIp", "2001:db9::1"))).isEqualTo(Decision.IMPLICITLY_DENIED);
        assertThat(IpRange.parse("1:2:3:4:5:6:7:8:9")).isNull();
        assertThat(IpRange.parse("1::2::3")).isNull();
        assertThat(IpRange.parse("256.0.0.1")).isNull();
        assertThat(IpRange.parse("10.0.0")).isNull();
    }

    @Test
    void ipAddressesAreReadAsAsciiOnly() {
        // Character.digit and Character.isDigit accept fullwidth and other Unicode digits; IP addresses hold none.
        assertThat(IpRange.parse("\uFF12001:db8::1")).isNull();
        assertThat(IpRange.parse("2001:db8::\uFF41")).isNull();
        assertThat(IpRange.parse("10.0.0.0/\u0668")).isNull();
        assertThat(allowWhen("IpAddress", "aws:SourceIp", "2001:db8::/32", Map.of("aws:SourceIp", "\uFF12001:db8::1")))
                .isEqualTo(Decision.IMPLICITLY_DENIED);
        assertThat(IpRange.parse("2001:DB8::aF/128")).isNotNull();
    }

    @Test
    void anEmbeddedIpv4AddressOnlyEndsAnIpv6Address() {
        assertThat(IpRange.parse("1.2.3.4::")).isNull();
        assertThat(IpRange.parse("1.2.3.4::1")).isNull();
        assertThat(IpRange.parse("::1.2.3.4:5")).isNull();
        assertThat(IpRange.parse("::ffff:1.2.3.4")).isNotNull();
        assertThat(IpRange.parse("64:ff9b::1.2.3.4")).isNotNull();
        assertThat(IpRange.parse("1:2:3:4:5:6:1.2.3.4")).isNotNull();
    }

    @Test
    void dateForms() {
        assertThat(TypedValues.date("2020-01-01T00:00:00Z")).isEqualTo(1577836800000L);
        assertThat(TypedValues.date("2020-01-01T00:00Z")).isEqualTo(1577836800000L);
        assertThat(TypedValues.date("2020-01-01T00:00:00.500Z")).isEqualTo(1577836800500L);
        assertThat(TypedValues.date("2020-01-01T00:00:00")).isEqualTo(1577836800000L);
        assertThat(TypedValues.date("2020-01-01T01:00:00+01:00")).isEqualTo(1577836800000L);
        assertThat(TypedValues.date("2020-01-01")).isEqualTo(1577836800000L);
        assertThat(TypedValues.date("1577836800")).isEqualTo(1577836800000L);
        assertThat(TypedValues.date("1577836800.25")).isEqualTo(1577836800250L);
        assertThat(TypedValues.date("2020-13-01")).isNull();
        assertThat(TypedValues.date("soon")).isNull();
    }

    @Test
    void numbers() {
        assertThat(TypedValues.number("-3.50")).isEqualByComparingTo("-3.5");
        assertThat(TypedValues.number("1e3")).isNull();
        assertThat(TypedValues.number("0x10")).isNull();
        assertThat(TypedValues.number("")).isNull();
    }

    @Test
    void singleValuedOperatorOnSeveralValuesMatchesAny() {
        PolicyDocument p = PolicyDocument.builder().allow("s3:GetObject").onAnyResource().when("StringEquals", "aws:TagKeys", "a").build();
        EvaluationRequest r = EvaluationRequest.builder().principal("arn:aws:iam::111122223333:role/dev")
                .action("s3:GetObject").resource("arn:aws:s3:::b/k").context("aws:TagKeys", "b", "a").build();
        assertThat(PolicyEvaluator.evaluate(r, PolicySet.of(p)).decision()).isEqualTo(Decision.ALLOWED);
    }
}
