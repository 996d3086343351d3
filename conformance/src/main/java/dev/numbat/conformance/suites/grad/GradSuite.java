package dev.numbat.conformance.suites.grad;

import dev.numbat.trace.CompiledFunction;

import static dev.numbat.conformance.suites.grad.GradRows.*;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.autodiff.GradientTape;
import dev.numbat.autodiff.UnconnectedGradients;
import dev.numbat.conformance.Case;
import dev.numbat.conformance.Compare;
import dev.numbat.conformance.Py;
import dev.numbat.conformance.Suite;
import dev.numbat.conformance.Tolerance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Gradient records: for every differentiable op, the tape's vector-Jacobian product (random
 * output seed u) equals NumPy's central finite differences of {@code Re(sum(conj(u) * op(x)))}
 * on the same inputs, computed in float64 ({@code _numbat_vjp_fd} in the worker); element-wise
 * ops also get a second-derivative record (nested tapes against second differences). Inputs are
 * drawn away from the ops' kinks (ties, |x| near 0, domain edges), where a derivative is one-sided.
 * Report rows: {@code grad:OP} and {@code grad2:OP}.
 */
public final class GradSuite implements Suite {
  private static final Tolerance TOL = Tolerance.of(false, Map.of("float64", 1e-5, "complex128", 1e-5,
      "float32", 2e-3, "complex64", 2e-3));

  @Override
  public String name() { return "grad"; }

  @Override
  public List<Case> cases() {
    Random rnd = new Random(20240805);
    List<Case> out = new ArrayList<>();
    for (Op op : ElementwiseRows.unary()) {
      for (int[] s : List.of(new int[] {3, 4}, new int[] {5}, new int[] {})) {
        out.add(vjp(op, new int[][] {s}, DType.FLOAT64, rnd));
      }
      out.add(vjp(op, new int[][] {{2, 3}}, DType.FLOAT32, rnd));
    }
    int[][][] pairs = {{{3, 4}, {3, 4}}, {{3, 4}, {4}}, {{2, 1}, {1, 3}}, {{}, {3}}};
    for (Op op : ElementwiseRows.binary()) {
      for (int[][] p : pairs) {
        out.add(vjp(op, p, DType.FLOAT64, rnd));
      }
      out.add(vjp(op, new int[][] {{2, 3}, {3}}, DType.FLOAT32, rnd));
    }
    for (Op op : ElementwiseRows.reductions()) {
      int[][] shapes = new int[op.nin()][];
      Arrays.fill(shapes, new int[] {3, 4});
      if (op.group().equals("diagflat")) {
        shapes[0] = new int[] {4};
      }
      if (op.group().equals("full_like")) {
        shapes[1] = new int[] {};
      }
      if (op.group().equals("clip") && op.nin() == 3) {
        shapes = new int[][] {{3, 4}, {4}, {3, 1}};
      }
      out.add(vjp(op, shapes, DType.FLOAT64, rnd));
    }
    out.add(prodWithZeros(rnd));
    // astype float32 -> float64: the gradient comes back as float32 (the tape casts to the input's dtype).
    out.add(vjp(op("astype", "lambda x: x.astype(np.float64)", a -> Np.astype(a[0], DType.FLOAT64), 1, -2, 2),
        new int[][] {{3, 4}}, DType.FLOAT32, rnd));
    out.add(vjp(op("dot", "np.dot", a -> Np.dot(a[0], a[1]), 2, -2, 2), new int[][] {{3, 4}, {4, 2}}, DType.FLOAT64, rnd));
    out.add(vjp(op("dot", "np.dot", a -> Np.dot(a[0], a[1]), 2, -2, 2), new int[][] {{3, 4}, {4}}, DType.FLOAT64, rnd));
    out.add(vjp(op("dot", "np.dot", a -> Np.dot(a[0], a[1]), 2, -2, 2), new int[][] {{4}, {4, 2}}, DType.FLOAT64, rnd));
    out.add(vjp(op("dot", "np.dot", a -> Np.dot(a[0], a[1]), 2, -2, 2), new int[][] {{4}, {4}}, DType.FLOAT64, rnd));
    out.add(vjp(op("dot", "np.dot", a -> Np.dot(a[0], a[1]), 2, -2, 2), new int[][] {{2, 3, 4}, {4, 2}}, DType.FLOAT32, rnd));
    // Complex inputs: TF's convention, dL/dre + 1j dL/dim, against the same finite differences.
    for (Op op : List.of(u("sin", Np::sin, -1, 1), u("exp", Np::exp, -1, 1), u("square", Np::square, -1, 1),
        u("abs", Np::abs, 0.3, 1), u("sqrt", Np::sqrt, 0.3, 1), u("log", Np::log, 0.3, 1), u("tanh", Np::tanh, -1, 1),
        op("real", "np.real", a -> Np.real(a[0]), 1, -1, 1), op("imag", "np.imag", a -> Np.imag(a[0]), 1, -1, 1),
        op("angle", "np.angle", a -> Np.angle(a[0]), 1, 0.3, 1),
        b("multiply", Np::multiply, -1, 1), b("divide", Np::divide, 0.5, 1), b("add", Np::add, -1, 1),
        op("sum", "np.sum", a -> Np.sum(a[0]), 1, -1, 1), op("prod", "lambda x: np.prod(x, axis=0)", a -> Np.prod(a[0], 0), 1, 0.5, 1),
        op("var", "np.var", a -> Np.var(a[0]), 1, -1, 1), op("cumsum", "np.cumsum", a -> Np.cumsum(a[0]), 1, -1, 1),
        op("dot", "np.dot", a -> Np.dot(a[0], a[1]), 2, -1, 1))) {
      int[][] shapes = op.nin() == 1 ? new int[][] {{2, 3}} : op.group().equals("dot") ? new int[][] {{2, 3}, {3, 2}}
          : new int[][] {{2, 3}, {3}};
      out.add(vjp(op, shapes, DType.COMPLEX128, rnd));
    }
    for (Row row : StructuralRows.updates()) {
      out.add(vjp(row.op(), row.shapes(), row.dt(), rnd));
    }
    for (Row row : StructuralRows.structural()) {
      out.add(vjp(row.op(), row.shapes(), row.dt(), rnd));
    }
    for (Row row : LinalgRows.solvers()) {
      out.add(vjp(row.op(), row.shapes(), row.dt(), rnd));
    }
    for (Op op : ElementwiseRows.unary()) {
      if (!op.py().startsWith("np.") || op.group().equals("real")) {
        continue;
      }
      out.add(second(op, rnd));
    }
    for (Row row : LinalgRows.decompositions()) {
      out.add(vjp(row.op(), row.shapes(), row.dt(), rnd));
    }
    for (Row row : LinalgRows.norms()) {
      out.add(vjp(row.op(), row.shapes(), row.dt(), rnd));
    }
    for (Row row : StructuralRows.coverage()) {
      out.add(vjp(row.op(), row.shapes(), row.dt(), rnd));
    }
    for (Row row : FftRows.rows()) {
      out.add(vjp(row.op(), row.shapes(), row.dt(), rnd));
    }
    for (Case c : JacobianRows.jacobians(rnd)) {
      out.add(c);
    }
    // each gradient record once more, the gradient computed inside Np.function
    List<Case> all = new ArrayList<>(out.size() * 2);
    for (Case c : out) {
      all.add(c);
      Case twin = COMPILED.remove(c);
      if (twin != null) {
        all.add(twin);
      }
      Case perExample = VECTORIZED.remove(c);
      if (perExample != null) {
        all.add(perExample);
      }
    }
    return all;
  }

  /** Groups whose per-example gradient records are skipped, with the reason (counted in the report). */
  private static final Map<String, String> VECTORIZED_GAPS = vectorizedGaps();

  private static Map<String, String> vectorizedGaps() {
    Map<String, String> m = new java.util.HashMap<>();
    String opaque = "the op is opaque (value-dependent result shape), so Np.vectorizedMap refuses it by design";
    for (String g : List.of("linalg.lstsq", "histogram", "histogram_bin_edges", "trim_zeros", "bincount")) {
      m.put(g, opaque);
    }
    return m;
  }

  /**
   * Groups whose compiled gradient records are skipped, with the reason (counted in the report).
   * The list is what remains to be done for compiled gradients; a fixed group must leave it.
   */
  private static final Map<String, String> COMPILED_GAPS = gaps();

  private static Map<String, String> gaps() {
    Map<String, String> m = new java.util.HashMap<>();
    String opaque = "the op is opaque (value-dependent result shape), so Np.function refuses it by design";
    for (String g : List.of("linalg.lstsq", "histogram", "histogram_bin_edges", "trim_zeros", "bincount")) {
      m.put(g, opaque);
    }
    String dtype = "eig's result dtype depends on the values (real when every eigenvalue is), which a trace cannot know";
    m.put("linalg.eig", dtype);
    m.put("linalg.eigvals", dtype);
    return m;
  }

  /** The {@code fn-grad:} twin of each {@code grad:} record made by {@link #vjpCase}, until {@link #cases} collects it. */
  private static final Map<Case, Case> COMPILED = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

  /** The {@code vmap-grad:} twin of each {@code grad:} record made by {@link #vjpCase}, until {@link #cases} collects it. */
  private static final Map<Case, Case> VECTORIZED = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

  /** How many examples a {@code vmap-grad:} record maps over. */
  private static final int EXAMPLES = 3;

  /**
   * Per-example gradients: the record's vjp under {@code Np.vectorizedMap} over three examples
   * (the inputs scaled by 1, 0.99 and 0.98, which keeps domains, orderings and definiteness),
   * checked against a loop of tapes over the same examples, and example 0 returned for the
   * record's NumPy finite differences.
   */
  private static List<NDArray> perExample(Op op, NDArray[] xs, NDArray seed) {
    Object[] batches = new Object[xs.length];
    for (int i = 0; i < xs.length; i++) {
      Object[] each = new Object[EXAMPLES];
      for (int e = 0; e < EXAMPLES; e++) {
        each[e] = e == 0 ? xs[i] : Np.multiply(xs[i], 1 - 0.01 * e);
      }
      batches[i] = Np.stack(each, 0);
    }
    List<NDArray> vectorized = Np.vectorizedMapOf(a -> {
      NDArray[] ins = new NDArray[a.length];
      for (int i = 0; i < a.length; i++) {
        ins[i] = (NDArray) a[i];
      }
      return vjpOf(op, ins, seed);
    }, batches);
    for (int e = 0; e < EXAMPLES; e++) {
      NDArray[] ins = new NDArray[xs.length];
      for (int i = 0; i < xs.length; i++) {
        ins[i] = ((NDArray) batches[i]).get(e);
      }
      List<NDArray> loop = vjpOf(op, ins, seed);
      for (int k = 0; k < loop.size(); k++) {
        NDArray want = loop.get(k);
        NDArray got = vectorized.get(k).get(e);
        double tol = want.dtype() == DType.FLOAT64 || want.dtype() == DType.COMPLEX128 ? 1e-9 : 1e-4;
        if (want.dtype() != got.dtype() || !Arrays.equals(want.shapeRef(), got.shapeRef())
            || !Np.allclose(want, got, tol, tol, true)) {
          throw new IllegalStateException("per-example gradient " + k + " of example " + e + " differs from the loop of"
              + " tapes: " + Compare.describe(got) + " against " + Compare.describe(want));
        }
      }
    }
    List<NDArray> first = new ArrayList<>(vectorized.size());
    for (NDArray g : vectorized) {
      first.add(g.get(0));
    }
    return first;
  }

  /** Random inputs for {@code op} of the given shapes: magnitudes in [lo, hi), signs random when lo < 0 is not the range. */
  private static NDArray input(Op op, int[] shape, DType dt, Random rnd, int which) {
    int n = 1;
    for (int d : shape) {
      n *= d;
    }
    boolean complex = dt.isComplex();
    double[] v = new double[complex ? 2 * n : n];
    for (int i = 0; i < v.length; i++) {
      double x = op.lo() + (op.hi() - op.lo()) * rnd.nextDouble();
      if (op.nin() >= 2 && op.lo() < 0) {
        // Binary ops with a signed range: shift the second input so no element ties with the first.
        x += which == 1 ? 0.05 : 0;
      }
      v[i] = complex && op.lo() > 0 && i % 2 == 1 ? x * 0.5 : x;
    }
    NDArray a;
    if (complex) {
      a = new NDArray(DType.COMPLEX128, shape, v);
    } else {
      a = Np.astype(new NDArray(DType.FLOAT64, shape, v), dt);
    }
    return a;
  }

  private static NDArray seedLike(NDArray y, Random rnd) {
    double[] v = new double[y.dtype().isComplex() ? 2 * y.size() : y.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = rnd.nextGaussian();
    }
    NDArray s = new NDArray(y.dtype().isComplex() ? DType.COMPLEX128 : DType.FLOAT64, y.shape(), v);
    return y.dtype() == s.dtype() ? s : Np.astype(s, y.dtype());
  }

  static Case vjp(Op op, int[][] shapes, DType dt, Random rnd) {
    NDArray[] xs = new NDArray[op.nin()];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = input(op, shapes[i], dt, rnd, i);
    }
    return vjpCase(op, xs, rnd);
  }

  private static Case vjpCase(Op op, NDArray[] xs, Random rnd) {
    NDArray seed = seedLike(op.java().apply(xs), rnd);
    List<Object> pyArgs = new ArrayList<>(Arrays.asList((Object[]) xs));
    pyArgs.add(seed);
    StringBuilder wrt = new StringBuilder("[");
    StringBuilder label = new StringBuilder(op.py()).append("(");
    for (int i = 0; i < xs.length; i++) {
      wrt.append(i == 0 ? "" : ", ").append(i);
      label.append(i == 0 ? "" : ", ").append(xs[i].dtype()).append(Py.repr(xs[i].shapeRef()));
    }
    String ref = "lambda *a: _numbat_vjp_fd(" + op.py() + ", a, " + wrt + "])";
    Case eager = Case.of("grad:" + op.group(), "vjp " + label + ")", ref, pyArgs, Map.of(), TOL, () -> vjpOf(op, xs, seed));
    // The same record with the forward and backward pass traced and compiled together: the
    // arguments are the function's inputs, the seed a constant of the trace.
    Case twin = Case.of("fn-grad:" + op.group(), "compiled vjp " + label + ")", ref, pyArgs, Map.of(), TOL,
        () -> CompiledFunction.ofArrays(xs.length, ins -> vjpOf(op, ins, seed)).call((Object[]) xs));
    twin.skip = COMPILED_GAPS.get(op.group());
    COMPILED.put(eager, twin);
    Case vectorized = Case.of("vmap-grad:" + op.group(), "per-example vjp " + label + ")", ref, pyArgs, Map.of(), TOL,
        () -> perExample(op, xs, seed));
    vectorized.skip = VECTORIZED_GAPS.get(op.group());
    VECTORIZED.put(eager, vectorized);
    return eager;
  }

  private static List<NDArray> vjpOf(Op op, NDArray[] xs, NDArray seed) {
    GradientTape tape = new GradientTape();
    tape.watch((Object[]) xs);
    NDArray y = op.java().apply(xs);
    tape.close();
    return tape.gradient(y, Arrays.asList((Object[]) xs), seed, UnconnectedGradients.ZERO);
  }

  /** prod over slices holding no zero, one zero and two zeros: the exact rule against finite differences. */
  private static Case prodWithZeros(Random rnd) {
    NDArray x = Np.asarray(new double[][] {{1.5, 0, 2, -1}, {0.5, 1.25, -2, 3}, {0, 2, 0, 1.5}});
    return vjpCase(op("prod", "lambda x: np.prod(x, axis=1)", a -> Np.prod(a[0], 1), 1, 0, 1), new NDArray[] {x}, rnd);
  }

  /** d/dx (v . d/dx (u . f(x))) by nested tapes against {@code v * u * f''(x)} from second differences. */
  private static Case second(Op op, Random rnd) {
    NDArray x = input(op, new int[] {3, 4}, DType.FLOAT64, rnd, 0);
    NDArray uSeed = seedLike(x, rnd);
    NDArray vSeed = seedLike(x, rnd);
    String ref = "lambda x, u, v: _numbat_second_fd(" + op.py() + ", x, u, v)";
    Tolerance tol = Tolerance.of(false, Map.of("float64", 1e-5));
    return Case.of("grad2:" + op.group(), "d2 " + op.py() + "(float64(3, 4))", ref, List.of(x, uSeed, vSeed), Map.of(), tol,
        () -> {
          GradientTape outer = new GradientTape();
          outer.watch(x);
          GradientTape inner = new GradientTape();
          inner.watch(x);
          NDArray y = op.java().apply(new NDArray[] {x});
          inner.close();
          NDArray d1 = inner.gradient(y, List.of(x), uSeed, UnconnectedGradients.ZERO).get(0);
          outer.close();
          return outer.gradient(d1, List.of(x), vSeed, UnconnectedGradients.ZERO).get(0);
        });
  }

}
