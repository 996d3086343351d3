package dev.numbat.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecParserTest {
  private static List<OpSpec> parse(String yaml) {
    return new SpecParser().parse("ops/test.yaml", new StringReader(yaml));
  }

  private static SpecException fails(String yaml) {
    return assertThrows(SpecException.class, () -> parse(yaml));
  }

  @Test
  void validUfuncExpandsGroupsInOrder() {
    List<OpSpec> specs = parse("""
        - op: true_divide
          kind: ufunc
          args: [x1, x2]
          doc: {summary: "Divide.", numpy: numpy.true_divide}
          loops: [floats, "complex", "bool->f64"]
          promotion: ints_to_float64
          kernels: {cpu: Arith.divide}
          method: [true_divide, div]
          test: {dtypes: number, rng: nonzero}
        """);
    OpSpec s = specs.get(0);
    assertEquals("trueDivide", s.javaName());
    assertEquals("TrueDivideOp", s.className());
    assertEquals(OpSpec.Promotion.INTS_TO_FLOAT64, s.promotion());
    assertEquals(List.of("f16", "bf16", "f32", "f64", "c64", "c128", "bool"),
        s.loops().stream().map(OpSpec.Loop::in).toList());
    assertEquals("f64", s.loops().get(6).out());
    assertEquals(List.of("true_divide", "div"), s.methods());
    assertEquals(1, s.line());
    assertEquals(9, s.test().get("_line"));
  }

  @Test
  void javaArgsParseTypesAndDefaults() {
    OpSpec s = parse("""
        - op: full
          kind: composite
          args: ["shape: shape", "fill_value: array", "dtype: dtype = float32"]
          doc: {summary: "Full.", numpy: numpy.full}
          impl: Creation.full
        """).get(0);
    assertEquals("shape", s.args().get(0).type());
    assertEquals("float32", s.args().get(2).defaultValue());
    assertTrue(s.methods().isEmpty());
  }

  @Test
  void dottedNamesLiveInASubModuleWithoutMethodForms() {
    OpSpec s = parse("""
        - op: linalg.matrix_norm
          kind: reduction
          args: [x]
          doc: {summary: "Norm.", numpy: numpy.linalg.matrix_norm}
          loops: [f64]
          kernels: {cpu: Reduce.sum}
        """).get(0);
    assertEquals("linalg", s.namespace());
    assertEquals("matrixNorm", s.javaName());
    assertEquals("LinalgMatrixNormOp", s.className());
    assertTrue(s.methods().isEmpty());
    assertEquals("", parse("""
        - op: sum
          kind: reduction
          args: [x]
          doc: {summary: "Sum.", numpy: numpy.sum}
          loops: [f64]
          kernels: {cpu: Reduce.sum}
        """).get(0).namespace());
    fails("""
        - op: linalg.inv.x
          kind: composite
          doc: {summary: "x", numpy: numpy.x}
          impl: A.b
        """);
  }

  @Test
  void unknownDtypeNamesFileAndLine() {
    SpecException e = fails("""
        - op: sin
          kind: ufunc
          args: [x]
          doc: {summary: "s", numpy: numpy.sin}
          loops: [f32, f65]
          kernels: {cpu: UnaryMath.sin}
        """);
    assertEquals(5, e.line());
    assertTrue(e.getMessage().startsWith("ops/test.yaml:5: unknown dtype or group 'f65'"), e.getMessage());
  }

  @Test
  void unknownKeyIsRejected() {
    SpecException e = fails("""
        - op: sin
          kind: ufunc
          args: [x]
          doc: {summary: "s", numpy: numpy.sin}
          loopz: [f32]
        """);
    assertEquals(5, e.line());
    assertTrue(e.getMessage().contains("unknown key 'loopz'"), e.getMessage());
  }

  @Test
  void missingFieldsAndBadValues() {
    assertTrue(fails("- op: sin\n  kind: ufunc\n").getMessage().contains("missing required key 'doc'"));
    assertTrue(fails("- op: sin\n  kind: blob\n  doc: {summary: s, numpy: numpy.sin}\n")
        .getMessage().contains("unknown kind 'blob'"));
    assertTrue(fails("- op: Sin\n  kind: ufunc\n").getMessage().contains("snake_case"));
    SpecException k = fails("""
        - op: sin
          kind: ufunc
          args: [x]
          doc: {summary: "s", numpy: numpy.sin}
          loops: [f32]
          kernels: {cpu: sin}
        """);
    assertEquals(6, k.line());
    SpecException j = fails("""
        - op: zeros
          kind: composite
          args: ["shape: tuple"]
          doc: {summary: "z", numpy: numpy.zeros}
          impl: Creation.zeros
        """);
    assertEquals(3, j.line());
    assertTrue(j.getMessage().contains("unknown argument type 'tuple'"));
  }

  @Test
  void brokenYamlReportsItsLine() {
    SpecException e = fails("- op: sin\n  kind: [ufunc\n  doc: x\n");
    assertTrue(e.line() >= 2, e.getMessage());
    assertTrue(e.getMessage().contains("not valid YAML"));
  }

  @Test
  void reductionNeedsOneInputAndLoops() {
    assertTrue(fails("""
        - op: sum
          kind: reduction
          args: [a, b]
          doc: {summary: "s", numpy: numpy.sum}
          loops: [f64]
          kernels: {cpu: Reduce.sum}
        """).getMessage().contains("exactly one array input"));
  }

  @Test
  void boolErrorIsForUfuncsOnly() {
    OpSpec s = parse("""
        - op: negative
          kind: ufunc
          args: [x]
          doc: {summary: "n", numpy: numpy.negative}
          loops: [ints, floats]
          kernels: {cpu: UnaryMath.negative}
          bool_error: "no bool"
        """).get(0);
    assertEquals("no bool", s.boolError());
    SpecException e = fails("""
        - op: zeros
          kind: composite
          args: ["shape: shape"]
          doc: {summary: "z", numpy: numpy.zeros}
          impl: Creation.zeros
          bool_error: "x"
        """);
    assertEquals(6, e.line());
  }

  @Test
  void kindsStateTheRoleAndItsFields() {
    OpSpec p = parse("""
        - op: matmul
          kind: primitive
          family: gufunc
          signature: "(n?,k),(k,m?)->(n?,m?)"
          args: [x1, x2]
          doc: {summary: "m", numpy: numpy.matmul}
          impl: LinalgImpl.matmul
          kernels: {gpu: matmul_gemm}
        """).get(0);
    assertEquals(OpSpec.Role.PRIMITIVE, p.role());
    assertEquals("gufunc", p.family());
    assertEquals("(n?,k),(k,m?)->(n?,m?)", p.signature());
    assertEquals("matmul_gemm", p.gpuKernel());
    OpSpec o = parse("""
        - op: nonzero
          kind: opaque
          opaque: "value-dependent shape"
          args: [a]
          doc: {summary: "n", numpy: numpy.nonzero}
          impl: Selection.nonzero
        """).get(0);
    assertEquals(OpSpec.Role.OPAQUE, o.role());
    assertEquals("value-dependent shape", o.opaqueReason());
    assertTrue(fails("""
        - op: zeros
          kind: java
          doc: {summary: "z", numpy: numpy.zeros}
          impl: Creation.zeros
        """).getMessage().contains("unknown kind 'java'"));
    assertTrue(fails("""
        - op: zeros
          kind: primitive
          doc: {summary: "z", numpy: numpy.zeros}
          impl: Creation.zeros
        """).getMessage().contains("needs family:"));
    assertTrue(fails("""
        - op: nonzero
          kind: opaque
          doc: {summary: "n", numpy: numpy.nonzero}
          impl: Selection.nonzero
        """).getMessage().contains("needs opaque:"));
    SpecException sig = fails("""
        - op: matmul
          kind: primitive
          family: gufunc
          signature: "(n,k)(k,m)"
          doc: {summary: "m", numpy: numpy.matmul}
          impl: LinalgImpl.matmul
        """);
    assertEquals(4, sig.line());
    assertTrue(fails("""
        - op: std
          kind: composite
          family: other
          doc: {summary: "s", numpy: numpy.std}
          impl: Statistics.std
        """).getMessage().contains("family: is for primitive and opaque ops"));
    assertTrue(fails("""
        - op: sin
          kind: ufunc
          args: [x]
          doc: {summary: "s", numpy: numpy.sin}
          loops: [f32]
          kernels: {cpu: UnaryMath.sin}
          batch: pointwise
        """).getMessage().contains("unknown batch family 'pointwise'"));
  }
}
