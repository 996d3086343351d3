package dev.numbat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numbat.errors.OverflowError;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ops of op-specs/ops/logic.yaml. Every expected value below was printed by NumPy 1.24
 * (Debian's) after {@code np._set_promotion_state("weak")}; results are written
 * as one '1'/'0' per element in C order. isclose's expectations come from NumPy 2's isclose source
 * run on that NumPy (its ufunc steps then follow NEP 50), since Numbat follows NumPy 2 there; the
 * cases where NumPy 1.24's own isclose differs are marked.
 */
class LogicTest {
  private static final double NAN = Double.NaN;
  private static final double INF = Double.POSITIVE_INFINITY;

  private static final DType[] INTS = {DType.INT8, DType.INT16, DType.INT32, DType.INT64, DType.UINT8,
      DType.UINT16, DType.UINT32, DType.UINT64};
  private static final long[] IA = {0, 1, -1, 5, -128, 127, 3, -7};
  private static final long[] IB = {0, -1, 1, 5, 127, -128, 4, 9};
  private static final double[] FA = {0.0, -0.0, 1.5, NAN, INF, -INF, 2.0, NAN, -3.0};
  private static final double[] FB = {-0.0, 0.0, 1.5, 1.0, INF, INF, NAN, NAN, 4.0};

  /** One '1'/'0' per element of a bool array, C order. */
  static String bits(NDArray r) {
    assertEquals(DType.BOOL, r.dtype());
    StringBuilder b = new StringBuilder();
    if (r.ndim() == 0) {
      return (Boolean) r.item() ? "1" : "0";
    }
    for (int i = 0; i < r.size(); i++) {
      b.append((Boolean) r.item(i) ? '1' : '0');
    }
    return b.toString();
  }

  static NDArray arr(Object data, DType d) {
    return Np.asarray(data, d);
  }

  static List<Complex> cs(double... reIm) {
    List<Complex> l = new ArrayList<>();
    for (int i = 0; i < reIm.length; i += 2) {
      l.add(new Complex(reIm[i], reIm[i + 1]));
    }
    return l;
  }

  static String[] allSix(NDArray a, NDArray b) {
    return new String[] {bits(Np.equal(a, b)), bits(Np.notEqual(a, b)), bits(Np.less(a, b)),
        bits(Np.lessEqual(a, b)), bits(Np.greater(a, b)), bits(Np.greaterEqual(a, b))};
  }

  static void assertSix(String expected, NDArray a, NDArray b) {
    assertEquals(expected, String.join(" ", allSix(a, b)), a.dtype().name());
    // The method forms and their aliases are the same ops.
    String viaMethods = String.join(" ", bits(a.eq(b)), bits(a.ne(b)), bits(a.lt(b)), bits(a.le(b)),
        bits(a.gt(b)), bits(a.ge(b)));
    assertEquals(expected, viaMethods, a.dtype().name() + " methods");
  }

  // ------------------------------------------------------------------ comparisons

  @Test
  void comparisonsBool() {
    boolean[] a = {true, true, false, false};
    boolean[] b = {true, false, true, false};
    assertSix("1001 0110 0010 1011 0100 1101", arr(a, DType.BOOL), arr(b, DType.BOOL));
  }

  @Test
  void comparisonsSignedAndUnsigned() {
    // Unsigned ordering: -1 wraps to the largest value, -128 to 128.
    String signed = "10010000 01101111 00101011 10111011 01000100 11010100";
    String unsigned = "10010000 01101111 01000110 11010110 00101001 10111001";
    for (DType d : INTS) {
      assertSix(d.isUnsigned() ? unsigned : signed, arr(IA, d), arr(IB, d));
    }
  }

  @Test
  void comparisonsFloatsNaNAndSignedZero() {
    String expected = "111010000 000101111 000001001 111011001 000000000 111010000";
    // bfloat16 has no NumPy reference; these values are exact in it, so it must agree with float32.
    for (DType d : new DType[] {DType.FLOAT16, DType.BFLOAT16, DType.FLOAT32, DType.FLOAT64}) {
      assertSix(expected, arr(FA, d), arr(FB, d));
    }
  }

  @Test
  void comparisonsComplexLexicographicWithNaNRule() {
    List<Complex> a = cs(1, 1, 1, NAN, NAN, 1, 2, 0, 1, 2, NAN, NAN, 1, 0, 3, 3, INF, 0);
    List<Complex> b = cs(1, 2, 2, 0, 2, 0, 1, NAN, 1, 1, 1, 1, 1, NAN, 3, 3, INF, 0);
    String expected = "000000011 111111100 100000000 100000011 000010000 000010011";
    assertSix(expected, arr(a, DType.COMPLEX64), arr(b, DType.COMPLEX64));
    assertSix(expected, arr(a, DType.COMPLEX128), arr(b, DType.COMPLEX128));
  }

  @Test
  void comparisonsMixedDtypesAndWeakScalars() {
    // uint64 vs int64 compare exactly (NumPy 2), so 2**63 > -1 and 2**63 != -2**63, and
    // 2**63 - 446 < 2**63 - 2 (through float64 both would be 2**63).
    NDArray big = arr(new long[] {Long.MIN_VALUE, 5}, DType.UINT64);
    assertEquals("10", bits(Np.greater(big, arr(new long[] {-1, 5}, DType.INT64))));
    assertEquals("0", bits(Np.equal(arr(new long[] {Long.MIN_VALUE}, DType.UINT64),
        arr(new long[] {Long.MIN_VALUE}, DType.INT64))));
    assertEquals("0", bits(Np.greaterEqual(arr(new long[] {Long.MAX_VALUE - 445}, DType.UINT64),
        arr(new long[] {Long.MAX_VALUE - 1}, DType.INT64))));
    // int64 vs float64 compare in float64: 2**53 + 1 == 2.0**53.
    assertEquals("1", bits(Np.equal(arr(new long[] {(1L << 53) + 1}, DType.INT64), arr(new double[] {0x1p53}, DType.FLOAT64))));
    NDArray u8 = arr(new long[] {1, 255}, DType.UINT8);
    assertEquals("10", bits(u8.lt(255L)));
    // a Java integer outside the array's dtype compares by value (NumPy 2, NEP 50's special case)
    assertEquals("00", bits(Np.less(u8, -1L)));
    assertEquals("11", bits(u8.lt(300L)));
    // in arithmetic it is still NumPy's OverflowError
    OverflowError e = assertThrows(OverflowError.class, () -> Np.add(u8, -1L));
    assertEquals("Python integer -1 out of bounds for uint8", e.getMessage());
    assertEquals("10", bits(arr(new long[] {1, 2}, DType.INT8).lt(1.5)));
    assertEquals("10", bits(arr(new boolean[] {true, false}, DType.BOOL).eq(1L)));
    assertEquals("00", bits(arr(new boolean[] {true, false}, DType.BOOL).eq(2L)));
    assertEquals("10", bits(arr(new long[] {4000000000L, 0}, DType.UINT32).gt(1L)));
    // A weak float meets a float32 array as float32.
    assertEquals("1", bits(arr(new double[] {0.1}, DType.FLOAT32).eq(0.1)));
    // A weak 1e-50 becomes float16 zero.
    assertEquals("00", bits(arr(new double[] {0.0, 1e-4}, DType.FLOAT16).lt(1e-50)));
    assertEquals("110", bits(arr(cs(1, 5, 1.5, -1, 2, 0), DType.COMPLEX128).lt(1.5)));
    // Broadcast (3,1) int8 against (3,) int16.
    NDArray col = arr(new long[][] {{1}, {2}, {3}}, DType.INT8);
    NDArray res = Np.lessEqual(col, arr(new long[] {1, 2, 3}, DType.INT16));
    assertEquals("111011001", bits(res));
    assertEquals(List.of(3, 3), List.of(res.shape(0), res.shape(1)));
  }

  @Test
  void comparisonsStridedEmptyScalarAndLarge() {
    NDArray m = arr(new double[][] {{1, 2, 3}, {4, 5, 6}}, DType.FLOAT64);
    // Transposed (non-contiguous) against contiguous.
    NDArray t = m.T();
    NDArray u = arr(new double[][] {{1, 5}, {2, 5}, {3, 6}}, DType.FLOAT64);
    assertEquals("101111", bits(Np.equal(t, u)));
    NDArray empty = arr(new double[0], DType.FLOAT32);
    NDArray r = Np.less(empty, 1.0);
    assertEquals(0, r.size());
    assertEquals(DType.BOOL, r.dtype());
    NDArray zeroD = Np.less(2L, 3L);
    assertEquals(0, zeroD.ndim());
    assertEquals("1", bits(zeroD));
    // Above the parallel threshold.
    int n = 200_000;
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = i;
    }
    byte[] out = (byte[]) Np.greaterEqual(arr(v, DType.FLOAT64), 150_000.0).data();
    int count = 0;
    for (byte x : out) {
      count += x;
    }
    assertEquals(50_000, count);
  }

  // ------------------------------------------------------------------ logical

  @Test
  void logicalOpsConvertMixedOperandsToBool() {
    // NumPy's logical promoter: no OverflowError, the scalar is just "true".
    assertEquals("10", bits(Np.logicalAnd(arr(new long[] {1, 0}, DType.UINT8), 300L)));
    assertEquals("11", bits(Np.logicalOr(arr(new long[] {0, 0}, DType.UINT8), -1L)));
    // 1e-50 is true even though float16 would round it to zero.
    assertEquals("10", bits(arr(new double[] {1, 0}, DType.FLOAT16).logicalAnd(1e-50)));
    // NaN is true, -0.0 false.
    assertEquals("1001", bits(Np.logicalAnd(arr(new double[] {NAN, -0.0, 0.0, 2.0}, DType.FLOAT32),
        arr(new long[] {1, 1, 1, 1}, DType.INT64))));
    assertEquals("0100", bits(Np.logicalXor(arr(cs(0, 0, 0, 1, NAN, 0, 1, 0), DType.COMPLEX128),
        arr(new long[] {0, 0, 1, 1}, DType.UINT16))));
    assertEquals("001", bits(Np.logicalOr(arr(new double[] {0, -0.0, 0.5}, DType.FLOAT16), false)));
    assertEquals("001", bits(Np.logicalOr(arr(new double[] {0, -0.0, 0.5}, DType.BFLOAT16), false)));
    assertEquals("0101", bits(Np.logicalAnd(arr(new long[] {0, 1, 2, -1}, DType.INT8),
        arr(new long[] {1, 1, 0, -128}, DType.INT8))));
  }

  @Test
  void logicalNot() {
    assertEquals("11000", bits(Np.logicalNot(arr(new double[] {0, -0.0, NAN, 1e-45, INF}, DType.FLOAT32))));
    assertEquals("1100", bits(Np.logicalNot(arr(cs(0, 0, -0.0, -0.0, 0, NAN, 0, 1), DType.COMPLEX64))));
    assertEquals("1000", bits(arr(new long[] {0, 1, -1, 256}, DType.INT16).logicalNot()));
    assertEquals("10", bits(Np.logicalNot(arr(new long[] {0, Long.MIN_VALUE}, DType.UINT64))));
    assertEquals("110", bits(Np.logicalNot(arr(new double[] {0, -0.0, 6e-8}, DType.FLOAT16))));
    assertEquals("0", bits(Np.logicalNot(true)));
  }

  // ------------------------------------------------------------------ classification

  @Test
  void classifyFloats() {
    double[] v = {0, -0.0, 1.0, NAN, -NAN, INF, -INF, 65504, 1e-7};
    for (DType d : new DType[] {DType.FLOAT16, DType.BFLOAT16, DType.FLOAT32, DType.FLOAT64}) {
      NDArray x = arr(v, d);
      String got = String.join(" ", bits(Np.isnan(x)), bits(Np.isinf(x)), bits(Np.isfinite(x)),
          bits(Np.isposinf(x)), bits(Np.isneginf(x)));
      assertEquals("000110000 000001100 111000011 000001000 000000100", got, d.name());
    }
    assertEquals("1", bits(Np.isnan(NAN)));
    assertEquals("0", bits(Np.isinf(5L)));
  }

  @Test
  void classifyComplex() {
    List<Complex> v = cs(0, 0, NAN, 0, 0, NAN, INF, 0, 0, -INF, INF, NAN, 1, 1);
    for (DType d : new DType[] {DType.COMPLEX64, DType.COMPLEX128}) {
      NDArray x = arr(v, d);
      String got = String.join(" ", bits(Np.isnan(x)), bits(Np.isinf(x)), bits(Np.isfinite(x)),
          bits(Np.iscomplex(x)), bits(Np.isreal(x)));
      assertEquals("0110010 0001110 1000001 0010111 1101000", got, d.name());
      TypeError e = assertThrows(TypeError.class, () -> Np.isposinf(x));
      assertEquals("This operation is not supported for " + d.name() + " values because it would be ambiguous.",
          e.getMessage());
      assertThrows(TypeError.class, () -> Np.isneginf(x));
    }
  }

  @Test
  void classifyIntegersAndBool() {
    for (DType d : new DType[] {DType.BOOL, DType.INT8, DType.UINT16, DType.INT32, DType.UINT64}) {
      NDArray x = arr(new long[] {0, 1}, d);
      String got = String.join(" ", bits(Np.isnan(x)), bits(Np.isinf(x)), bits(Np.isfinite(x)),
          bits(Np.isposinf(x)), bits(Np.isneginf(x)), bits(Np.iscomplex(x)), bits(Np.isreal(x)));
      assertEquals("00 00 11 00 00 00 11", got, d.name());
    }
    // Strided input: every other element of an int8 row.
    NDArray m = arr(new long[][] {{1, 2}, {3, 4}}, DType.INT8).T();
    assertEquals("1111", bits(Np.isfinite(m)));
  }

  @Test
  void iscomplexIsrealAndObj() {
    List<Object> mixed = List.of(new Complex(1, 1), new Complex(1, 0), 4.5, 3L, 2L, new Complex(0, 2));
    assertEquals("100001", bits(Np.iscomplex(mixed)));
    assertEquals("011110", bits(Np.isreal(mixed)));
    assertFalse(Np.iscomplexobj(1L));
    assertTrue(Np.iscomplexobj(new Complex(1, 0)));
    assertTrue(Np.iscomplexobj(List.of(3L, new Complex(1, 0), true)));
    assertTrue(Np.iscomplexobj(Np.zeros(new int[] {2}, DType.COMPLEX64)));
    assertFalse(Np.isrealobj(Np.zeros(new int[] {2}, DType.COMPLEX64)));
    assertTrue(Np.isrealobj(List.of(1.5)));
    // A 0-d input gives a 0-d answer.
    assertEquals(0, Np.iscomplex(3L).ndim());
    assertEquals("1", bits(Np.isreal(new Complex(1, 0))));
  }

  // ------------------------------------------------------------------ array equality

  @Test
  void arrayEqualAndEquiv() {
    assertTrue(Np.arrayEqual(List.of(1L, 2L, 3L), List.of(1L, 2L, 3L)));
    assertTrue(Np.arrayEqual(List.of(1L, 2L, 3L), List.of(1.0, 2.0, 3.0)));
    assertFalse(Np.arrayEqual(List.of(1L, 2L), List.of(1L, 2L, 3L)));
    assertFalse(Np.arrayEqual(List.of(List.of(1L, 2L)), List.of(1L, 2L)));
    assertTrue(Np.arrayEqual(List.of(), List.of()));
    assertFalse(Np.arrayEqual(List.of(1.0, NAN), List.of(1.0, NAN)));
    assertTrue(Np.arrayEqual(List.of(1.0, NAN), List.of(1.0, NAN), true));
    assertFalse(Np.arrayEqual(List.of(NAN, 1.0), List.of(1.0, NAN), true));
    // A NaN in either part makes complex values equal under equal_nan, as in NumPy.
    assertTrue(Np.arrayEqual(List.of(new Complex(NAN, 1)), List.of(new Complex(1, NAN)), true));
    assertTrue(Np.arrayEqual(arr(new long[] {1, 2}, DType.INT8), arr(new long[] {1, 2}, DType.UINT64), true));
    assertFalse(Np.arrayEqual(arr(new long[] {Long.MIN_VALUE}, DType.UINT64), List.of(Long.MIN_VALUE)));
    // The Java number is a strong int64 here, so no OverflowError.
    assertFalse(Np.arrayEqual(arr(3L, DType.UINT8), -3L));
    // Ragged input cannot become an array: false, as NumPy's except clause answers.
    assertFalse(Np.arrayEqual(List.of(List.of(1L), List.of(1L, 2L)), List.of(1L)));
    // Non-contiguous operands.
    NDArray m = arr(new double[][] {{1, 2}, {3, 4}}, DType.FLOAT32);
    assertTrue(Np.arrayEqual(m.T(), List.of(List.of(1.0, 3.0), List.of(2.0, 4.0))));

    assertTrue(Np.arrayEquiv(List.of(1L, 2L), List.of(List.of(1L, 2L), List.of(1L, 2L))));
    assertFalse(Np.arrayEquiv(List.of(1L, 2L), List.of(List.of(1L, 2L), List.of(1L, 3L))));
    assertFalse(Np.arrayEquiv(List.of(1L, 2L), List.of(List.of(1L, 2L, 1L, 2L), List.of(1L, 2L, 1L, 2L))));
    assertFalse(Np.arrayEquiv(List.of(1L, 2L), List.of(1L, 2L, 3L)));
    assertTrue(Np.arrayEquiv(3L, List.of(List.of(3L, 3L), List.of(3L, 3L))));
  }

  // ------------------------------------------------------------------ isclose / allclose

  @Test
  void iscloseDocExamples() {
    assertEquals("10", bits(Np.isclose(List.of(1e10, 1e-7), List.of(1.00001e10, 1e-8))));
    assertEquals("11", bits(Np.isclose(List.of(1e10, 1e-8), List.of(1.00001e10, 1e-9))));
    assertEquals("00", bits(Np.isclose(List.of(1e-100, 1e-7), List.of(0.0, 0.0), 1e-5, 0.0)));
    assertEquals("01", bits(Np.isclose(List.of(1e-10, 1e-10), List.of(1e-20, 0.999999e-10), 1e-5, 0.0)));
  }

  @Test
  void iscloseAppliesTolerancesToIntegers() {
    assertEquals("101", bits(Np.isclose(arr(new long[] {100, 200, -5}, DType.INT64),
        arr(new long[] {101, 190, -5}, DType.INT64), 0.01)));
    assertEquals("110", bits(Np.isclose(arr(new long[] {1, 2, 3}, DType.INT8), arr(new long[] {1, 3, 5}, DType.INT8),
        1e-5, 1.0)));
    assertEquals("10", bits(Np.isclose(arr(new long[] {0, 255}, DType.UINT8), arr(new long[] {1, 250}, DType.UINT8),
        1e-5, 4.0)));
    // No abs(MIN_INT) trouble: y is float64 before the subtraction.
    assertEquals("10", bits(Np.isclose(arr(new long[] {Long.MIN_VALUE, 1L << 62}, DType.INT64),
        arr(new long[] {Long.MIN_VALUE, -(1L << 62)}, DType.INT64))));
    assertEquals("10", bits(Np.isclose(arr(new boolean[] {true, false}, DType.BOOL),
        arr(new boolean[] {true, true}, DType.BOOL), 1e-5, 0.5)));
  }

  @Test
  void iscloseNonfiniteAndEqualNan() {
    NDArray x = arr(new double[] {INF, -INF, INF, NAN, NAN, 1.0, 1.0}, DType.FLOAT64);
    NDArray y = arr(new double[] {INF, INF, 1.0, NAN, 1.0, INF, NAN}, DType.FLOAT64);
    assertEquals("1000000", bits(Np.isclose(x, y)));
    assertEquals("1001000", bits(Np.isclose(x, y, 1e-5, 1e-8, true)));
    // NumPy 1.24 answers 1000 (its ones-multiplication makes inf+1j inf+nanj); NumPy 2: 1010.
    NDArray cx = arr(cs(1, 1, 1, 1, INF, 1, NAN, 0), DType.COMPLEX128);
    NDArray cy = arr(cs(1, 1.000001, 1, 2, INF, 1, NAN, 0), DType.COMPLEX128);
    assertEquals("1010", bits(Np.isclose(cx, cy)));
    assertEquals("111", bits(Np.isclose(arr(cs(1, 1, NAN, 0, 0, NAN), DType.COMPLEX128),
        arr(cs(1, 1, NAN, 0, NAN, 5), DType.COMPLEX128), 1e-5, 1e-8, true)));
    // NumPy 2's formula (NumPy 1.24: 00 and 01).
    assertEquals("10", bits(Np.isclose(List.of(1.0, 2.0), List.of(1.0, 2.5), 1e-5, -1.0)));
    assertEquals("11", bits(Np.isclose(List.of(INF, 1.0), List.of(1.0, 2.0), 1e-5, INF)));
  }

  @Test
  void iscloseComputesInTheOperandDtypes() {
    assertEquals("0011", bits(Np.isclose(arr(new double[] {1.0, 1.0, 1.0, 1e-8}, DType.FLOAT32),
        arr(new double[] {1.00001, 1.0000102, 1.0000098, 0}, DType.FLOAT32))));
    assertEquals("1011", bits(Np.isclose(arr(new double[] {1.0, 1.0, 1000, 0.001}, DType.FLOAT16),
        arr(new double[] {1.000977, 1.00195, 1001, 0.0010004}, DType.FLOAT16), 1e-3)));
    // float16 atol 1e-8 rounds to zero; rtol 1e-5 to a subnormal.
    assertEquals("110", bits(Np.isclose(arr(new double[] {1.0, 2048, 0}, DType.FLOAT16),
        arr(new double[] {1.0, 2049, 6e-8}, DType.FLOAT16))));
    assertEquals("10", bits(Np.isclose(arr(new double[] {1.0, 1.0}, DType.FLOAT16),
        arr(new double[] {1.0001, 1.001}, DType.FLOAT32), 1e-4)));
    assertEquals("10", bits(Np.isclose(arr(new double[] {1.0001, 1.001}, DType.FLOAT64),
        arr(new double[] {1.0, 1.0}, DType.FLOAT16), 2e-4)));
    assertEquals("11", bits(Np.isclose(arr(cs(1, 1, 3, 4), DType.COMPLEX64), arr(cs(1, 1.00001, 3.00003, 4), DType.COMPLEX64))));
    NDArray b = Np.isclose(arr(new double[][] {{1.0}, {2.0}}, DType.FLOAT64), arr(new double[] {1.0, 2.0, 2.00001}, DType.FLOAT64));
    assertEquals("100011", bits(b));
    assertEquals(2, b.ndim());
  }

  @Test
  void iscloseWeakScalarsAsNumPy2() {
    assertEquals("10", bits(Np.isclose(arr(new double[] {0.1, 0.1000001}, DType.FLOAT32), 0.1, 0.0, 0.0)));
    // The tolerance 1e5 becomes float16 inf, and 1e10 itself is finite: NumPy 2 says close.
    assertEquals("11", bits(Np.isclose(arr(new double[] {1.0, 65504}, DType.FLOAT16), 1e10)));
    assertEquals("111", bits(Np.isclose(arr(new long[] {2, 3, 4}, DType.INT8), 3L, 1e-5, 1.0)));
    // A Java integer becomes a double, so no OverflowError for uint8 vs -1.
    assertEquals("10", bits(Np.isclose(arr(new long[] {0, 1}, DType.UINT8), -1L, 1e-5, 1.0)));
    assertEquals("110", bits(Np.isclose(3L, arr(new double[] {3.0, 3.00001, 3.0001}, DType.FLOAT32))));
    assertEquals("01", bits(Np.isclose(1e300, arr(new double[] {1.0, INF}, DType.FLOAT32))));
    assertEquals("01", bits(Np.isclose(arr(new double[] {1.0, 1.0009765625}, DType.FLOAT16), 1.001, 0.0, 0.0)));
    assertEquals("100", bits(Np.isclose(arr(cs(0, 1, 0, 1.00001, 1, 1), DType.COMPLEX64), new Complex(0, 1))));
    NDArray s = Np.isclose(2.0, 2.00000001);
    assertEquals(0, s.ndim());
    assertEquals("1", bits(s));
    assertEquals("1", bits(Np.isclose(NAN, NAN, 1e-5, 1e-8, true)));
    assertEquals("10", bits(Np.isclose(arr(new double[] {INF, 1.0}, DType.FLOAT32), INF)));
  }

  @Test
  void allclose() {
    assertFalse(Np.allclose(List.of(1e10, 1e-7), List.of(1.00001e10, 1e-8)));
    assertTrue(Np.allclose(List.of(1e10, 1e-8), List.of(1.00001e10, 1e-9)));
    assertFalse(Np.allclose(List.of(1.0, NAN), List.of(1.0, NAN)));
    assertTrue(Np.allclose(List.of(1.0, NAN), List.of(1.0, NAN), 1e-5, 1e-8, true));
    assertTrue(Np.allclose(List.of(List.of(1.0, 2.0)), List.of(1.0, 2.0)));
    assertThrows(ValueError.class, () -> Np.allclose(List.of(1.0, 2.0), List.of(1.0, 2.0, 3.0)));
  }
}
