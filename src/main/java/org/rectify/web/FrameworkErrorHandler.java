package org.rectify.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Errors Spring MVC raises before any of our controllers is chosen (wrong method or media type,
 * oversized multipart upload): the controller-scoped {@link ApiExceptionHandler} does not see them.
 * Answers with the same Chinese problem+json.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class FrameworkErrorHandler {

  @ExceptionHandler({
    HttpMediaTypeNotSupportedException.class,
    HttpMediaTypeNotAcceptableException.class,
    HttpRequestMethodNotSupportedException.class,
    MaxUploadSizeExceededException.class
  })
  ResponseEntity<ProblemDetail> beforeAnyController(Exception e, HttpServletRequest request) {
    int status =
        e instanceof HttpMediaTypeNotSupportedException
            ? 415
            : e instanceof HttpMediaTypeNotAcceptableException
                ? 406
                : e instanceof HttpRequestMethodNotSupportedException ? 405 : 413;
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), ErrorResponses.detail(status));
    problem.setTitle(ErrorResponses.title(status));
    problem.setInstance(URI.create(request.getRequestURI().replaceAll("[^A-Za-z0-9/._~%-]", "")));
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
