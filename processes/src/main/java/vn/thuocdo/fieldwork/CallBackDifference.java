package vn.thuocdo.fieldwork;

/** A key question the household answered otherwise on the call-back: both answers as stored (null: none). */
public record CallBackDifference(String questionId, Object interview, Object callBack) {
}
