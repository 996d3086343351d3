package dev.numbat.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A gradient formula that names an unknown op, helper or variable fails with the spec's file:line. */
class GradRulesFailureTest {
  private static final String OPS = """
      - op: sin
        kind: ufunc
        args: [x]
        doc: {summary: "s", numpy: numpy.sin}
        loops: [f32]
        kernels: {cpu: K.sin}
        grad: {x: "%s"}
      - op: cos
        kind: ufunc
        args: [x]
        doc: {summary: "c", numpy: numpy.cos}
        loops: [f32]
        kernels: {cpu: K.cos}
      - op: sum
        kind: reduction
        args: [a]
        doc: {summary: "s", numpy: numpy.sum}
        loops: [f32]
        kernels: {cpu: K.sum}
        grad: {a: "GradHelpers.unreduce(g, a, axis, keepdims)"}
      """;

  private static List<OpSpec> parse(String yaml) {
    return new SpecParser().parse("ops/x.yaml", new StringReader(yaml));
  }

  private static SpecException fails(String formula) {
    return assertThrows(SpecException.class, () -> {
      List<OpSpec> specs = parse(OPS.formatted(formula));
      new GradRules(specs, (cls, m, n) -> cls.equals("GradHelpers") && m.equals("unreduce") && n == 4).check();
    });
  }

  @Test
  void validFormulasPass() {
    List<OpSpec> specs = parse(OPS.formatted("sin(conj(cos(g)))"));
    new GradRules(specs, (cls, m, n) -> cls.equals("GradHelpers") && m.equals("unreduce") && n == 4).check();
  }

  @Test
  void unknownOpNamesFileAndLine() {
    SpecException e = fails("multiply(g, cosine(x))");
    assertTrue(e.getMessage().startsWith("ops/x.yaml:7:"), e.getMessage());
    assertTrue(e.getMessage().contains("unknown op 'multiply'") || e.getMessage().contains("unknown op 'cosine'"),
        e.getMessage());
  }

  @Test
  void unknownVariable() {
    SpecException e = fails("cos(y)");
    assertTrue(e.getMessage().contains("ops/x.yaml:7:") && e.getMessage().contains("unknown variable 'y'"), e.getMessage());
  }

  @Test
  void wrongArity() {
    SpecException e = fails("cos(g, x)");
    assertTrue(e.getMessage().contains("cos takes 1 argument(s), not 2"), e.getMessage());
  }

  @Test
  void unknownHelper() {
    SpecException e = fails("GradHelpers.nope(g, x)");
    assertTrue(e.getMessage().contains("no public static method dev.numbat.autodiff.GradHelpers.nope taking 2"),
        e.getMessage());
  }

  @Test
  void syntaxErrorsAreReportedAtParseTime() {
    SpecException e = assertThrows(SpecException.class, () -> parse(OPS.formatted("cos(g")));
    assertTrue(e.getMessage().startsWith("ops/x.yaml:7:") && e.getMessage().contains("',' or ')' expected"),
        e.getMessage());
  }

  @Test
  void gradKeyMustBeAnArrayInput() {
    SpecException e = assertThrows(SpecException.class, () -> {
      List<OpSpec> specs = parse(OPS.formatted("g").replace("grad: {x: \"g\"}", "grad: {y: \"g\"}"));
      new GradRules(specs, (c, m, n) -> true).check();
    });
    assertTrue(e.getMessage().contains("'y' is not an array input of sin"), e.getMessage());
  }

  @Test
  void gradNoneAndEmptyAreAccepted() {
    List<OpSpec> specs = parse(OPS.formatted("g").replace("grad: {x: \"g\"}", "grad: none"));
    assertTrue(specs.get(0).grad().none());
    specs = parse(OPS.formatted("g").replace("grad: {x: \"g\"}", "grad: {}"));
    assertTrue(specs.get(0).grad().rules().isEmpty());
    assertTrue(!GradRules.records(specs.get(0)), "grad: {} records nothing");
  }
}
