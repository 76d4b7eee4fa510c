package io.iamkit.testkit.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * AWS's Query protocol, both ways, for any operation of a client interface: form parameters
 * ({@code Tags.member.1.Key=k}) into the SDK's request object, and a response object into
 * {@code <ActionResponse><ActionResult>…</ActionResult>…}. Driven by the SDK model's own field
 * metadata ({@link SdkField}), so every operation the fake supports is covered without a
 * hand-written mapping per operation.
 */
public final class QueryCodec {

    private final Class<?> clientInterface;
    private final Map<String, Method> methods = new ConcurrentHashMap<>();

    public QueryCodec(Class<?> clientInterface) {
        this.clientInterface = clientInterface;
    }

    /** The client method for an action, such as {@code createRole(CreateRoleRequest)}, or null. */
    public Method method(String action) {
        if (action == null || action.isEmpty()) {
            return null;
        }
        // Action names are case-sensitive, as in AWS: "createrole" is no action.
        if (!Character.isUpperCase(action.charAt(0))) {
            return null;
        }
        return methods.computeIfAbsent(action, a -> {
            String name = Character.toLowerCase(a.charAt(0)) + a.substring(1);
            for (Method m : clientInterface.getMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == 1
                        && SdkPojo.class.isAssignableFrom(m.getParameterTypes()[0]) && !m.getName().endsWith("Paginator")) {
                    return m;
                }
            }
            return null;
        });
    }

    /** Builds the request object of {@code method} from Query parameters. */
    public Object request(Method method, Map<String, String> params) {
        try {
            Object builder = method.getParameterTypes()[0].getMethod("builder").invoke(null);
            fill((SdkPojo) builder, "", new Params(params));
            return ((SdkBuilder<?, ?>) builder).build();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build the request of " + method.getName(), e);
        }
    }

    /**
     * The request's parameters and every dotted prefix of their names ({@code Tags.member.1.} for
     * {@code Tags.member.1.Key}), so that "is there any parameter under this structure?" is one
     * lookup, not a scan of all parameters per list member: that scan made a 1 MiB request with tens
     * of thousands of members take many seconds.
     */
    private record Params(Map<String, String> values, java.util.Set<String> prefixes) {
        Params(Map<String, String> values) {
            this(values, new java.util.HashSet<>());
            for (String k : values.keySet()) {
                for (int dot = k.indexOf('.'); dot >= 0; dot = k.indexOf('.', dot + 1)) {
                    prefixes.add(k.substring(0, dot + 1));
                }
            }
        }

        String get(String name) {
            return values.get(name);
        }

        boolean containsKey(String name) {
            return values.containsKey(name);
        }

        boolean anyUnder(String prefix) {
            return prefixes.contains(prefix);
        }
    }

    private static void fill(SdkPojo builder, String prefix, Params params) throws ReflectiveOperationException {
        for (SdkField<?> f : builder.sdkFields()) {
            String name = prefix + f.locationName();
            Object value = read(f, name, params);
            if (value != null) {
                f.set(builder, value);
            }
        }
    }

    private static Object read(SdkField<?> f, String name, Params params) throws ReflectiveOperationException {
        MarshallingType<?> type = f.marshallingType();
        if (type == MarshallingType.LIST) {
            ListTrait trait = f.getTrait(ListTrait.class);
            SdkField<?> member = trait.memberFieldInfo();
            List<Object> out = new ArrayList<>();
            String base = name + "." + (trait.isFlattened() ? "" : "member.");
            for (int i = 1; ; i++) {
                Object v = read(member, base + i, params);
                if (v == null) {
                    break;
                }
                out.add(v);
            }
            // An empty list is written as "Name=" in the Query protocol.
            return out.isEmpty() && !params.containsKey(name) ? null : out;
        }
        if (type == MarshallingType.MAP) {
            MapTrait trait = f.getTrait(MapTrait.class);
            Map<String, Object> out = new LinkedHashMap<>();
            for (int i = 1; ; i++) {
                String key = params.get(name + ".entry." + i + "." + trait.keyLocationName());
                if (key == null) {
                    break;
                }
                out.put(key, read(trait.valueFieldInfo(), name + ".entry." + i + "." + trait.valueLocationName(), params));
            }
            return out.isEmpty() ? null : out;
        }
        if (type == MarshallingType.SDK_POJO) {
            String p = name + ".";
            if (!params.anyUnder(p)) {
                return null;
            }
            SdkPojo nested = f.constructor().get();
            fill(nested, p, params);
            return ((SdkBuilder<?, ?>) nested).build();
        }
        String raw = params.get(name);
        if (raw == null) {
            return null;
        }
        if (type == MarshallingType.STRING) {
            return raw;
        }
        try {
            if (type == MarshallingType.INTEGER) {
                return Integer.valueOf(raw.trim());
            }
            if (type == MarshallingType.LONG) {
                return Long.valueOf(raw.trim());
            }
            if (type == MarshallingType.BOOLEAN) {
                return Boolean.valueOf(raw.trim());
            }
            if (type == MarshallingType.DOUBLE) {
                return Double.valueOf(raw.trim());
            }
            if (type == MarshallingType.BIG_DECIMAL) {
                return new BigDecimal(raw.trim());
            }
            if (type == MarshallingType.INSTANT) {
                return Instant.parse(raw.trim());
            }
        } catch (RuntimeException e) {
            throw Errors.iam("MalformedQueryString", "cannot read parameter " + name + "=" + raw);
        }
        return raw;
    }

    /** The XML answer for a response object. */
    public static String responseXml(String action, String namespace, Object response, String requestId) {
        StringBuilder sb = new StringBuilder(512);
        sb.append("<").append(action).append("Response xmlns=\"").append(namespace).append("\"><").append(action).append("Result>");
        writeFields(sb, (SdkPojo) response);
        sb.append("</").append(action).append("Result><ResponseMetadata><RequestId>").append(requestId)
                .append("</RequestId></ResponseMetadata></").append(action).append("Response>");
        return sb.toString();
    }

    public static String errorXml(String namespace, String code, String message, String requestId) {
        return "<ErrorResponse xmlns=\"" + namespace + "\"><Error><Type>" + (Errors.receiverFault(code) ? "Receiver" : "Sender")
                + "</Type><Code>" + escape(code) + "</Code><Message>" + escape(message) + "</Message></Error><RequestId>"
                + requestId + "</RequestId></ErrorResponse>";
    }

    private static void writeFields(StringBuilder sb, SdkPojo pojo) {
        for (SdkField<?> f : pojo.sdkFields()) {
            Object v = f.getValueOrDefault(pojo);
            if (v != null && !(v instanceof SdkAutoConstructList) && !(v instanceof SdkAutoConstructMap)) {
                writeValue(sb, f.locationName(), f, v);
            }
        }
    }

    private static void writeValue(StringBuilder sb, String element, SdkField<?> f, Object v) {
        sb.append('<').append(element).append('>');
        MarshallingType<?> type = f.marshallingType();
        if (type == MarshallingType.LIST) {
            SdkField<?> member = f.getTrait(ListTrait.class).memberFieldInfo();
            for (Object item : (Collection<?>) v) {
                writeValue(sb, "member", member, item);
            }
        } else if (type == MarshallingType.MAP) {
            MapTrait trait = f.getTrait(MapTrait.class);
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                sb.append("<entry><").append(trait.keyLocationName()).append('>').append(escape(e.getKey().toString()))
                        .append("</").append(trait.keyLocationName()).append('>');
                writeValue(sb, trait.valueLocationName(), trait.valueFieldInfo(), e.getValue());
                sb.append("</entry>");
            }
        } else if (v instanceof SdkPojo nested) {
            writeFields(sb, nested);
        } else if (v instanceof Instant t) {
            sb.append(DateTimeFormatter.ISO_INSTANT.format(t));
        } else {
            sb.append(escape(v.toString()));
        }
        sb.append("</").append(element).append('>');
    }

    static String escape(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\'' -> "&apos;";
                case '\r' -> "&#13;";
                default -> xmlChar(s, i) ? null : "\uFFFD";
            };
            if (rep != null) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                sb.append(rep);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /**
     * Whether the char at {@code i} may appear in an XML 1.0 document. Errors echo the caller's input,
     * and one control character would make the whole answer unreadable to the SDK.
     */
    private static boolean xmlChar(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20) {
            return c == '\t' || c == '\n';
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        }
        return c != 0xFFFE && c != 0xFFFF;
    }

    /** Invokes a client method, unwrapping the exception the operation threw. */
    public static Object invoke(Method method, Object client, Object request) {
        try {
            return method.invoke(client, request);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Parses an {@code application/x-www-form-urlencoded} body.
     *
     * @throws IllegalArgumentException on a malformed escape such as {@code %zz}
     */
    public static Map<String, String> form(String body) {
        Map<String, String> out = new HashMap<>();
        if (body == null || body.isEmpty()) {
            return out;
        }
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            out.put(java.net.URLDecoder.decode(k, java.nio.charset.StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(v, java.nio.charset.StandardCharsets.UTF_8));
        }
        return out;
    }
}
