package vn.thuocdo.round;

/** Who evaluates whom: the ministry over provinces and ministries, or a province over its departments and communes. */
public enum RoundLevel {
    NATIONAL, PROVINCIAL
}
