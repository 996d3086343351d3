package dev.numbat.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.processor.OpSpec;
import dev.numbat.processor.SpecParser;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Case counts and shapes of the generator on small inline specs (no NumPy needed). */
class CaseGeneratorTest {
  private static OpSpec spec(String yaml) {
    return new SpecParser().parse("inline.yaml", new StringReader(yaml)).get(0);
  }

  private static List<Case> cases(String yaml) {
    CaseGenerator g = new CaseGenerator(spec(yaml));
    List<Case> c = g.cases();
    assertEquals(List.of(), g.problems());
    return c;
  }

  private static final String UFUNC1 = """
      - op: sin
        kind: ufunc
        args: [x]
        doc: {summary: s, numpy: numpy.sin}
        loops: [floats]
        kernels: {cpu: UnaryMath.sin}
        test: {dtypes: [float32, f64], shapes: all, rng: "uniform(-1, 1)"}
      """;

  @Test
  void unaryUfunc() {
    List<Case> c = cases(UFUNC1);
    // 2 dtypes x (weak + () + 6 nonscalar + 3 empty)
    assertEquals(22, c.size());
    Case weak = c.stream().filter(x -> x.tags.contains("weak")).findFirst().orElseThrow();
    assertInstanceOf(Double.class, weak.jargs[0]);
    double v = (Double) weak.jargs[0];
    assertTrue(v >= -1 && v < 1, "uniform(-1, 1) drew " + v);
    assertEquals("numpy.sin", weak.ref);
    Case a = c.get(3);
    NDArray x = (NDArray) a.jargs[0];
    assertEquals(DType.FLOAT32, x.dtype());
    assertTrue(a.label.startsWith("sin(float32("), a.label);
    assertEquals(List.of(x), a.pyArgs);
  }

  @Test
  void deterministic() {
    List<Case> a = cases(UFUNC1);
    List<Case> b = cases(UFUNC1);
    for (int i = 0; i < a.size(); i++) {
      assertEquals(a.get(i).label, b.get(i).label);
      if (a.get(i).jargs[0] instanceof NDArray x) {
        assertEquals(x.toString(), b.get(i).jargs[0].toString());
      }
    }
  }

  @Test
  void binaryUfunc() {
    List<Case> c = cases("""
        - op: add
          kind: ufunc
          args: [x1, x2]
          doc: {summary: s, numpy: numpy.add}
          loops: [ints, floats]
          kernels: {cpu: Arith.add}
          test: {dtypes: [int8, float32], nonfinite: true, tol: {f32: 1e-5}}
        """);
    // per dtype: 7x7 nonempty pairs + 3 empties x (itself + 4 partners x 2 orders) + 4 weak
    // partners x 2 orders + weak,weak = 85; cross dtypes 2 x 3 shape pairs; weak kinds 2 x 4 x 2;
    // nonfinite: float32 x 2
    assertEquals(2 * 85 + 6 + 16 + 2, c.size());
    assertEquals(1e-5, c.get(0).tol.of("float32"));
    long nonBroadcasting = c.stream().filter(x -> x.shapes.equals("(0, 4), (3, 4)")).count();
    assertEquals(2, nonBroadcasting, "shape pairs that do not broadcast stay in (NumPy raises)");
    assertTrue(c.stream().anyMatch(x -> x.dtypes.equals("int8, float32")));
    assertTrue(c.stream().anyMatch(x -> x.dtypes.equals("float32, weak complex")));
    assertEquals(2, c.stream().filter(x -> x.tags.contains("nonfinite")).count());
  }

  @Test
  void reduction() {
    String yaml = """
        - op: sum
          kind: reduction
          args: [a]
          doc: {summary: s, numpy: numpy.sum}
          loops: [i64, f64]
          kernels: {cpu: Reduce.sum}
          dtype_arg: DTYPEARG
          test: {dtypes: [float64], shapes: ["(3,4)", "()"]}
        """;
    List<Case> c = cases(yaml.replace("DTYPEARG", "false"));
    // (3,4): None 0 1 -1 -2 2 (0,1) (-1,0) (0,0) + keepdims for None, -1, (0,1); (): None 0 () + keepdims None
    assertEquals(12 + 4, c.size());
    Case t = c.stream().filter(x -> x.label.equals("sum(float64(3, 4), axis=(0, 1), keepdims=True)")).findFirst()
        .orElseThrow();
    assertArrayEquals(new int[] {0, 1}, (int[]) t.jargs[1]);
    assertEquals(Boolean.TRUE, t.jargs[2]);
    assertNull(t.jargs[3]);
    assertEquals(Map.of("axis", new Py.Tuple(List.of(0L, 1L)), "keepdims", true), t.pyKw);
    Case plain = c.stream().filter(x -> x.label.equals("sum(float64(3, 4))")).findFirst().orElseThrow();
    assertEquals(Boolean.FALSE, plain.jargs[2], "defaults fill the Java call");
    assertTrue(plain.pyKw.isEmpty(), "NumPy gets only what the case sets");
    // dtype=: every dtype, axis None and 1
    assertEquals(16 + 15 * 2, cases(yaml.replace("DTYPEARG", "true")).size());
  }

  @Test
  void javaOpWithKwargsAndCases() {
    List<Case> c = cases("""
        - op: array_equal
          kind: composite
          args: [a1, a2, "equal_nan: bool = false"]
          doc: {summary: s, numpy: numpy.array_equal}
          impl: LogicImpl.arrayEqual
          test:
            dtypes: [bool, int8]
            shapes: nonscalar
            kwargs: [{equal_nan: true}]
            cases:
              - "[1, 2], [1, 2]"
              - "[1.0, 2.0], [[1, 2]], equal_nan=True"
        """);
    // defaults family: 2 dtypes x 36 pairs + 2 cross-dtype; equal_nan family: 72; 2 cases
    assertEquals(74 + 72 + 2, c.size());
    Case lit = c.get(c.size() - 1);
    assertEquals("array_equal([1.0, 2.0], [[1, 2]], equal_nan=True)", lit.label);
    assertInstanceOf(CaseGenerator.Lazy.class, lit.jargs[0]);
    NDArray a = (NDArray) ((CaseGenerator.Lazy) lit.jargs[0]).get();
    assertEquals(DType.FLOAT64, a.dtype());
    assertEquals(Boolean.TRUE, lit.jargs[2]);
    assertEquals(List.of(List.of(1.0, 2.0), List.of(List.of(1L, 2L))), lit.pyArgs);
    assertEquals(Map.of("equal_nan", true), lit.pyKw);
    Case kw = c.stream().filter(x -> x.tags.contains("equal_nan=True")).findFirst().orElseThrow();
    assertEquals(Boolean.TRUE, kw.jargs[2]);
    assertEquals(Map.of("equal_nan", true), kw.pyKw);
  }

  @Test
  void creationOpAndSkips() {
    List<Case> c = cases("""
        - op: zeros
          kind: composite
          args: ["shape: shape", "dtype: dtype = None"]
          doc: {summary: s, numpy: numpy.zeros}
          impl: Creation.zeros
          test: {dtypes: [int8, bf16], skip: {bfloat16: "not in NumPy", "(0,4)": "empty"}}
        """);
    // 10 array shapes x (default dtype + 2 dtypes)
    assertEquals(30, c.size());
    assertEquals(10, c.stream().filter(x -> "not in NumPy".equals(x.skip)).count());
    // (0,4) x {default, int8}; its bfloat16 case is skipped by the first key already
    assertEquals(2, c.stream().filter(x -> "empty".equals(x.skip)).count());
    Case z = c.stream().filter(x -> x.label.equals("zeros((3, 4), dtype='int8')")).findFirst().orElseThrow();
    assertArrayEquals(new int[] {3, 4}, (int[]) z.jargs[0]);
    assertEquals(DType.INT8, z.jargs[1]);
    assertArrayEquals(new int[] {3, 4}, (int[]) z.pyArgs.get(0));
    assertEquals(DType.INT8, z.pyKw.get("dtype"));
  }

  @Test
  void skipKeys() {
    String yaml = """
        - op: sin
          kind: ufunc
          args: [x]
          doc: {summary: s, numpy: numpy.sin}
          loops: [floats]
          kernels: {cpu: UnaryMath.sin}
          test: {dtypes: [int8, uint8, float32], cases: ["[1, 2]"], skip: {SKIP}}
        """;
    // 3 dtypes x 11 shapes (weak included) + 1 case
    List<Case> c = cases(yaml.replace("SKIP", "int: \"ints\", weak_float: \"wf\", \"case:[1, 2]\": \"lit\""));
    assertEquals(34, c.size());
    // the weak-int cases of int8 and uint8 have no int8 array: dtype keys match the inputs present
    assertEquals(20, c.stream().filter(x -> "ints".equals(x.skip)).count(), "a dtype set skips each of its dtypes");
    assertEquals(1, c.stream().filter(x -> "wf".equals(x.skip)).count());
    assertEquals(1, c.stream().filter(x -> "lit".equals(x.skip)).count());
    assertEquals(34, cases(yaml.replace("SKIP", "all: \"everything\"")).stream().filter(x -> x.skip != null).count());
    // skip-fn marks only the compiled row: the case itself still runs
    List<Case> f = cases(yaml.replace("skip: {SKIP}", "skip-fn: {\"case:[1, 2]\": \"traced\"}"));
    assertEquals(1, f.stream().filter(x -> "traced".equals(x.skipCompiled) && x.skip == null).count());
    assertEquals(0, f.stream().filter(x -> x.skip != null).count());
  }

  @Test
  void casesOnlyBlocks() {
    String yaml = """
        - op: finfo
          kind: composite
          args: ["dtype: object"]
          doc: {summary: s, numpy: numpy.finfo}
          impl: DTypeInfo.finfo
          test: {cases: ["'float16'", "np.float32"], reference: "lambda d: np.finfo(d).eps"EXTRA}
        """;
    List<Case> only = cases(yaml.replace("EXTRA", ""));
    assertEquals(2, only.size(), "a test block with cases: and no generation keys runs its cases only");
    assertEquals("float16", only.get(0).jargs[0]);
    assertEquals(List.of("float16"), only.get(0).pyArgs);
    assertEquals(DType.FLOAT32, only.get(1).pyArgs.get(0), "np.float32 reaches NumPy as a dtype");
    assertEquals("lambda d: np.finfo(d).eps", only.get(0).ref);
    assertEquals(2 + 10 * 2, cases(yaml.replace("EXTRA", ", dtypes: [f16, f32]")).size());
  }

  @Test
  void problemsAreReported() {
    CaseGenerator g = new CaseGenerator(spec("""
        - op: reshape
          kind: composite
          args: [a, "shape: shape", "order: string = 'C'"]
          doc: {summary: s, numpy: numpy.reshape}
          impl: Shape.reshape
          test: {skip: {f16: "typo?", nosuchtag: "x"}, kwargs: [{shape: "(12,)"}, {shape: "(-1, 2)"}]}
        """));
    List<Case> c = g.cases();
    // shape comes from the kwargs variants (the defaults family lacks it and is left out)
    assertEquals(2 * 15 * 10, c.size());
    assertEquals(List.of(), g.problems());
    assertEquals(List.of("skip key 'nosuchtag' matches no case"), g.notes());
    assertEquals(20, c.stream().filter(x -> "typo?".equals(x.skip)).count());
    Case r = c.stream().filter(x -> x.label.equals("reshape(int8(3, 4), shape=(-1, 2))")).findFirst().orElseThrow();
    assertArrayEquals(new int[] {-1, 2}, (int[]) r.jargs[1]);
    assertEquals("C", r.jargs[2]);
    CaseGenerator noShape = new CaseGenerator(spec("""
        - op: reshape
          kind: composite
          args: [a, "shape: shape"]
          doc: {summary: s, numpy: numpy.reshape}
          impl: Shape.reshape
        """));
    assertEquals(0, noShape.cases().size());
    assertTrue(noShape.problems().get(0).contains("'shape' (shape) has no default"), noShape.problems().toString());
    CaseGenerator h = new CaseGenerator(spec("""
        - op: full_demo
          kind: composite
          args: ["shape: shape", "fill_value: array"]
          doc: {summary: s, numpy: numpy.full}
          impl: Creation.full
          test: {dtypes: [int8], kwargs: [{shape: "(2, 3)"}]}
        """));
    // An op OpTable does not know is read from its spec as written (the real `full` takes an
    // object fill value): fill_value is array-typed, generated (10 shapes); the shape comes from the variant
    assertEquals(10, h.cases().size());
    assertEquals(List.of(), h.problems());
    CaseGenerator k = new CaseGenerator(spec("""
        - op: eye
          kind: composite
          args: ["n: int", "dtype: dtype = None"]
          doc: {summary: s, numpy: numpy.eye}
          impl: Creation.eye
        """));
    assertEquals(0, k.cases().size());
    assertTrue(k.problems().get(0).contains("parameter 'n' (int) has no default"), k.problems().toString());
  }
}
