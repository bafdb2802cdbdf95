package vn.thuocdo.testing;

import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A cookie jar for a scripted browser on localhost: Keycloak marks its cookies Secure even on plain http, which
 * browsers accept for localhost but java.net.CookieManager does not. Keeps cookies per host and name.
 */
public class LenientCookies extends CookieHandler {

    private final Map<String, Map<String, String>> byHost = new ConcurrentHashMap<>();

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
        Map<String, String> cookies = byHost.getOrDefault(key(uri), Map.of());
        if (cookies.isEmpty()) {
            return Map.of();
        }
        return Map.of("Cookie", List.of(cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "))));
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) {
        for (Map.Entry<String, List<String>> header : responseHeaders.entrySet()) {
            if (header.getKey() == null || !header.getKey().equalsIgnoreCase("Set-Cookie")) {
                continue;
            }
            for (String value : header.getValue()) {
                for (HttpCookie cookie : HttpCookie.parse(value)) {
                    Map<String, String> jar = byHost.computeIfAbsent(key(uri), k -> new ConcurrentHashMap<>());
                    if (cookie.getMaxAge() == 0) {
                        jar.remove(cookie.getName());
                    } else {
                        jar.put(cookie.getName(), cookie.getValue());
                    }
                }
            }
        }
    }

    private static String key(URI uri) {
        return uri.getHost() + ":" + uri.getPort();
    }
}
