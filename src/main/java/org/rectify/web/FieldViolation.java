package org.rectify.web;

/**
 * One bad input: where (a JSON path, a form field, or a sheet cell) and what is wrong, in Chinese.
 */
public record FieldViolation(String field, String message) {}
