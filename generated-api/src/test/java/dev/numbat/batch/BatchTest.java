package dev.numbat.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.autodiff.GradientTape;
import dev.numbat.core.ConcretizationError;
import dev.numbat.errors.ValueError;
import dev.numbat.trace.CompiledFunction;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Np.vectorizedMap / Np.vmap against Np.mapFn (the loop of the same function), and their
 * composition with tapes, Np.function and themselves.
 */
class BatchTest {
  private static final Random RANDOM = new Random(7);

  private static NDArray randn(int... shape) {
    double[] v = new double[dev.numbat.backend.cpu.Shapes.size(shape)];
    for (int i = 0; i < v.length; i++) {
      v[i] = RANDOM.nextGaussian();
    }
    return Np.asarray(v).reshape(shape);
  }

  private static void assertSame(NDArray expected, NDArray actual, double tol) {
    assertArrayEquals(expected.shape(), actual.shape(), "shape");
    assertEquals(expected.dtype(), actual.dtype(), "dtype");
    assertTrue(Np.allclose(expected, actual, tol, tol), () -> "expected\n" + expected + "\nactual\n" + actual);
  }

  private static void assertSame(List<NDArray> expected, List<NDArray> actual, double tol) {
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      assertSame(expected.get(i), actual.get(i), tol);
    }
  }

  // The guide's model: relu(x @ w1 + b) @ w2, squared loss. Unscaled weights make float32 values in
  // the hundreds that cancel, so the batched products (one GEMM of the stacked rows) and the loop's
  // (one per example) differ by some 1e-5 relative: the float32 comparisons allow 1e-4.
  private final NDArray w1 = randn(32, 64).astype(DType.FLOAT32);
  private final NDArray b = randn(64).astype(DType.FLOAT32);
  private final NDArray w2 = randn(64, 2).astype(DType.FLOAT32);

  private NDArray predict(NDArray x) {
    return Np.matmul(Np.maximum(Np.add(Np.matmul(x, w1), b), 0), w2);
  }

  private List<NDArray> gradients(NDArray x, NDArray y) {
    GradientTape tape = new GradientTape();
    try (tape) {
      tape.watch(List.of(w1, b, w2));
      NDArray loss = Np.sum(Np.square(Np.subtract(predict(x), y)));
      return tape.gradient(loss, List.of(w1, b, w2));
    }
  }

  private List<NDArray> singleExample(NDArray x, NDArray y) {
    return gradients(Np.expandDims(x, 0), Np.expandDims(y, 0));
  }

  @Test
  void elementwiseReductionsViewsAndMatmulMatchTheLoop() {
    NDArray xs = randn(5, 3, 4);
    NDArray w = randn(4, 2);
    CompiledFunction.Body[] fns = {
      a -> Np.tanh(Np.matmul((NDArray) a[0], w)).sum(),
      a -> Np.mean(Np.multiply((NDArray) a[0], 2.0), 0),
      a -> Np.sum((NDArray) a[0], new int[] {-1}, true),
      a -> ((NDArray) a[0]).reshape(2, 6).T().add(Np.arange(2.0)),
      a -> Np.expandDims(Np.squeeze(Np.expandDims((NDArray) a[0], 0)), -1),
      a -> Np.broadcastTo(Np.amax((NDArray) a[0], 0), 5, 4),
      a -> Np.matmul(Np.arange(3.0), (NDArray) a[0]),
      a -> Np.matmul((NDArray) a[0], Np.arange(4.0)),
      a -> Np.cumsum((NDArray) a[0], 1),
      a -> Np.sort((NDArray) a[0], null),
      a -> Np.argmax((NDArray) a[0]),
      a -> Np.concatenate(new Object[] {a[0], Np.ones(3, 1)}, -1),
      a -> Np.transpose((NDArray) a[0]),
      a -> Np.where(Np.greater((NDArray) a[0], 0), a[0], 0.5),
    };
    for (CompiledFunction.Body f : fns) {
      NDArray expected = Np.mapFnOf(f, xs);
      NDArray actual = Np.vectorizedMapOf(f, xs);
      assertSame(expected, actual, 1e-12);
    }
    assertEquals(java.util.Map.of(), withoutOthers(BatchInterpreter.fallbacks()), "no fallback for these ops");
  }

  private static java.util.Map<String, Long> withoutOthers(java.util.Map<String, Long> m) {
    java.util.Map<String, Long> r = new java.util.TreeMap<>(m);
    r.keySet().retainAll(List.of("matmul", "add", "tanh", "sum", "mean", "reshape", "transpose", "expand_dims", "squeeze",
        "broadcast_to", "amax", "cumsum", "sort", "argmax", "concatenate", "where", "greater", "multiply", "maximum",
        "subtract", "square", "getitem", "at.add"));
    return r;
  }

  @Test
  void perExampleGradientsOfTheGuideModelMatchALoopOfTapes() {
    NDArray xs = randn(16, 32).astype(DType.FLOAT32);
    NDArray ys = randn(16, 2).astype(DType.FLOAT32);
    List<NDArray> expected = Np.mapFn(this::singleExample, xs, ys);
    List<NDArray> actual = Np.vectorizedMap(this::singleExample, xs, ys);
    assertArrayEquals(new int[] {16, 32, 64}, actual.get(0).shape());
    assertArrayEquals(new int[] {16, 64}, actual.get(1).shape());
    assertArrayEquals(new int[] {16, 64, 2}, actual.get(2).shape());
    assertSame(expected, actual, 1e-4);
    assertEquals(java.util.Map.of(), withoutOthers(BatchInterpreter.fallbacks()), "the model and its gradient batch by rules");
  }

  @Test
  void aTapeAroundVectorizedMapDifferentiatesTheBatchedOps() {
    NDArray xs = randn(4, 3);
    NDArray w = randn(3, 2);
    GradientTape tape = new GradientTape();
    NDArray loss;
    try (tape) {
      tape.watch(w);
      NDArray per = Np.vectorizedMap(x -> Np.sum(Np.tanh(Np.matmul(x, w))), xs);
      loss = Np.sum(Np.square(per));
    }
    NDArray g = tape.gradient(loss, w);
    GradientTape loop = new GradientTape();
    NDArray l2;
    try (loop) {
      loop.watch(w);
      l2 = Np.sum(Np.square(Np.sum(Np.tanh(Np.matmul(xs, w)), -1)));
    }
    assertSame(loop.gradient(l2, w), g, 1e-12);
  }

  @Test
  void vectorizedMapInsideAndOutsideNpFunction() {
    NDArray xs = randn(16, 32).astype(DType.FLOAT32);
    NDArray ys = randn(16, 2).astype(DType.FLOAT32);
    List<NDArray> expected = Np.mapFn(this::singleExample, xs, ys);
    CompiledFunction compiled = Np.function((x, y) -> Np.vectorizedMap(this::singleExample, x, y));
    @SuppressWarnings("unchecked")
    List<NDArray> inside = (List<NDArray>) compiled.call(xs, ys);
    assertSame(expected, inside, 1e-4);
    compiled.call(xs, ys);
    assertEquals(1, compiled.tracingCount());

    CompiledFunction perExample = Np.function((x, y) -> singleExample(x, y));
    List<NDArray> outside = Np.vectorizedMap((x, y) -> perExample.call(x, y), xs, ys);
    assertSame(expected, outside, 1e-4);
  }

  @Test
  void nestedVmapIsABatchOfBatches() {
    NDArray a = randn(3, 4, 5);
    NDArray v = randn(5);
    dev.numbat.NpBase.Fn1 inner = Np.vmap(x -> Np.dot(x, v));
    dev.numbat.NpBase.Fn1 outer = Np.vmap(inner);
    NDArray r = (NDArray) outer.apply(a);
    assertSame(Np.matmul(a, v), r, 1e-12);
    // The outer level maps axis 0 and puts its batch axis last; the inner maps the example's axis 1.
    dev.numbat.NpBase.Fn1 sw = Np.vmap(Np.vmap(x -> Np.sum(Np.sin(x)), 1, 0), 0, 1);
    NDArray s = (NDArray) sw.apply(a);
    assertSame(Np.transpose(Np.sum(Np.sin(a), new int[] {1})), s, 1e-12);
    // Per-example gradients inside a vmap over a second batch axis.
    NDArray xs = randn(2, 3, 32).astype(DType.FLOAT32);
    NDArray ys = randn(2, 3, 2).astype(DType.FLOAT32);
    List<NDArray> nested = Np.vectorizedMap((x, y) -> Np.vectorizedMap(this::singleExample, x, y), xs, ys);
    List<NDArray> loop = Np.mapFn((x, y) -> Np.mapFn(this::singleExample, x, y), xs, ys);
    assertArrayEquals(new int[] {2, 3, 32, 64}, nested.get(0).shape());
    assertSame(loop, nested, 1e-4);
  }

  @Test
  void inAxesOutAxesUnmappedAndNegative() {
    NDArray a = randn(4, 3);
    NDArray c = randn(3);
    dev.numbat.NpBase.Fn2 f = Np.vmap((x, y) -> Np.multiply(x, y), new Integer[] {-1, null}, 0);
    // x mapped along its last axis (size 3): each example is a column of a; y is unmapped.
    NDArray r = (NDArray) f.apply(a, Np.arange(4.0));
    assertSame(Np.multiply(a, Np.arange(4.0).reshape(4, 1)).T(), r, 1e-12);
    NDArray r1 = (NDArray) Np.vmap((NDArray x) -> Np.add(x, c), 0, 1).apply(a);
    assertSame(Np.add(a, c).T(), r1, 1e-12);
    // An output that does not depend on the mapped argument is broadcast, or returned once with outAxis null.
    NDArray same = (NDArray) Np.vmap((NDArray x) -> c, 0, 0).apply(a);
    assertSame(Np.broadcastTo(c, 4, 3), same, 0);
    assertSame(c, (NDArray) Np.vmap((NDArray x) -> c, 0, null).apply(a), 0);
    assertThrows(ValueError.class, () -> Np.vmap((NDArray x) -> x, 0, null).apply(a));
  }

  @Test
  void gathersAndScattersWithBatchedIndices() {
    NDArray table = randn(4, 6);
    NDArray idx = Np.asarray(new int[] {5, 0, 2, 2});
    NDArray rows = Np.vectorizedMap((t, i) -> t.get(i), table, idx);
    NDArray loopRows = Np.mapFn((t, i) -> t.get(i), table, idx);
    assertSame(loopRows, rows, 0);
    NDArray upd = Np.vectorizedMap((t, i) -> t.at(i).add(10.0), table, idx);
    assertSame(Np.mapFn((t, i) -> t.at(i).add(10.0), table, idx), upd, 0);
    NDArray pairs = Np.asarray(new int[][] {{0, 1}, {2, 3}, {4, 5}, {1, 1}});
    NDArray taken = Np.vectorizedMap((t, i) -> Np.take(t, i), table, pairs);
    assertSame(Np.mapFn((t, i) -> Np.take(t, i), table, pairs), taken, 0);
    NDArray sliced = Np.vectorizedMap(t -> t.get(Np.slice(1, 4)).get(new int[] {0, 2}), table);
    assertSame(Np.mapFn(t -> t.get(Np.slice(1, 4)).get(new int[] {0, 2}), table), sliced, 0);
    // The gradient of a gather per example is a scatter per example.
    NDArray g = Np.vectorizedMap((t, i) -> {
      GradientTape tape = new GradientTape();
      try (tape) {
        tape.watch(t);
        return tape.gradient(Np.sum(Np.square(t.get(i))), t);
      }
    }, table, idx);
    for (int e = 0; e < 4; e++) {
      NDArray expected = Np.zeros(6).at(idx.get(e).item()).set(Np.multiply(2.0, table.get(e, idx.get(e))));
      assertSame(expected, g.get(e), 1e-12);
    }
  }

  @Test
  void errorsAreTheExamplesErrors() {
    NDArray xs = randn(3, 4);
    ValueError e = assertThrows(ValueError.class, () -> Np.vectorizedMap(x -> Np.add(x, Np.ones(5)), xs));
    assertEquals("operands could not be broadcast together with shapes (4,) (5,) ", e.getMessage());
    ValueError r = assertThrows(ValueError.class, () -> Np.vectorizedMap(x -> x.reshape(3), xs));
    assertEquals(assertThrows(ValueError.class, () -> xs.get(0).reshape(3)).getMessage(), r.getMessage());
    assertThrows(dev.numbat.errors.AxisError.class, () -> Np.vectorizedMap(x -> Np.sum(x, 1), xs));
    ValueError sizes = assertThrows(ValueError.class, () -> Np.vectorizedMap((x, y) -> x, xs, Np.ones(4)));
    assertTrue(sizes.getMessage().startsWith("vmap got inconsistent sizes"), sizes.getMessage());
    ConcretizationError read = assertThrows(ConcretizationError.class, () -> Np.vectorizedMap(x -> Np.asarray(x.item()), Np.ones(3)));
    assertTrue(read.getMessage().contains("Batched<float64[]>"), read.getMessage());
    assertThrows(ConcretizationError.class, () -> Np.vectorizedMap(x -> Np.nonzero(x)[0], xs));
  }

  @Test
  void aPrimitiveWithoutARuleLoopsAndIsCounted() {
    NDArray xs = randn(3, 4);
    NDArray ind = Np.asarray(new int[] {0, 2});
    long before = BatchInterpreter.fallbacks().getOrDefault("put", 0L);
    NDArray a = Np.vectorizedMap(x -> Np.put(x, ind, Np.sum(x)), xs);
    NDArray loop = Np.mapFn(x -> Np.put(x, ind, Np.sum(x)), xs);
    assertSame(loop, a, 1e-12);
    assertEquals(before + 1, BatchInterpreter.fallbacks().get("put"));
    assertEquals(null, BatchInterpreter.batching(dev.numbat.ops.PutOp.OP), "put has no rule");
  }

  @Test
  void theRestOfTheFamiliesMatchTheLoop() {
    NDArray xs = randn(4, 3, 3);
    NDArray spd = Np.add(Np.matmul(xs, Np.swapaxes(xs, -1, -2)), Np.multiply(3.0, Np.eye(3)));
    NDArray vs = randn(4, 3);
    CompiledFunction.Body[] fns = {
      a -> Np.linalg.inv((NDArray) a[0]),
      a -> Np.linalg.solve((NDArray) a[0], Np.arange(3.0)),
      a -> Np.linalg.cholesky((NDArray) a[0]),
      a -> Np.linalg.det((NDArray) a[0]),
      a -> Np.linalg.eigh((NDArray) a[0])[0],
      a -> Np.einsum("ij,j->i", a[0], Np.arange(3.0)),
      a -> Np.fft.fft((NDArray) a[0]),
      a -> Np.fft.rfft((NDArray) a[0], null, 0),
      a -> Np.diag(Np.diagonal((NDArray) a[0])),
      a -> Np.pad((NDArray) a[0], 1),
      a -> Np.flip((NDArray) a[0]),
      a -> Np.argsort((NDArray) a[0], 0),
      a -> Np.takeAlongAxis((NDArray) a[0], Np.argsort((NDArray) a[0], 1), 1),
      a -> Np.linalg.multiDot(Np.arange(3.0), a[0], a[0]),
    };
    for (CompiledFunction.Body f : fns) {
      NDArray expected = Np.mapFnOf(f, spd);
      NDArray actual = Np.vectorizedMapOf(f, spd);
      assertSame(expected, actual, 1e-9);
    }
    NDArray crossed = Np.vectorizedMap((x, y) -> Np.cross(x, y), vs, Np.flip(vs));
    assertSame(Np.mapFn((x, y) -> Np.cross(x, y), vs, Np.flip(vs)), crossed, 1e-12);
  }
}
