package dev.numbat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numbat.errors.AxisError;
import dev.numbat.errors.NumpyError;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import dev.numbat.errors.ZeroDivisionError;
import dev.numbat.kernels.cpu.Half;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Reductions, statistics and scans against NumPy. Every expected value below was printed by
 * NumPy 1.24 (Debian's, {@code np._set_promotion_state("weak")}); hex literals are
 * NumPy's exact results ({@code float(x).hex()}), checked bit for bit where NumPy's order of
 * operations (pairwise sums of a contiguous run) is reproduced.
 */
class ReductionTest {

  // ---------------------------------------------------------------- helpers

  private static NDArray a(Object o) {
    return Np.asarray(o);
  }

  private static NDArray a(Object o, DType d) {
    return Np.asarray(o, d);
  }

  private static NDArray complex(double... reIm) {
    return new NDArray(DType.COMPLEX128, new int[] {reIm.length / 2}, reIm.clone());
  }

  /** dtype, shape and every value (bool as 0/1; NaN equals NaN; uint64 as unsigned). */
  private static void check(Object result, DType dtype, int[] shape, double... values) {
    NDArray r = (NDArray) result;
    assertEquals(dtype, r.dtype(), "dtype");
    assertArrayEquals(shape, r.shape(), "shape");
    assertEquals(values.length, r.size(), "size");
    for (int i = 0; i < values.length; i++) {
      double v = value(r.ndim() == 0 ? r.item() : r.item(i), r.dtype());
      assertTrue(same(values[i], v), "element " + i + ": expected " + values[i] + " but was " + v);
    }
  }

  /** dtype, shape and complex values given as re, im pairs. */
  private static void checkComplex(Object result, DType dtype, int[] shape, double... reIm) {
    NDArray r = (NDArray) result;
    assertEquals(dtype, r.dtype(), "dtype");
    assertArrayEquals(shape, r.shape(), "shape");
    for (int i = 0; i < reIm.length / 2; i++) {
      Complex c = (Complex) (r.ndim() == 0 ? r.item() : r.item(i));
      assertTrue(same(reIm[2 * i], c.re()) && same(reIm[2 * i + 1], c.im()),
          "element " + i + ": expected " + reIm[2 * i] + "," + reIm[2 * i + 1] + " but was " + c);
    }
  }

  private static double value(Object o, DType d) {
    if (o instanceof Boolean b) {
      return b ? 1 : 0;
    }
    if (o instanceof Long l && d == DType.UINT64) {
      return Double.parseDouble(Long.toUnsignedString(l));
    }
    return ((Number) o).doubleValue();
  }

  private static boolean same(double x, double y) {
    return (Double.isNaN(x) && Double.isNaN(y)) || x == y;
  }

  private static void bits(double expected, Object result) {
    double v = ((Number) ((NDArray) result).item()).doubleValue();
    assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(v),
        "expected " + Double.toHexString(expected) + " but was " + Double.toHexString(v));
  }

  private static void raises(Class<? extends RuntimeException> type, String message, Executable e) {
    RuntimeException err = assertThrows(type, e);
    assertEquals(message, err.getMessage());
    assertTrue(err instanceof NumpyError);
  }

  private static final int[] SCALAR = {};

  private static int[] shape(int... s) {
    return s;
  }

  /** The float32 vector ((i * 7919) % 1000) / 997 of length 1000, as NumPy computes it. */
  private static float[] f32Vector() {
    float[] x = new float[1000];
    for (int i = 0; i < 1000; i++) {
      x[i] = (float) (((i * 7919) % 1000) / 997.0);
    }
    return x;
  }

  /** 1 / (i + 1) for i in 0..999. */
  private static double[] f64Vector() {
    double[] d = new double[1000];
    for (int i = 0; i < 1000; i++) {
      d[i] = 1.0 / (i + 1);
    }
    return d;
  }

  // ---------------------------------------------------------------- sum / prod / mean

  @Test
  void sumDtypesAxesKeepdims() {
    NDArray i8 = a(new int[][] {{1, 2}, {3, 4}}, Np.int8);
    check(Np.sum(i8), DType.INT64, SCALAR, 10);
    check(Np.sum(i8, 0), DType.INT64, shape(2), 4, 6);
    check(Np.sum(i8, -1, true), DType.INT64, shape(2, 1), 3, 7);
    check(i8.sum(), DType.INT64, SCALAR, 10);
    check(Np.sum(a(new int[] {200, 100}, Np.uint8)), DType.UINT64, SCALAR, 300);
    check(Np.sum(a(new boolean[] {true, true, false})), DType.INT64, SCALAR, 2);
    check(Np.sum(a(new int[] {100, 100}, Np.int8), (int[]) null, false, Np.int8), DType.INT8, SCALAR, -56);
    check(Np.sum(a(new boolean[] {true, true}), Np.bool), DType.BOOL, SCALAR, 1);
    check(Np.sum(a(new double[0])), DType.FLOAT64, SCALAR, 0.0);
    // NumPy adds the pairwise sum to its initial 0.0, so -0.0 sums to +0.0.
    bits(0.0, Np.sum(a(new double[] {-0.0, -0.0})));
    checkComplex(Np.sum(complex(1, 2, 3, -1, 0, 0.5)), DType.COMPLEX128, SCALAR, 4, 1.5);
  }

  @Test
  void sumTupleAxesAndViews() {
    long[] v = new long[24];
    for (int i = 0; i < 24; i++) {
      v[i] = i;
    }
    NDArray x3 = new NDArray(DType.INT64, new int[] {2, 3, 4}, v);
    check(Np.sum(x3, new int[] {0, 2}), DType.INT64, shape(3), 60, 92, 124);
    check(Np.sum(x3, new int[] {2, 0}, true), DType.INT64, shape(1, 3, 1), 60, 92, 124);
    check(Np.sum(x3.T(), 0), DType.INT64, shape(3, 2), 6, 54, 22, 70, 38, 86);
    check(Np.sum(x3, new int[0]), DType.INT64, shape(2, 3, 4), java.util.stream.LongStream.range(0, 24)
        .asDoubleStream().toArray());
    raises(ValueError.class, "duplicate value in 'axis'", () -> Np.sum(x3, new int[] {0, 0}));
    raises(AxisError.class, "axis 3 is out of bounds for array of dimension 3", () -> Np.sum(x3, 3));
  }

  @Test
  void floatSumsArePairwiseBitForBit() {
    NDArray f = a(f32Vector());
    bits(0x1.f500c4p+8, Np.sum(f));
    bits(0x1.00837600p-1, Np.mean(f));
    NDArray d = a(f64Vector());
    bits(0x1.df11f45f4e61ap+2, Np.sum(d));
    NDArray d2 = new NDArray(DType.FLOAT64, new int[] {10, 100}, f64Vector());
    assertEquals(0x1.2629023be7114p-2, (double) Np.sum(d2, 1).item(3));
    bits(0x1.27e4fb7789f5bp-22, Np.prod(new NDArray(DType.FLOAT64, new int[] {10},
        java.util.Arrays.copyOf(f64Vector(), 10))));
    double[] c = new double[2000];
    double[] dv = f64Vector();
    for (int i = 0; i < 1000; i++) {
      c[2 * i] = dv[i];
      c[2 * i + 1] = dv[999 - i];
    }
    NDArray z = new NDArray(DType.COMPLEX128, new int[] {1000}, c);
    checkComplex(Np.sum(z), DType.COMPLEX128, SCALAR, 0x1.df11f45f4e61bp+2, 0x1.df11f45f4e61ap+2);
    checkComplex(Np.mean(z), DType.COMPLEX128, SCALAR, 0x1.ea915c8a8db3fp-8, 0x1.ea915c8a8db3ep-8);
    bits(0x1.a04251aa48afcp-9, Np.var(z));
    checkComplex(Np.sum(Np.asarray(z, Np.complex64)), DType.COMPLEX64, SCALAR, 0x1.df11f4p+2, 0x1.df11f4p+2);
  }

  @Test
  void float16ReductionsAccumulateInFloat32() {
    short[] h = new short[100];
    for (int i = 0; i < 100; i++) {
      h[i] = Half.doubleToF16(i * 0.01);
    }
    NDArray x = new NDArray(DType.FLOAT16, new int[] {100}, h);
    check(Np.sum(x), DType.FLOAT16, SCALAR, 49.5);
    check(Np.mean(x), DType.FLOAT16, SCALAR, 0.4951171875);
    check(Np.var(x), DType.FLOAT16, SCALAR, 0.0833740234375);
    check(Np.std(x), DType.FLOAT16, SCALAR, 0.288818359375);
    check(Np.max(a(new double[] {1.5, -2, 7.25}, Np.float16)), DType.FLOAT16, SCALAR, 7.25);
  }

  /** bfloat16 has no NumPy reference here; small integers are exact in it, so the results are too. */
  @Test
  void bfloat16() {
    NDArray b = a(new double[] {1, 2, 3, 4}, Np.bfloat16);
    check(Np.sum(b), DType.BFLOAT16, SCALAR, 10);
    check(Np.mean(b), DType.BFLOAT16, SCALAR, 2.5);
    check(Np.var(b), DType.BFLOAT16, SCALAR, 1.25);
    check(Np.max(b), DType.BFLOAT16, SCALAR, 4);
    check(Np.argmin(b), DType.INT64, SCALAR, 0);
    check(Np.cumsum(b), DType.BFLOAT16, shape(4), 1, 3, 6, 10);
    check(Np.diff(b), DType.BFLOAT16, shape(3), 1, 1, 1);
    check(Np.countNonzero(b), DType.INT64, SCALAR, 4);
    check(Np.nanmean(a(new double[] {1, Double.NaN, 4}, Np.bfloat16)), DType.BFLOAT16, SCALAR, 2.5);
  }

  @Test
  void prodAndMean() {
    check(Np.prod(a(new long[][] {{1, 2}, {3, 4}}), 1), DType.INT64, shape(2), 2, 12);
    check(Np.prod(a(new double[0])), DType.FLOAT64, SCALAR, 1.0);
    check(Np.prod(a(new int[] {16, 16, 2}, Np.uint8)), DType.UINT64, SCALAR, 512);
    // NumPy multiplies from its initial 1+0j: inf * (1+0j) has a nan imaginary part.
    checkComplex(Np.prod(complex(Double.POSITIVE_INFINITY, 0)), DType.COMPLEX128, SCALAR,
        Double.POSITIVE_INFINITY, Double.NaN);
    check(Np.mean(a(new long[][] {{1, 2}, {3, 5}}), 0), DType.FLOAT64, shape(2), 2.0, 3.5);
    check(Np.mean(a(new double[0])), DType.FLOAT64, SCALAR, Double.NaN);
    checkComplex(Np.mean(a(List.of(new Complex(1, 1), new Complex(2, 3)), Np.complex64)), DType.COMPLEX64,
        SCALAR, 1.5, 2);
    check(Np.mean(a(new long[] {1, 2, 4}), (int[]) null, false, Np.float32), DType.FLOAT32, SCALAR,
        2.3333332538604736);
    check(Np.mean(a(new int[] {1, 2, 4}, Np.int8), Np.int8), DType.INT8, SCALAR, 2);
  }

  // ---------------------------------------------------------------- max / min / all / any / count

  @Test
  void maxMin() {
    check(Np.max(a(new double[] {1.0, Double.NaN, 3.0})), DType.FLOAT64, SCALAR, Double.NaN);
    check(Np.min(a(new int[] {200, 5, 17}, Np.uint8)), DType.UINT8, SCALAR, 5);
    NDArray u64 = new NDArray(DType.UINT64, new int[] {2}, new long[] {Long.MIN_VALUE + 5, 3});
    assertEquals(Long.MIN_VALUE + 5, (long) (Long) Np.max(u64).item());
    checkComplex(Np.max(complex(1, 5, 2, 0, 2, -1)), DType.COMPLEX128, SCALAR, 2, 0);
    checkComplex(Np.min(complex(1, 5, 1, 2, 2, -1)), DType.COMPLEX128, SCALAR, 1, 2);
    checkComplex(Np.amax(complex(1, 5, 2, Double.NaN, 3, 0)), DType.COMPLEX128, SCALAR, 2, Double.NaN);
    check(Np.max(a(new boolean[][] {{false, true}, {false, false}}), 1), DType.BOOL, shape(2), 1, 0);
    check(a(new long[][] {{1, 5}, {7, 2}}).max(0), DType.INT64, shape(2), 7, 5);
    check(Np.max(Np.zeros(0, 3), 1), DType.FLOAT64, shape(0));
    raises(ValueError.class, "zero-size array to reduction operation maximum which has no identity",
        () -> Np.max(a(new double[0])));
    raises(ValueError.class, "zero-size array to reduction operation maximum which has no identity",
        () -> Np.max(Np.zeros(0, 3), 0));
    raises(ValueError.class, "zero-size array to reduction operation minimum which has no identity",
        () -> Np.amin(a(new double[0])));
  }

  @Test
  void truthReductions() {
    check(Np.all(a(new double[] {Double.NaN, 1.0})), DType.BOOL, SCALAR, 1);
    check(Np.all(a(new double[] {-0.0, 1.0})), DType.BOOL, SCALAR, 0);
    check(Np.any(complex(0, 0, 0, 1e-300)), DType.BOOL, SCALAR, 1);
    check(Np.all(a(new double[0])), DType.BOOL, SCALAR, 1);
    check(a(new long[][] {{0, 0}, {0, 3}}).any(0), DType.BOOL, shape(2), 0, 1);
    NDArray c = a(new long[][] {{1, 0, 2}, {0, 0, 3}});
    check(Np.countNonzero(c), DType.INT64, SCALAR, 3);
    check(Np.countNonzero(c, 1), DType.INT64, shape(2), 2, 1);
    check(Np.countNonzero(c, new int[] {0, 1}, true), DType.INT64, shape(1, 1), 3);
  }

  // ---------------------------------------------------------------- nan functions

  @Test
  void nanFunctions() {
    double nan = Double.NaN;
    check(Np.nansum(a(new double[] {1.0, nan, 2.5})), DType.FLOAT64, SCALAR, 3.5);
    check(Np.nansum(a(new double[] {nan, nan})), DType.FLOAT64, SCALAR, 0.0);
    // NaN is replaced by 0 before the cast to the integer accumulator.
    check(Np.nansum(a(new double[] {nan, 1.5, 2.5}), (int[]) null, false, Np.int64), DType.INT64, SCALAR, 3);
    check(Np.nanprod(a(new double[] {2.0, nan, 3.0})), DType.FLOAT64, SCALAR, 6.0);
    check(Np.nanmax(a(new double[][] {{nan, 1.0}, {nan, nan}}), 1), DType.FLOAT64, shape(2), 1.0, nan);
    check(Np.nanmin(a(new double[] {nan, 3.0, -1.0})), DType.FLOAT64, SCALAR, -1.0);
    checkComplex(Np.nanmax(complex(nan, 0, 1, 1, 5, nan, 1, 2)), DType.COMPLEX128, SCALAR, 1, 2);
    // fmax keeps its accumulator against a NaN: an all-NaN complex slice gives its first element.
    checkComplex(Np.nanmax(complex(1.5, nan, -2, nan, nan, nan)), DType.COMPLEX128, SCALAR, 1.5, nan);
    // Complex NaN are replaced before the cast to a real dtype=.
    check(Np.nansum(complex(1, 2, 3, nan, 4, 0), (int[]) null, false, Np.float64), DType.FLOAT64, SCALAR, 5);
    raises(ValueError.class, "zero-size array to reduction operation fmax which has no identity",
        () -> Np.nanmax(a(new double[0])));
    check(Np.nanmean(a(new double[][] {{1, nan}, {3, 4}}), 0), DType.FLOAT64, shape(2), 2.0, 4.0);
    check(Np.nanmean(a(new int[] {1, 2}, Np.int8)), DType.FLOAT64, SCALAR, 1.5);
    check(Np.nanmean(a(new double[] {nan})), DType.FLOAT64, SCALAR, nan);
    raises(TypeError.class, "If a is inexact, then dtype must be inexact",
        () -> Np.nanmean(a(new double[] {1.0}), (int[]) null, Np.int64));
    check(Np.nanvar(a(new double[][] {{1, nan, 3}, {2, 2, 6}}), 1, null, 1.0), DType.FLOAT64, shape(2),
        2.0, 5.333333333333334);
    check(Np.nanvar(a(new double[] {1.0, nan}), (int[]) null, null, 1.0), DType.FLOAT64, SCALAR, nan);
    check(Np.nanstd(a(new float[] {1, Float.NaN, 4})), DType.FLOAT32, SCALAR, 1.5);
  }

  // ---------------------------------------------------------------- var / std / average / ptp

  @Test
  void varianceAndStd() {
    NDArray x = a(new long[] {1, 2, 3, 4});
    check(Np.var(x), DType.FLOAT64, SCALAR, 1.25);
    check(Np.var(x, (int[]) null, null, 1.0), DType.FLOAT64, SCALAR, 1.6666666666666667);
    check(x.var((int[]) null, null, 1.0), DType.FLOAT64, SCALAR, 1.6666666666666667);
    check(Np.var(a(new double[] {1.0, 2.0}), (int[]) null, null, 2.0), DType.FLOAT64, SCALAR,
        Double.POSITIVE_INFINITY);
    check(Np.var(a(new double[0])), DType.FLOAT64, SCALAR, Double.NaN);
    check(Np.var(a(List.of(new Complex(1, 1), new Complex(2, -1), new Complex(0, 3)), Np.complex64)),
        DType.FLOAT32, SCALAR, 3.3333332538604736);
    check(Np.std(a(new double[][] {{1, 2}, {3, 7}}), 0, null, 0.0, true), DType.FLOAT64, shape(1, 2), 1.0, 2.5);
    check(Np.std(a(new double[] {1, 2, 3, 4}, Np.float16)), DType.FLOAT16, SCALAR, 1.1181640625);
    NDArray d = a(f64Vector());
    bits(0x1.a0acfced14bd6p-10, Np.var(d, (int[]) null, null, 1.0));
    bits(0x1.5763e8p-4, Np.var(a(f32Vector())));
  }

  /** NumPy follows its Python steps in the requested dtype, integer and complex ones included. */
  @Test
  void varianceWithOtherDtypes() {
    NDArray a = a(new int[][] {{1, 2, 3, 4}, {5, 0, 7, 9}, {2, 2, 2, 3}}, Np.int8);
    check(Np.var(a, (int[]) null, Np.int8), DType.INT8, SCALAR, 6);
    check(Np.var(a, 1, Np.uint16), DType.UINT16, shape(3), 1, 11, 0);
    checkComplex(Np.var(a, (int[]) null, Np.complex64), DType.COMPLEX64, SCALAR, 0x1.838e38p+2, 0);
    check(Np.var(a, 1, Np.float16), DType.FLOAT16, shape(3), 1.25, 11.1875, 0.1875);
    check(Np.std(a, (int[]) null, Np.int8), DType.INT8, SCALAR, 2);
    raises(TypeError.class, "Cannot cast ufunc 'sqrt' output from dtype('float16') to dtype('int8') with casting "
        + "rule 'same_kind'", () -> Np.std(a, 1, Np.int8));
    raises(TypeError.class, "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, "
        + "the `^` operator, or the logical_xor function instead.",
        () -> Np.var(a(new boolean[] {true, false}), (int[]) null, Np.bool));
    NDArray c = a(List.of(new Complex(1, 1), new Complex(2, -1), new Complex(0, 3)), Np.complex64);
    checkComplex(Np.var(c, (int[]) null, Np.complex64), DType.COMPLEX64, SCALAR, 3.3333332538604736, 0);
  }

  /** ufunc.reduce lets a 0-d array take axis 0 or -1; mean and var normalize the axis and raise. */
  @Test
  void zeroDimensionalAxis() {
    check(Np.sum(a(5L), 0), DType.INT64, SCALAR, 5);
    check(Np.max(a(2.5), -1), DType.FLOAT64, SCALAR, 2.5);
    check(Np.nanmean(a(2.5), 0), DType.FLOAT64, SCALAR, 2.5);
    raises(AxisError.class, "axis 0 is out of bounds for array of dimension 0", () -> Np.mean(a(5L), 0));
    raises(AxisError.class, "axis 0 is out of bounds for array of dimension 0", () -> Np.var(a(5L), 0));
    raises(AxisError.class, "axis 1 is out of bounds for array of dimension 0", () -> Np.sum(a(5L), 1));
  }

  @Test
  void average() {
    check(Np.average(a(new double[] {1, 2, 3, 4}), (int[]) null, a(new long[] {4, 3, 2, 1})), DType.FLOAT64,
        SCALAR, 2.0);
    NDArray m = a(new long[][] {{1, 2}, {3, 4}});
    check(Np.average(m, 1, new long[] {1, 3}), DType.FLOAT64, shape(2), 1.75, 3.75);
    NDArray[] r = (NDArray[]) Np.average(m, 1, new long[] {1, 3}, true);
    check(r[0], DType.FLOAT64, shape(2), 1.75, 3.75);
    check(r[1], DType.FLOAT64, shape(2), 4.0, 4.0);
    NDArray[] q = (NDArray[]) Np.average(a(new long[][] {{1, 2}, {3, 4}}, Np.float32), 0, null, true);
    check(q[0], DType.FLOAT32, shape(2), 2.0, 3.0);
    check(q[1], DType.FLOAT32, shape(2), 2.0, 2.0);
    check(Np.average(a(new float[] {1, 2, 3}), (int[]) null, a(new float[] {1, 1, 2})), DType.FLOAT32, SCALAR,
        2.25);
    checkComplex(Np.average(complex(1, 1, 3, -1), (int[]) null, new long[] {1, 3}), DType.COMPLEX128, SCALAR,
        2.5, -0.5);
    raises(ZeroDivisionError.class, "Weights sum to zero, can't be normalized",
        () -> Np.average(a(new double[] {1, 2}), (int[]) null, new long[] {1, -1}));
    raises(TypeError.class, "Axis must be specified when shapes of a and weights differ.",
        () -> Np.average(m, (int[]) null, new long[] {1, 2}));
    raises(TypeError.class, "1D weights expected when shapes of a and weights differ.",
        () -> Np.average(m, 1, new long[][] {{1, 2}}));
    raises(ValueError.class, "Length of weights not compatible with specified axis.",
        () -> Np.average(m, 1, new long[] {1, 2, 3}));
    // NumPy divides a.size by avg.size in Python even when not asked for the weights sum.
    raises(ZeroDivisionError.class, "division by zero", () -> Np.average(Np.zeros(3, 0), 0));
  }

  @Test
  void ptp() {
    check(Np.ptp(a(new int[] {-128, 127}, Np.int8)), DType.INT8, SCALAR, -1);
    check(a(new long[][] {{1, 5}, {2, 9}}).ptp(0, true), DType.INT64, shape(1, 2), 1, 4);
    raises(TypeError.class, "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, "
        + "the `^` operator, or the logical_xor function instead.", () -> Np.ptp(a(new boolean[] {true})));
  }

  // ---------------------------------------------------------------- argmax family

  @Test
  void argmaxArgmin() {
    double nan = Double.NaN;
    check(Np.argmax(a(new double[] {1, nan, 3, nan})), DType.INT64, SCALAR, 1);
    check(Np.argmin(a(new double[] {1, nan, 3, nan})), DType.INT64, SCALAR, 1);
    check(Np.argmax(a(new long[] {3, 1, 3})), DType.INT64, SCALAR, 0);
    check(Np.argmax(complex(1, 2, 1, 3, 0, 0, 1, 3)), DType.INT64, SCALAR, 1);
    check(Np.argmin(a(new int[] {60000, 5, 70}, Np.uint16)), DType.INT64, SCALAR, 1);
    check(Np.argmax(a(new double[] {1, 7, 7, -3}, Np.float16)), DType.INT64, SCALAR, 1);
    check(Np.argmax(a(new boolean[] {false, false, true, true})), DType.INT64, SCALAR, 2);
    NDArray m = a(new long[][] {{1, 9, 2}, {8, 0, 7}});
    check(Np.argmax(m), DType.INT64, SCALAR, 1);
    check(m.argmax(0), DType.INT64, shape(3), 1, 0, 1);
    check(Np.argmax(m, 1, true), DType.INT64, shape(2, 1), 1, 0);
    check(Np.argmax(m.T()), DType.INT64, SCALAR, 2);
    check(Np.argmax(m, null, true), DType.INT64, shape(1, 1), 1);
    raises(ValueError.class, "attempt to get argmax of an empty sequence", () -> Np.argmax(a(new double[0])));
    raises(ValueError.class, "attempt to get argmin of an empty sequence", () -> Np.argmin(Np.zeros(2, 0), 1));
    check(Np.argmax(a(5.0), 0), DType.INT64, SCALAR, 0);
    raises(AxisError.class, "axis 1 is out of bounds for array of dimension 1", () -> Np.argmax(a(5.0), 1));
    check(Np.nanargmax(a(new double[] {nan, 2, 5, nan})), DType.INT64, SCALAR, 2);
    check(Np.nanargmin(a(new double[][] {{nan, 4}, {2, 3}}), 0), DType.INT64, shape(2), 1, 1);
    raises(ValueError.class, "All-NaN slice encountered",
        () -> Np.nanargmax(a(new double[][] {{nan, 1}, {nan, nan}}), 1));
    // NumPy 2 checks for an empty array before the All-NaN test (1.24 raised All-NaN here).
    raises(ValueError.class, "attempt to get argmax of an empty sequence", () -> Np.nanargmax(a(new double[0])));
  }

  // ---------------------------------------------------------------- cumsum / cumprod / diff

  @Test
  void scans() {
    check(Np.cumsum(a(new int[] {1, 2, 250}, Np.uint8)), DType.UINT64, shape(3), 1, 3, 253);
    check(Np.cumsum(a(new int[] {1, 2, 254}, Np.uint8), null, Np.uint8), DType.UINT8, shape(3), 1, 3, 1);
    NDArray m = a(new long[][] {{1, 2}, {3, 4}});
    check(Np.cumsum(m), DType.INT64, shape(4), 1, 3, 6, 10);
    check(m.cumsum(0), DType.INT64, shape(2, 2), 1, 2, 4, 6);
    check(Np.cumsum(a(new double[] {0.1, 0.1, 0.1, 0.1, 0.1}, Np.float16)), DType.FLOAT16, shape(5),
        0.0999755859375, 0.199951171875, 0.2998046875, 0.39990234375, 0.5);
    check(Np.cumsum(a(5L)), DType.INT64, shape(1), 5);
    check(Np.cumsum(a(new boolean[] {true, true, false})), DType.INT64, shape(3), 1, 2, 2);
    checkComplex(Np.cumprod(complex(1, 1, 0, 2, 3, 0)), DType.COMPLEX128, shape(3), 1, 1, -2, 2, -6, 6);
    check(a(new double[][] {{1, 2, 3}, {4, 5, 6}}).cumprod(1), DType.FLOAT64, shape(2, 3), 1, 2, 6, 4, 20, 120);
    check(Np.cumsum(a(new long[][] {{1, 2, 3}, {4, 5, 6}}).T(), 1), DType.INT64, shape(3, 2), 1, 5, 2, 7, 3, 9);
    assertEquals(0x1.df11f45f4e618p+2, (double) Np.cumsum(a(f64Vector())).item(999));
  }

  @Test
  void diff() {
    NDArray x = a(new long[] {1, 2, 4, 7, 0});
    check(Np.diff(x), DType.INT64, shape(4), 1, 2, 3, -7);
    check(Np.diff(x, 2), DType.INT64, shape(3), 1, 1, -10);
    check(Np.diff(a(new int[] {5, 2, 250}, Np.uint8)), DType.UINT8, shape(2), 253, 248);
    check(Np.diff(a(new boolean[] {true, false, false, true})), DType.BOOL, shape(3), 1, 0, 1);
    check(Np.diff(a(new long[][] {{1, 3, 6}, {0, 5, 6}}), 1, 0, 0L), DType.INT64, shape(2, 3), 1, 3, 6, -1, 2, 0);
    check(Np.diff(a(new int[] {1, 2, 4}, Np.int8), 1, -1, 0L, new long[] {10, 20}), DType.INT64, shape(5),
        1, 1, 2, 6, 10);
    check(Np.diff(a(new double[] {1, 2, 4}), 5), DType.FLOAT64, shape(0));
    check(Np.diff(a(new float[] {1, 2}), 1, -1, 0.5), DType.FLOAT64, shape(2), 0.5, 1.0);
    checkComplex(Np.diff(complex(1, 1, 3, -2)), DType.COMPLEX128, shape(1), 2, -3);
    check(Np.diff(a(new double[] {0.1, 0.35, 1000.0}, Np.float16)), DType.FLOAT16, shape(2), 0.25, 999.5);
    raises(ValueError.class, "order must be non-negative but got -1", () -> Np.diff(a(new long[] {1, 2}), -1));
    raises(ValueError.class, "diff requires input that is at least one dimensional", () -> Np.diff(a(1L)));
    raises(ValueError.class, "all the input arrays must have same number of dimensions, but the array at index 0 "
        + "has 2 dimension(s) and the array at index 1 has 1 dimension(s)",
        () -> Np.diff(a(new long[][] {{1, 2}, {4, 8}}), 1, 0, null, new long[] {1, 1}));
    raises(ValueError.class, "all the input array dimensions except for the concatenation axis must match "
        + "exactly, but along dimension 0, the array at index 0 has size 3 and the array at index 1 has size 2",
        () -> Np.diff(Np.zeros(2, 3), 1, -1, Np.zeros(3, 1)));
  }

  // ---------------------------------------------------------------- runner paths

  /** Enough work to take the parallel path; integer-valued doubles make every sum exact. */
  @Test
  void largeReductionsMatchSerialReference() {
    int rows = 2000;
    int cols = 300;
    double[] v = new double[rows * cols];
    for (int i = 0; i < v.length; i++) {
      v[i] = (i * 31) % 17 - 8;
    }
    NDArray x = new NDArray(DType.FLOAT64, new int[] {rows, cols}, v);
    NDArray s1 = Np.sum(x, 1);
    NDArray s0 = Np.sum(x, 0);
    NDArray am = Np.argmax(x, 0);
    NDArray cs = Np.cumsum(x, 0);
    for (int r = 0; r < rows; r++) {
      double t = 0;
      for (int c = 0; c < cols; c++) {
        t += v[r * cols + c];
      }
      assertEquals(t, (double) s1.item(r), "row " + r);
    }
    for (int c = 0; c < cols; c++) {
      double t = 0;
      int best = 0;
      for (int r = 0; r < rows; r++) {
        t += v[r * cols + c];
        if (v[r * cols + c] > v[best * cols + c]) {
          best = r;
        }
      }
      assertEquals(t, (double) s0.item(c), "column " + c);
      assertEquals((long) best, (long) (Long) am.item(c), "argmax column " + c);
      assertEquals(t, (double) cs.item(rows - 1, c), "cumsum column " + c);
    }
    // A reduction over a transposed view with a tuple axis (reduced axes not one run: copied).
    NDArray t3 = new NDArray(DType.FLOAT64, new int[] {20, 30, 1000}, v).T();
    NDArray s = Np.sum(t3, new int[] {0, 2});
    double total = 0;
    for (double e : v) {
      total += e;
    }
    double acc = 0;
    for (int i = 0; i < s.size(); i++) {
      acc += (double) s.item(i);
    }
    assertEquals(total, acc);
  }
}
