package org.rectify.opinion;

/**
 * What the public form posts: the opinion and, optionally, who sent it and how to reach them.
 *
 * @param text 意见建议内容, required, at most 2,000 characters
 * @param name 姓名, optional, at most 100 characters
 * @param contact 联系方式, optional: a telephone number or an e-mail address, at most 100 characters
 */
public record OpinionSubmission(String text, String name, String contact) {}
