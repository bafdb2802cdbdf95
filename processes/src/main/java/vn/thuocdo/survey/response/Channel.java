package vn.thuocdo.survey.response;

/** How a final response arrived: the public page, or a partner's system through the API. */
public enum Channel { WEB, API }
