package org.rectify.workflow;

import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A typed process variable: its name and how its value is stored. Processes hold only ids (as
 * strings), routing booleans and the dates timers read — never entities.
 */
public record ProcessVariable<T>(String name, Class<T> type) {

  public static ProcessVariable<String> text(String name) {
    return new ProcessVariable<>(name, String.class);
  }

  public static ProcessVariable<Boolean> flag(String name) {
    return new ProcessVariable<>(name, Boolean.class);
  }

  public static ProcessVariable<Date> date(String name) {
    return new ProcessVariable<>(name, Date.class);
  }

  public T get(VariableScope scope) {
    return type.cast(scope.getVariable(name));
  }

  /** For id variables: the stored text as a UUID. */
  public UUID getId(VariableScope scope) {
    Object value = scope.getVariable(name);
    if (value == null) {
      throw new IllegalStateException("流程变量缺失：" + name);
    }
    return UUID.fromString(value.toString());
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, value);
  }
}
