package dev.numbat.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.autodiff.GradientTape;
import dev.numbat.core.ConcretizationError;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Np.function on the op path: tracing through Dispatch, one graph per signature, tapes inside and outside. */
class FunctionTest {
  private static NDArray sigmoid(NDArray x) {
    return Np.trueDivide(1.0, Np.add(1.0, Np.exp(Np.negative(x))));
  }

  @Test
  void tracesOncePerSignatureAndMatchesEager() {
    CompiledFunction f = Np.function((NDArray x) -> sigmoid(x));
    NDArray a = Np.asarray(new float[] {-2f, 0f, 3f});
    NDArray b = Np.asarray(new float[] {1f, 2f, 4f});
    assertArrayEquals(sigmoid(a).toFloatArray(), f.apply(a).toFloatArray(), 0f);
    assertArrayEquals(sigmoid(b).toFloatArray(), f.apply(b).toFloatArray(), 0f);
    assertEquals(1, f.tracingCount());
    assertEquals(Np.float32, f.apply(a).dtype());
    f.apply(Np.asarray(new double[] {1, 2}));
    assertEquals(2, f.tracingCount(), "a new dtype and shape traces again");
    String g = f.graphText(a);
    assertTrue(g.contains("= negative(%0)") && g.contains("= exp(") && g.contains("= divide("), g);
    assertTrue(!g.contains("true_divide"), "a composite is traced as the ops it calls:\n" + g);
  }

  @Test
  void capturedArraysAreConstantsAndJavaCodeRunsAtTraceTime() {
    NDArray w = Np.asarray(new double[] {10, 20});
    int[] javaRuns = {0};
    CompiledFunction f = Np.function((NDArray x) -> {
      javaRuns[0]++;
      return Np.multiply(x, w);
    });
    NDArray x = Np.asarray(new double[] {1, 2});
    f.apply(x);
    NDArray r = f.apply(x);
    assertArrayEquals(new double[] {10, 40}, r.toDoubleArray(), 0);
    assertEquals(1, javaRuns[0]);
    assertTrue(f.graphText(x).contains("const:float64[2]"), f.graphText(x));
  }

  @Test
  void readingATracerNamesTheOpAndTheWayOut() {
    CompiledFunction f = Np.function((NDArray x) -> (double) Np.sum(x).item() > 0 ? x : Np.negative(x));
    ConcretizationError e = assertThrows(ConcretizationError.class, () -> f.apply(Np.asarray(new double[] {1})));
    assertTrue(e.getMessage().contains("sum") && e.getMessage().contains("Np.cond"), e.getMessage());
    CompiledFunction g = Np.function((NDArray x) -> Np.nonzero(x)[0]);
    ConcretizationError o = assertThrows(ConcretizationError.class, () -> g.apply(Np.asarray(new double[] {1, 0})));
    assertTrue(o.getMessage().contains("nonzero") && o.getMessage().contains("opaque"), o.getMessage());
  }

  @Test
  void aRandomDrawInsideIsRejectedNotFrozen() {
    CompiledFunction f = Np.function((NDArray x) -> Np.add(x, Np.random.randn(2)));
    ConcretizationError e = assertThrows(ConcretizationError.class, () -> f.apply(Np.zeros(2)));
    assertTrue(e.getMessage().contains("random.randn") && e.getMessage().contains("same numbers"), e.getMessage());
  }

  @Test
  void aTapeInsideTheFunctionIsTracedWithIt() {
    CompiledFunction grad = Np.function((NDArray x) -> {
      try (GradientTape tape = new GradientTape()) {
        tape.watch(x);
        NDArray y = Np.sum(Np.sin(x));
        return tape.gradient(y, x);
      }
    });
    NDArray x = Np.asarray(new double[] {0.0, 0.5, 1.0});
    assertArrayEquals(Np.cos(x).toDoubleArray(), grad.apply(x).toDoubleArray(), 1e-15);
    assertTrue(grad.graphText(x).contains("cos("), grad.graphText(x));
  }

  @Test
  void aTapeOutsideRecordsTheCompiledCall() {
    CompiledFunction f = Np.function((NDArray x, NDArray y) -> Np.sum(Np.multiply(x, y)));
    NDArray x = Np.asarray(new double[] {1, 2, 3});
    NDArray y = Np.asarray(new double[] {4, 5, 6});
    try (GradientTape tape = new GradientTape()) {
      tape.watch(x);
      NDArray z = f.apply(x, y);
      assertEquals(32.0, (double) z.item(), 0);
      assertArrayEquals(y.toDoubleArray(), tape.gradient(z, x).toDoubleArray(), 0);
    }
  }

  @Test
  void listResultsAndWeakScalars() {
    CompiledFunction f = Np.function((NDArray x) -> List.of(Np.add(x, 1), Np.multiply(x, 2)));
    @SuppressWarnings("unchecked")
    List<NDArray> r = (List<NDArray>) f.call(Np.asarray(new byte[] {1, 2}));
    assertEquals(Np.int8, r.get(0).dtype(), "a Java number stays weak inside the trace");
    assertArrayEquals(new long[] {2, 4}, r.get(1).toLongArray());
  }

  @Test
  void aSameDtypeAstypeReadOutsideARegionIsACopy() {
    // astype(x, x.dtype) inside a chain whose value is also a result: a copy, not a region step
    CompiledFunction f = Np.function((NDArray x) -> {
      NDArray c = Np.astype(x, Np.float64);
      return List.of(c, Np.sum(Np.multiply(Np.add(c, 1), x)));
    });
    NDArray x = Np.asarray(new double[] {1, 2, 3});
    @SuppressWarnings("unchecked")
    List<NDArray> out = (List<NDArray>) f.call(x);
    assertArrayEquals(new double[] {1, 2, 3}, out.get(0).toDoubleArray());
    assertEquals(20.0, (double) out.get(1).item());
  }

  @Test
  void workspaceBuffersNeverBackAResult() {
    // a view of a matmul result and a view of a region value are results: their storage must be
    // fresh per call, while the private matmul and region values are rewritten call after call
    CompiledFunction f = Np.function((NDArray x, NDArray w) -> {
      NDArray m = Np.matmul(x, w);
      NDArray hidden = Np.maximum(Np.add(m, 1.0), 0.0);
      NDArray out = Np.matmul(hidden, Np.transpose(w));
      return List.of(Np.transpose(out), Np.reshape(Np.multiply(hidden, 2.0), -1), Np.sum(Np.square(hidden)));
    });
    NDArray w = Np.asarray(new double[][] {{1, -2}, {0.5, 3}});
    NDArray x1 = Np.asarray(new double[][] {{1, 2}, {3, 4}, {-5, 6}});
    NDArray x2 = Np.asarray(new double[][] {{-1, 0}, {2, -3}, {7, 1}});
    @SuppressWarnings("unchecked")
    List<NDArray> first = (List<NDArray>) f.call(x1, w);
    List<double[]> kept = first.stream().map(NDArray::toDoubleArray).toList();
    @SuppressWarnings("unchecked")
    List<NDArray> second = (List<NDArray>) f.call(x2, w);
    for (int i = 0; i < kept.size(); i++) {
      assertArrayEquals(kept.get(i), first.get(i).toDoubleArray(), "result " + i + " of the first call changed");
    }
    NDArray hidden2 = Np.maximum(Np.add(Np.matmul(x2, w), 1.0), 0.0);
    assertArrayEquals(Np.transpose(Np.matmul(hidden2, Np.transpose(w))).toDoubleArray(), second.get(0).toDoubleArray());
    assertArrayEquals(Np.reshape(Np.multiply(hidden2, 2.0), -1).toDoubleArray(), second.get(1).toDoubleArray());
    assertEquals((double) Np.sum(Np.square(hidden2)).item(), (double) second.get(2).item());
  }

  @Test
  void callsFromSeveralThreadsTakeTheirOwnWorkspace() throws Exception {
    CompiledFunction f = Np.function((NDArray x, NDArray w) -> Np.sum(Np.multiply(Np.matmul(x, w), 2.0)));
    NDArray w = Np.reshape(Np.linspace(-1, 1, 64 * 8), 64, 8);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Boolean>> fs = new java.util.ArrayList<>();
      for (int t = 0; t < 4; t++) {
        double scale = t + 1;
        fs.add(pool.submit(() -> {
          NDArray x = Np.multiply(Np.reshape(Np.linspace(0, 1, 32 * 64), 32, 64), scale);
          double want = (double) Np.sum(Np.multiply(Np.matmul(x, w), 2.0)).item();
          for (int i = 0; i < 300; i++) {
            if ((double) f.apply(x, w).item() != want) {
              return false;
            }
          }
          return true;
        }));
      }
      for (java.util.concurrent.Future<Boolean> r : fs) {
        assertTrue(r.get(), "a concurrent call saw another call's workspace");
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void fusedChainsEqualEagerBitForBit() {
    CompiledFunction f = Np.function((NDArray x) -> sigmoid(x));
    for (int n : new int[] {0, 1, 7, 4096, 4097, 70_001}) {
      float[] v = new float[n];
      for (int i = 0; i < n; i++) {
        v[i] = (float) (Math.sin(i) * 30);
      }
      if (n > 2) {
        v[n / 2] = Float.NaN;
        v[1] = Float.NEGATIVE_INFINITY;
        v[2] = -0.0f;
      }
      NDArray x = Np.asarray(v);
      assertArrayEquals(sigmoid(x).toFloatArray(), f.apply(x).toFloatArray(), 0f, "n=" + n);
    }
    NDArray x = Np.zeros(new int[] {8}, Np.float32);
    assertEquals(1, f.fusedRegions(x), f.graphText(x));
    assertTrue(f.graphText(x).contains("fused"), f.graphText(x));
  }

  @Test
  void fusionAcrossBroadcastsCastsAndIntoAFullReduction() {
    // a bias row (repeated), a column (materialised), an int32 operand cast into a float64 loop
    CompiledFunction f = Np.function((NDArray a, NDArray row, NDArray col, NDArray k) ->
        Np.sum(Np.square(Np.subtract(Np.multiply(Np.add(a, row), col), k))));
    NDArray a = Np.reshape(Np.linspace(-3, 3, 6 * 5000), 6, 5000);
    NDArray row = Np.linspace(0, 1, 5000);
    NDArray col = Np.reshape(Np.asarray(new double[] {1, -2, 3, -4, 5, 0.5}), 6, 1);
    NDArray k = Np.reshape(Np.arange(6 * 5000).astype(Np.int32), 6, 5000);
    NDArray eager = Np.sum(Np.square(Np.subtract(Np.multiply(Np.add(a, row), col), k)));
    NDArray compiled = f.apply(a, row, col, k);
    assertEquals(eager.dtype(), compiled.dtype());
    assertEquals((double) eager.item(), (double) compiled.item(), Math.abs((double) eager.item()) * 1e-12);
    String g = f.graphText(a, row, col, k);
    assertTrue(g.contains("fused") && g.contains("= sum("), g);
    assertEquals(1, f.fusedRegions(a, row, col, k), g);
  }

  @Test
  void commonSubexpressionsAndDeadCodeAreRemoved() {
    CompiledFunction f = Np.function((NDArray x) -> {
      NDArray unused = Np.cos(x);
      return Np.add(Np.sin(x), Np.sin(x));
    });
    NDArray x = Np.asarray(new double[] {0.5, 1});
    String g = f.graphText(x);
    assertEquals(1, g.split("sin\\(", -1).length - 1, g);
    assertTrue(!g.contains("cos("), g);
    assertTrue(f.tracedGraphText(x).contains("cos("), "the traced graph keeps what the program drops");
    assertArrayEquals(Np.multiply(Np.sin(x), 2).toDoubleArray(), f.apply(x).toDoubleArray(), 0);
  }

  @Test
  void everyArityAndNestedStructures() {
    NDArray o = Np.ones(2);
    CompiledFunction f6 = Np.function((a, b, c, d, e, g) -> Np.add(Np.add(Np.add(a, b), Np.add(c, d)), Np.add(e, g)));
    assertArrayEquals(new double[] {6, 6}, f6.apply(o, o, o, o, o, o).toDoubleArray(), 0);
    record Pair(NDArray w, NDArray b) {}
    CompiledFunction g = Np.functionOf(args -> {
      @SuppressWarnings("unchecked")
      java.util.Map<String, NDArray> m = (java.util.Map<String, NDArray>) args[0];
      Pair p = (Pair) args[1];
      String mode = (String) args[2];
      NDArray y = Np.add(Np.multiply(m.get("x"), p.w()), p.b());
      return new Pair(mode.equals("neg") ? Np.negative(y) : y, Np.sum(y));
    });
    java.util.Map<String, NDArray> in = java.util.Map.of("x", Np.asarray(new double[] {1, 2}));
    Pair r = (Pair) g.call(in, new Pair(Np.asarray(new double[] {3, 4}), Np.asarray(1.0)), "neg");
    assertArrayEquals(new double[] {-4, -9}, r.w().toDoubleArray(), 0);
    assertEquals(13.0, (double) r.b().item(), 0);
    g.call(in, new Pair(Np.asarray(new double[] {3, 4}), Np.asarray(1.0)), "neg");
    assertEquals(1, g.tracingCount());
    Pair pos = (Pair) g.call(in, new Pair(Np.asarray(new double[] {3, 4}), Np.asarray(1.0)), "pos");
    assertEquals(2, g.tracingCount(), "a static argument's value is part of the signature");
    assertArrayEquals(new double[] {4, 9}, pos.w().toDoubleArray(), 0);
  }

  @Test
  void variablesAreReadAtEveryCall() {
    dev.numbat.autodiff.Variable w = new dev.numbat.autodiff.Variable(Np.asarray(new double[] {1, 2}), "w");
    CompiledFunction f = Np.function((NDArray x) -> Np.multiply(x, w.value()));
    NDArray x = Np.asarray(new double[] {10, 10});
    assertArrayEquals(new double[] {10, 20}, f.apply(x).toDoubleArray(), 0);
    w.assign(Np.asarray(new double[] {3, 4}));
    assertArrayEquals(new double[] {30, 40}, f.apply(x).toDoubleArray(), 0);
    assertEquals(1, f.tracingCount(), "assigning a variable needs no retrace");
    CompiledFunction step = Np.function((NDArray xs) -> {
      try (GradientTape tape = new GradientTape()) {
        NDArray loss = Np.sum(Np.square(Np.multiply(xs, w.value())));
        return tape.gradient(loss, w);
      }
    });
    // d/dw sum((x w)^2) = 2 x^2 w
    assertArrayEquals(new double[] {600, 800}, step.apply(x).toDoubleArray(), 1e-9);
    try (GradientTape outer = new GradientTape()) {
      NDArray y = Np.sum(f.apply(x));
      assertArrayEquals(new double[] {10, 10}, outer.gradient(y, w).toDoubleArray(), 0,
          "a tape around the call watches the variable it reads");
    }
  }

  @Test
  void aDeclaredSignatureWithAnUnknownBatchTracesOnceForEverySize() {
    NDArray w = Np.reshape(Np.linspace(-1, 1, 32 * 4).astype(Np.float32), 32, 4);
    CompiledFunction grad = Np.function((NDArray x, NDArray y) -> {
      try (GradientTape tape = new GradientTape()) {
        tape.watch(w);
        NDArray loss = Np.sum(Np.square(Np.subtract(Np.matmul(x, w), y)));
        return tape.gradient(loss, w);
      }
    }).withInputSignature(new CompiledFunction.Spec(Np.float32, -1, 32), new CompiledFunction.Spec(Np.float32, -1, 4));
    for (int batch : new int[] {1, 5, 64, 512}) {
      NDArray x = Np.astype(Np.reshape(Np.linspace(0, 1, batch * 32), batch, 32), Np.float32);
      NDArray y = Np.ones(new int[] {batch, 4}, Np.float32);
      NDArray eager;
      try (GradientTape tape = new GradientTape()) {
        tape.watch(w);
        eager = tape.gradient(Np.sum(Np.square(Np.subtract(Np.matmul(x, w), y))), w);
      }
      assertArrayEquals(eager.toFloatArray(), grad.apply(x, y).toFloatArray(), 1e-3f, "batch " + batch);
    }
    assertEquals(2, grad.tracingCount(), "two probe traces serve every batch size");
    assertThrows(dev.numbat.errors.TypeError.class, () -> grad.apply(Np.zeros(new int[] {3, 31}, Np.float32),
        Np.zeros(new int[] {3, 4}, Np.float32)));
    CompiledFunction shapeDependent = Np.function((NDArray x) -> Np.divide(Np.sum(x), x.shape(0)))
        .withInputSignature(new CompiledFunction.Spec(Np.float64, -1));
    dev.numbat.errors.TypeError e = assertThrows(dev.numbat.errors.TypeError.class,
        () -> shapeDependent.apply(Np.ones(3)));
    assertTrue(e.getMessage().contains("not polymorphic"), e.getMessage());
  }

  @Test
  void nestedCompiledFunctionsInline() {
    CompiledFunction inner = Np.function((NDArray x) -> Np.exp(Np.negative(x)));
    CompiledFunction outer = Np.function((NDArray x) -> Np.trueDivide(1.0, Np.add(1.0, inner.apply(x))));
    NDArray x = Np.asarray(new float[] {-2, 0, 2});
    assertArrayEquals(sigmoid(x).toFloatArray(), outer.apply(x).toFloatArray(), 0f);
    String g = outer.graphText(x);
    assertTrue(g.contains("exp(") && g.contains("fused"), "the inner function's ops join the outer graph:\n" + g);
    assertEquals(1, outer.fusedRegions(x), g);
  }
}
