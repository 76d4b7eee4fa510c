package io.iamkit.aws;

import io.iamkit.role.Tag;
import java.util.List;
import java.util.stream.Collectors;

/** Tag helpers shared by planning and rendering. */
final class Tags {

    /** The tag iamkit puts on every role it creates; only roles carrying it may be deleted. */
    static final Tag OWNERSHIP = Tag.of("iamkit:managed-by", "iamkit");

    private Tags() {
    }

    static String render(List<Tag> tags) {
        return tags.stream().map(t -> t.key() + "=" + t.value()).collect(Collectors.joining(", ", "{", "}"));
    }

    static List<software.amazon.awssdk.services.iam.model.Tag> toSdk(List<Tag> tags) {
        return tags.stream().map(t -> software.amazon.awssdk.services.iam.model.Tag.builder().key(t.key()).value(t.value()).build()).toList();
    }

    static List<Tag> fromSdk(List<software.amazon.awssdk.services.iam.model.Tag> tags) {
        return tags == null ? List.of() : tags.stream().map(t -> Tag.of(t.key(), t.value() == null ? "" : t.value())).toList();
    }
}
