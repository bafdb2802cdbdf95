package vn.thuocdo.forms.replication;

import vn.thuocdo.forms.index.ResponsesRefused;

/**
 * A replication package that cannot be read as it is (a file missing, changed since it was published, or not in its
 * format): the first reason, worded in Vietnamese and English by the index messages. Nothing is recomputed from it.
 */
public class PackageRefused extends ResponsesRefused {

    public PackageRefused(String code, Object... args) {
        super(code, args);
    }
}
