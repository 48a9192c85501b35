package org.rectify.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.rectify.step.ProcessModel;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * 表单契约: every form key in {@code bpmn/} names an embedded form that exists under {@code
 * src/main/resources/static/forms/} (served at {@code /forms/}), and every form (and the shared
 * {@code rectify-forms.js}) names only REST endpoints the controllers declare, with the right HTTP
 * method, and only process variables the workflow declares and hands to the form's process.
 */
class FormContractTest {

  private static final Path MODELS = Path.of("bpmn");
  private static final Path FORMS = Path.of("src/main/resources/static/forms");
  private static final Path SOURCES = Path.of("src/main/java/org/rectify");
  private static final Pattern FORM_KEY =
      Pattern.compile("embedded:/forms/([a-z]+(?:-[a-z]+)*\\.html)");
  private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

  /**
   * POST calls: {@code url: forms.url('/api/…', …)} in a step's request, and {@code
   * $http.post(forms.url('/api/…'} / {@code $http.post(url('/api/…'}.
   */
  private static final Pattern POST_CALL =
      Pattern.compile("(?:url:\\s*forms\\.url|\\$http\\.post\\((?:forms\\.)?url)\\('(/api/[^']*)'");

  private static final Pattern GET_CALL =
      Pattern.compile("\\$http\\.get\\((?:forms\\.)?url\\('(/api/[^']*)'");
  private static final Pattern LINK = Pattern.compile("ng-href=\"(/api/[^\"]*)\"");

  /**
   * Any other mention of an API path in script code must go through url(…) so that it is checked
   * above.
   */
  private static final Pattern ANY_API_STRING = Pattern.compile("'(/api/[^']*)'");

  private static final Pattern FETCHED = Pattern.compile("fetchVariable\\('([A-Za-z]+)'\\)");
  private static final Pattern DECLARED_VARIABLES =
      Pattern.compile("variables:\\s*\\[([^\\]]*)\\]");
  private static final Pattern PROCESS_VARIABLE =
      Pattern.compile("ProcessVariable\\.\\w+\\(\"([A-Za-z]+)\"\\)");
  private static final Pattern VARIABLE_CONSTANT =
      Pattern.compile("(\\w+)\\s*=\\s*ProcessVariable\\.\\w+\\(\"([A-Za-z]+)\"\\)");
  private static final Pattern STRING_CONSTANT =
      Pattern.compile("static final String (\\w+) = \"(\\w+)\"");
  private static final Pattern START_CALL =
      Pattern.compile(
          "startProcessInstanceByKey\\(\\s*(?:ProcessModel\\.(\\w+)\\.key\\(\\)|(?:\\w+\\.)?(\\w+)),");
  private static final Pattern CONSTANT_NAME = Pattern.compile("(\\w+)\\.name\\(\\)");
  private static final Pattern EXPRESSION_NAME = Pattern.compile("[$#]\\{\\s*([A-Za-z]+)");

  /** Form file → the process keys whose user tasks use it. */
  private static final Map<String, Set<String>> FORM_PROCESSES = new HashMap<>();

  /** Process key → variables handed to it or named in its model. */
  private static final Map<String, Set<String>> PROCESS_VARIABLES = new HashMap<>();

  private static final Set<String> DECLARED = new TreeSet<>();
  private static final Set<String> ENDPOINTS = new TreeSet<>();

  @BeforeAll
  static void readModelsAndControllers() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    try (Stream<Path> models = Files.list(MODELS)) {
      for (Path file : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        Document doc = factory.newDocumentBuilder().parse(file.toFile());
        NodeList processes = doc.getElementsByTagNameNS(BPMN_NS, "process");
        for (int i = 0; i < processes.getLength(); i++) {
          Element process = (Element) processes.item(i);
          String key = process.getAttribute("id");
          Set<String> names = PROCESS_VARIABLES.computeIfAbsent(key, k -> new TreeSet<>());
          collectExpressionNames(process, names);
          NodeList tasks = process.getElementsByTagNameNS(BPMN_NS, "userTask");
          for (int t = 0; t < tasks.getLength(); t++) {
            String formKey = ((Element) tasks.item(t)).getAttributeNS(CAMUNDA_NS, "formKey");
            Matcher m = FORM_KEY.matcher(formKey);
            assertThat(m.matches()).as("form key %s in %s", formKey, file).isTrue();
            FORM_PROCESSES.computeIfAbsent(m.group(1), f -> new TreeSet<>()).add(key);
          }
        }
        NodeList calls = doc.getElementsByTagNameNS(BPMN_NS, "callActivity");
        for (int i = 0; i < calls.getLength(); i++) {
          Element call = (Element) calls.item(i);
          Set<String> handed =
              PROCESS_VARIABLES.computeIfAbsent(
                  call.getAttribute("calledElement"), k -> new TreeSet<>());
          NodeList ins = call.getElementsByTagNameNS(CAMUNDA_NS, "in");
          for (int n = 0; n < ins.getLength(); n++) {
            String target = ((Element) ins.item(n)).getAttribute("target");
            if (!target.isEmpty()) {
              handed.add(target);
            }
          }
        }
      }
    }
    List<String> javaSources = new ArrayList<>();
    try (Stream<Path> sources = Files.walk(SOURCES)) {
      for (Path file : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        javaSources.add(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    Map<String, String> variableConstants = new HashMap<>();
    Map<String, String> stringConstants = new HashMap<>();
    for (String java : javaSources) {
      Matcher declared = PROCESS_VARIABLE.matcher(java);
      while (declared.find()) {
        DECLARED.add(declared.group(1));
      }
      Matcher constant = VARIABLE_CONSTANT.matcher(java);
      while (constant.find()) {
        variableConstants.put(constant.group(1), constant.group(2));
      }
      Matcher text = STRING_CONSTANT.matcher(java);
      while (text.find()) {
        stringConstants.put(text.group(1), text.group(2));
      }
    }
    ENDPOINTS.addAll(controllerEndpoints());
    // Variables a Java start hands to a process: startProcessInstanceByKey(KEY, businessKey,
    // Map.of(VAR.name(), …)).
    for (String java : javaSources) {
      Matcher start = START_CALL.matcher(java);
      while (start.find()) {
        String key =
            start.group(1) != null
                ? ProcessModel.valueOf(start.group(1)).key()
                : stringConstants.getOrDefault(start.group(2), start.group(2));
        String call =
            java.substring(
                start.end(), Math.min(java.length(), java.indexOf(';', start.end()) + 1));
        Matcher name = CONSTANT_NAME.matcher(call);
        while (name.find()) {
          if (variableConstants.containsKey(name.group(1))) {
            PROCESS_VARIABLES
                .computeIfAbsent(key, k -> new TreeSet<>())
                .add(variableConstants.get(name.group(1)));
          }
        }
      }
    }
    assertThat(ENDPOINTS).contains("GET /api/findings/{}");
  }

  private static void collectExpressionNames(Element element, Set<String> names) {
    var attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Matcher m = EXPRESSION_NAME.matcher(attributes.item(i).getNodeValue());
      while (m.find()) {
        names.add(m.group(1));
      }
    }
    String source = element.getAttribute("source");
    if (!source.isEmpty()) {
      names.add(source);
    }
    if (element.getFirstChild() != null
        && element.getChildNodes().getLength() == 1
        && element.getTextContent() != null) {
      Matcher m = EXPRESSION_NAME.matcher(element.getTextContent());
      while (m.find()) {
        names.add(m.group(1));
      }
    }
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element child) {
        collectExpressionNames(child, names);
      }
    }
  }

  /** "METHOD /path/{}" for each handler method of the app's controllers, read by reflection. */
  private static List<String> controllerEndpoints() throws ClassNotFoundException {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
    List<String> result = new ArrayList<>();
    for (BeanDefinition candidate : scanner.findCandidateComponents("org.rectify")) {
      Class<?> controller = Class.forName(candidate.getBeanClassName());
      RequestMapping type =
          AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class);
      String[] prefixes = type == null || type.path().length == 0 ? new String[] {""} : type.path();
      for (Method method : controller.getDeclaredMethods()) {
        RequestMapping mapping =
            AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
        if (mapping == null) {
          continue;
        }
        String[] paths = mapping.path().length == 0 ? new String[] {""} : mapping.path();
        for (RequestMethod verb : mapping.method()) {
          for (String prefix : prefixes) {
            for (String path : paths) {
              result.add(verb.name() + " " + normalize(prefix + path));
            }
          }
        }
      }
    }
    return result;
  }

  private static String normalize(String path) {
    return path.replaceAll("\\?.*$", "")
        .replaceAll("\\{\\{[^}]*\\}\\}", "{}")
        .replaceAll("\\{[^}]*\\}", "{}");
  }

  @Test
  void everyFormKeyResolvesToAFormThatExists() {
    assertThat(FORM_PROCESSES).isNotEmpty();
    List<String> missing =
        FORM_PROCESSES.keySet().stream()
            .filter(f -> !Files.isRegularFile(FORMS.resolve(f)))
            .sorted()
            .toList();
    assertThat(missing).as("form keys without a form under %s", FORMS).isEmpty();
  }

  @Test
  void theSharedScriptCallsOnlyEndpointsThatExist() throws IOException {
    String script = Files.readString(FORMS.resolve("rectify-forms.js"), StandardCharsets.UTF_8);
    assertThat(undeclaredEndpoints(script)).isEmpty();
    // Loaded at run time without a declared charset: non-ASCII text would turn into mojibake.
    assertThat(script.chars().filter(c -> c > 127).count())
        .as("non-ASCII characters in rectify-forms.js")
        .isZero();
    assertThat(calls(script)).contains("GET /api/findings/{}", "POST /api/measures/{}/evidence");
  }

  @TestFactory
  Stream<DynamicTest> everyFormNamesOnlyEndpointsAndVariablesThatExist() {
    return FORM_PROCESSES.keySet().stream()
        .sorted()
        .filter(f -> Files.isRegularFile(FORMS.resolve(f)))
        .map(form -> DynamicTest.dynamicTest(form, () -> checkForm(form)));
  }

  private static void checkForm(String form) throws IOException {
    String html = Files.readString(FORMS.resolve(form), StandardCharsets.UTF_8);
    assertThat(html)
        .as(
            "%s loads the shared script and hands Tasklist's completion to the app's endpoint",
            form)
        .contains("/forms/rectify-forms.js", "camForm.submit = function (done)");
    assertThat(calls(html))
        .as("%s submits through an endpoint", form)
        .anyMatch(c -> c.startsWith("POST "));
    assertThat(undeclaredEndpoints(html))
        .as("%s names endpoints no controller declares", form)
        .isEmpty();

    Set<String> fetched = matches(FETCHED, html);
    Set<String> used = new TreeSet<>();
    Matcher declared = DECLARED_VARIABLES.matcher(html);
    while (declared.find()) {
      for (String name : declared.group(1).split(",")) {
        used.add(name.trim().replace("'", ""));
      }
    }
    assertThat(fetched).as("%s fetches the variables it uses", form).isEqualTo(used).isNotEmpty();
    for (String variable : fetched) {
      assertThat(DECLARED)
          .as("%s: process variable %s is declared in the workflow", form, variable)
          .contains(variable);
      for (String process : FORM_PROCESSES.get(form)) {
        assertThat(PROCESS_VARIABLES.getOrDefault(process, Set.of()))
            .as("%s: variable %s is handed to or named in process %s", form, variable, process)
            .contains(variable);
      }
    }
  }

  private static Set<String> calls(String text) {
    Set<String> calls = new LinkedHashSet<>();
    matches(POST_CALL, text).forEach(p -> calls.add("POST " + normalize(p)));
    matches(GET_CALL, text).forEach(p -> calls.add("GET " + normalize(p)));
    matches(LINK, text).forEach(p -> calls.add("GET " + normalize(p)));
    return calls;
  }

  private static List<String> undeclaredEndpoints(String text) {
    List<String> problems =
        new ArrayList<>(calls(text).stream().filter(c -> !ENDPOINTS.contains(c)).toList());
    // A path string outside url(…) would escape the checks above.
    Matcher any = ANY_API_STRING.matcher(text);
    while (any.find()) {
      String before = text.substring(Math.max(0, any.start() - 12), any.start());
      if (!before.endsWith("url(")) {
        problems.add("unchecked path " + any.group(1));
      }
    }
    return problems;
  }

  private static Set<String> matches(Pattern pattern, String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
