package dev.numbat.conformance.suites;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.conformance.Case;
import dev.numbat.conformance.Suite;
import dev.numbat.conformance.Tolerance;
import dev.numbat.backend.cpu.Cast;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * histogram and bincount on inputs longer than NumPy's 65536-element block (the test blocks only
 * make small arrays): weighted sums are cast to the weights' dtype once per block, and values
 * quantised to eighths put many of them exactly on bin edges, where the index correction matters.
 */
public final class HistogramSuite implements Suite {
  private static final int N = 70_000;

  @Override
  public String name() { return "histogram_large"; }

  @Override
  public List<Case> cases() {
    List<Case> out = new ArrayList<>();
    SplittableRandom r = new SplittableRandom(7_2026);
    double[] v = new double[N];
    double[] w = new double[N];
    long[] k = new long[N];
    for (int i = 0; i < N; i++) {
      v[i] = r.nextInt(81) / 8.0;
      w[i] = r.nextInt(5) / 4.0;
      k[i] = r.nextInt(40);
    }
    NDArray v64 = new NDArray(DType.FLOAT64, new int[] {N}, v);
    NDArray w64 = new NDArray(DType.FLOAT64, new int[] {N}, w);
    Tolerance tol = Tolerance.defaults(false);
    for (DType d : new DType[] {DType.FLOAT16, DType.FLOAT32, DType.FLOAT64, DType.INT32}) {
      NDArray a = Cast.to(v64, d);
      out.add(Case.of(name(), "histogram(" + d + ", 10)", "numpy.histogram", List.of(a, 10L),
          () -> Np.histogram(a, 10L)));
      out.add(Case.of(name(), "histogram(" + d + ", 7, range=(0.3, 9.1))", "numpy.histogram", List.of(a, 7L),
          Map.of("range", List.of(0.3, 9.1)), tol, () -> Np.histogram(a, 7L, new double[] {0.3, 9.1})));
      for (DType wd : new DType[] {DType.FLOAT16, DType.FLOAT32, DType.FLOAT64, DType.INT16}) {
        NDArray wt = Cast.to(w64, wd);
        Map<String, Object> kw = new LinkedHashMap<>();
        kw.put("weights", wt);
        out.add(Case.of(name(), "histogram(" + d + ", 10, weights=" + wd + ")", "numpy.histogram", List.of(a, 10L),
            kw, tol, () -> Np.histogram(a, 10L, null, false, wt)));
        Case c = Case.of(name(), "histogram(" + d + ", [0, 1.5, 2.5, 10], weights=" + wd + ")", "numpy.histogram",
            List.of(a, List.of(0.0, 1.5, 2.5, 10.0)), kw, tol,
            () -> Np.histogram(a, new double[] {0.0, 1.5, 2.5, 10.0}, null, false, wt));
        if (d == DType.INT32 && wd == DType.FLOAT16) {
          c.skip = "11 distinct values tie thousands of times: NumPy's argsort (introsort, not stable) orders their "
              + "weights in an unspecified way, and float16 cumulative sums that saturate depend on that order";
        }
        out.add(c);
      }
    }
    NDArray keys = new NDArray(DType.INT64, new int[] {N}, k);
    out.add(Case.of(name(), "bincount(int64)", "numpy.bincount", List.of(keys), () -> Np.bincount(keys)));
    out.add(Case.of(name(), "bincount(int64, weights=float64)", "numpy.bincount", List.of(keys, w64),
        () -> Np.bincount(keys, w64)));
    return out;
  }
}
