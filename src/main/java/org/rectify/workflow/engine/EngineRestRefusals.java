package org.rectify.workflow.engine;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code /engine-rest} answers a completion refused by {@code workflow.CompletionGuards} with 400
 * and the guard's Chinese message instead of Camunda's 500. The engine wraps every task-listener
 * exception ({@code ENGINE-03051}) and the REST resource turns that into a 500 {@link
 * RestException}; this mapper (ranked before Camunda's own {@code RestExceptionHandler}) finds the
 * refusal in the causes and leaves every other exception to Camunda's handling.
 */
@Configuration
class EngineRestRefusals {

  @Bean
  ResourceConfigCustomizer completionRefusalsOnEngineRest() {
    return config -> config.register(RefusalMapper.class);
  }

  /** Maps a {@link CompletionRefusedException} anywhere in the causes to 400. */
  @Priority(1)
  static class RefusalMapper implements ExceptionMapper<RestException> {

    @Override
    public Response toResponse(RestException exception) {
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof CompletionRefusedException refused) {
          ExceptionDto body = new ExceptionDto();
          body.setType("CompletionRefused");
          body.setMessage(refused.getMessage());
          return Response.status(Response.Status.BAD_REQUEST)
              .entity(body)
              .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
              .build();
        }
        if (cause.getCause() == cause) {
          break;
        }
      }
      return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
  }
}
