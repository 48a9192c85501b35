package org.rectify.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of the JSON API into {@code application/problem+json} with a Chinese title
 * and, for bad input, an {@code errors} list naming each place. Never leaks a stack trace.
 */
@RestControllerAdvice(basePackages = "org.rectify")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
  private static final URI INVALID_INPUT = URI.create("urn:rectify:problem:invalid-input");

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalidInput(InvalidInputException e) {
    return invalid(e.getViolations());
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    problem.setTitle("未找到");
    return problem;
  }

  @ExceptionHandler(StepNotOpenException.class)
  ProblemDetail stepNotOpen(StepNotOpenException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setTitle("当前环节不可办理");
    return problem;
  }

  @ExceptionHandler(NotAssignedException.class)
  ProblemDetail notAssigned(NotAssignedException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    problem.setTitle("无权办理");
    return problem;
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    return invalid(List.of(new FieldViolation(e.getName(), "格式不正确：" + e.getValue())));
  }

  @ExceptionHandler(OptimisticLockingFailureException.class)
  ProblemDetail conflict(OptimisticLockingFailureException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "该记录已被他人修改，请刷新后重试。");
    problem.setTitle("并发修改冲突");
    return problem;
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    log.error("Unexpected error in API call", e);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误，请稍后重试或联系管理员。");
    problem.setTitle("服务器错误");
    return problem;
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return ResponseEntity.badRequest().body(invalid(List.of(unreadable(e))));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldViolation> violations =
        e.getBindingResult().getFieldErrors().stream()
            .map(f -> new FieldViolation(f.getField(), f.getDefaultMessage()))
            .collect(Collectors.toList());
    return ResponseEntity.badRequest().body(invalid(violations));
  }

  /**
   * Spring's own problem details (404, 405, 415, 413, missing parameters …) with Chinese titles.
   */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (body instanceof ProblemDetail problem && !INVALID_INPUT.equals(problem.getType())) {
      problem.setTitle(ErrorResponses.title(status.value()));
      problem.setDetail(ErrorResponses.detail(status.value()));
    }
    return super.handleExceptionInternal(e, body, headers, status, request);
  }

  private static FieldViolation unreadable(HttpMessageNotReadableException e) {
    Throwable cause = e.getMostSpecificCause();
    if (cause instanceof JsonParseException parsing && parsing.getLocation() != null) {
      JsonLocation at = parsing.getLocation();
      return new FieldViolation(
          "$", "请求体不是有效的 JSON：第 " + at.getLineNr() + " 行第 " + at.getColumnNr() + " 列附近有错误");
    }
    if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return new FieldViolation(JsonPaths.of(mapping.getPath()), "类型不正确，无法读取该值");
    }
    return new FieldViolation("$", "请求体缺失或不是有效的 JSON");
  }

  private static ProblemDetail invalid(List<FieldViolation> violations) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, "输入有 " + violations.size() + " 处错误，未保存任何数据。");
    problem.setType(INVALID_INPUT);
    problem.setTitle("输入有误");
    problem.setProperty("errors", violations);
    return problem;
  }
}
