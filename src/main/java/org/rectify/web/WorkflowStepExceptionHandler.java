package org.rectify.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * problem+json for requests that try to work a workflow step: 403 when the caller may not, 409 when
 * the step is not open. Ordered before {@link ApiExceptionHandler}, whose catch-all would answer 500.
 */
@RestControllerAdvice(basePackages = "org.rectify")
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkflowStepExceptionHandler {

  @ExceptionHandler(StepNotPermittedException.class)
  ProblemDetail notPermitted(StepNotPermittedException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    problem.setTitle("无权办理");
    return problem;
  }

  @ExceptionHandler(StepNotOpenException.class)
  ProblemDetail notOpen(StepNotOpenException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setTitle("当前环节不可办理");
    return problem;
  }
}
