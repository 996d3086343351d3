package dev.numbat.conformance.suites;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.conformance.Case;
import dev.numbat.conformance.Inputs;
import dev.numbat.conformance.Py;
import dev.numbat.conformance.Suite;
import dev.numbat.conformance.Tolerance;
import dev.numbat.impl.Quantiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * quantile, percentile, nanquantile and nanpercentile with a Python-scalar q (a Java double), which
 * NumPy 2 treats as weak: every method x every dtype x a few shapes and axes. The spec test blocks
 * cover array q; a scalar kwarg there would repeat each case once per generated q shape.
 */
public final class QuantileSuite implements Suite {
  private static final List<String> METHODS = List.of("linear", "lower", "higher", "nearest", "midpoint",
      "inverted_cdf", "averaged_inverted_cdf", "closest_observation", "interpolated_inverted_cdf", "hazen",
      "weibull", "median_unbiased", "normal_unbiased");

  /** The reference: NumPy's own function (NumPy >= 2). */
  private static String ref(String op) {
    return "numpy." + op;
  }

  @FunctionalInterface
  private interface Op {
    NDArray call(Object a, Object q, int[] axis, String method, boolean keepdims);
  }

  @Override
  public String name() { return "quantile_scalar_q"; }

  @Override
  public List<Case> cases() {
    List<Case> out = new ArrayList<>();
    Tolerance tol = Tolerance.of(false, Map.of("f16", 5.0e-3, "bf16", 3.0e-2));
    Object[][] ops = {
        {"quantile", (Op) Quantiles::quantile, 0.3, "default"},
        {"percentile", (Op) Quantiles::percentile, 70.0, "default"},
        {"nanquantile", (Op) Quantiles::nanquantile, 0.45, "some_nan"},
        {"nanpercentile", (Op) Quantiles::nanpercentile, 12.5, "some_nan"}};
    int[][] shapes = {{5}, {3, 4}, {2, 3, 4}};
    SplittableRandom r = new SplittableRandom(20240517);
    for (Object[] o : ops) {
      String op = (String) o[0];
      Op f = (Op) o[1];
      double q = (Double) o[2];
      Inputs.Gen gen = Inputs.Gen.parse((String) o[3]);
      for (DType d : DType.values()) {
        for (int[] shape : shapes) {
          for (String m : METHODS) {
            NDArray a = Inputs.array(gen, d, shape, r, r.nextGaussian() * 3);
            Integer axis = shape.length > 1 && m.length() % 2 == 0 ? 1 : null;
            Map<String, Object> kw = new java.util.LinkedHashMap<>();
            kw.put("method", m);
            if (axis != null) {
              kw.put("axis", axis.longValue());
            }
            String label = op + "(" + d.name() + Py.repr(shape) + ", " + q + (axis != null ? ", axis=1" : "")
                + ", method='" + m + "')";
            Case c = Case.of("quantile_scalar_q." + op, label, ref(op), List.of(a, q), kw, tol,
                () -> f.call(a, q, axis == null ? null : new int[] {axis}, m, false));
            out.add(c);
          }
        }
      }
    }
    return out;
  }
}
