package vn.thuocdo.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Addresses inside the site that keep the reader's language: {@code u.to('/cong-khai/xep-hang', 'nam', 2026)} in a
 * template gives {@code /cong-khai/xep-hang?nam=2026}, with {@code &lang=en} when the page is in English. Parameters
 * with no value are left out, so a Vietnamese address stays short. Every public page's model has one as {@code u}
 * (the layout's header links use it): the results site's pages and the questions' alike.
 */
public final class PublicLinks {

    private final boolean english;

    public PublicLinks(boolean english) {
        this.english = english;
    }

    public String to(String path, Object... pairs) {
        StringBuilder link = new StringBuilder(path);
        char next = path.indexOf('?') < 0 ? '?' : '&';
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null && !String.valueOf(pairs[i + 1]).isEmpty()) {
                link.append(next).append(pairs[i]).append('=')
                        .append(URLEncoder.encode(String.valueOf(pairs[i + 1]), StandardCharsets.UTF_8));
                next = '&';
            }
        }
        if (english) {
            link.append(next).append("lang=en");
        }
        return link.toString();
    }

    /** The same page in the other language: the switch in the header. */
    public String other(String path) {
        if (english) {
            return path;
        }
        return path + (path.indexOf('?') < 0 ? '?' : '&') + "lang=en";
    }
}
