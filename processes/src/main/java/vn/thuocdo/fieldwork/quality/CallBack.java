package vn.thuocdo.fieldwork.quality;

/** One interview drawn for a call-back (phúc tra): {@code order} is its place in the enumerator's draw, from 1. */
public record CallBack(String interviewId, String enumerator, String branch, int order) {
}
