package io.iamkit.aws;

import java.util.Map;
import java.util.TreeMap;

/**
 * The IAM calls one plan or apply made, as iamkit issued them (retries inside the SDK client are
 * not seen). A read is a {@code Get…} or {@code List…} call; everything else is a write.
 *
 * @param reads       read calls
 * @param writes      write calls
 * @param byOperation calls per operation name, such as {@code GetRole=3}
 */
public record CallCounts(int reads, int writes, Map<String, Integer> byOperation) {

    public static final CallCounts NONE = new CallCounts(0, 0, Map.of());

    public CallCounts {
        byOperation = java.util.Collections.unmodifiableMap(new TreeMap<>(byOperation));
    }

    public int total() {
        return reads + writes;
    }

    public int of(String operation) {
        return byOperation.getOrDefault(operation, 0);
    }

    static boolean isRead(String operation) {
        return operation.startsWith("get") || operation.startsWith("list") || operation.startsWith("Get")
                || operation.startsWith("List");
    }
}
