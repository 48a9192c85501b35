package org.rectify.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a declared request body larger than {@code rectify.security.max-request-body} with 413
 * before anything reads it. Multipart uploads have their own limits ({@code
 * spring.servlet.multipart.*}, then the upload inspector). Form posts to the public site ({@code
 * /public/**}, e.g. 意见建议) have the smaller {@code rectify.public.opinions.max-request-body} and get
 * the Chinese error page instead of problem+json. A body without a declared length (chunked) is
 * bounded by the container's form size limit: Tomcat then reads no parameters at all, so the CSRF
 * check refuses it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimit extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final long maxBytes;
  private final long maxPublicBytes;

  RequestBodyLimit(
      @Value("${rectify.security.max-request-body:2MB}") DataSize max,
      @Value("${rectify.public.opinions.max-request-body:64KB}") DataSize maxPublic) {
    this.maxBytes = max.toBytes();
    this.maxPublicBytes = Math.min(maxPublic.toBytes(), maxBytes);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String contentType = request.getContentType();
    boolean multipart = contentType != null && contentType.toLowerCase().startsWith("multipart/");
    if (!multipart
        && request.getContentLengthLong() > maxPublicBytes
        && request.getRequestURI().startsWith(request.getContextPath() + "/public/")) {
      response.setHeader("Connection", "close");
      response.sendError(413);
      return;
    }
    if (!multipart && request.getContentLengthLong() > maxBytes) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.PAYLOAD_TOO_LARGE,
              "请求体超过大小上限 " + DataSize.ofBytes(maxBytes).toKilobytes() + " KB，未处理任何数据。");
      problem.setTitle(ErrorResponses.title(413));
      response.setStatus(413);
      response.setCharacterEncoding("UTF-8");
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setHeader("Connection", "close");
      JSON.writeValue(response.getOutputStream(), problem);
      return;
    }
    chain.doFilter(request, response);
  }
}
