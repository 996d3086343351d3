package dev.numbat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numbat.errors.AxisError;
import dev.numbat.errors.OverflowError;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import dev.numbat.backend.cpu.Config;
import dev.numbat.types.Promotion;
import org.junit.jupiter.api.Test;

class CoreTest {
  /**
   * np.promote_types over the 14 NumPy dtypes, as NumPy 1.24.2 printed it (rows and columns in
   * the order below).
   */
  private static final String[] NUMPY_NAMES = {"bool", "int8", "int16", "int32", "int64", "uint8",
      "uint16", "uint32", "uint64", "float16", "float32", "float64", "complex64", "complex128"};
  private static final String[] NUMPY_TABLE = {
    "bool int8 int16 int32 int64 uint8 uint16 uint32 uint64 float16 float32 float64 complex64 complex128",
    "int8 int8 int16 int32 int64 int16 int32 int64 float64 float16 float32 float64 complex64 complex128",
    "int16 int16 int16 int32 int64 int16 int32 int64 float64 float32 float32 float64 complex64 complex128",
    "int32 int32 int32 int32 int64 int32 int32 int64 float64 float64 float64 float64 complex128 complex128",
    "int64 int64 int64 int64 int64 int64 int64 int64 float64 float64 float64 float64 complex128 complex128",
    "uint8 int16 int16 int32 int64 uint8 uint16 uint32 uint64 float16 float32 float64 complex64 complex128",
    "uint16 int32 int32 int32 int64 uint16 uint16 uint32 uint64 float32 float32 float64 complex64 complex128",
    "uint32 int64 int64 int64 int64 uint32 uint32 uint32 uint64 float64 float64 float64 complex128 complex128",
    "uint64 float64 float64 float64 float64 uint64 uint64 uint64 uint64 float64 float64 float64 complex128 complex128",
    "float16 float16 float32 float64 float64 float16 float32 float64 float64 float16 float32 float64 complex64 complex128",
    "float32 float32 float32 float64 float64 float32 float32 float64 float64 float32 float32 float64 complex64 complex128",
    "float64 float64 float64 float64 float64 float64 float64 float64 float64 float64 float64 float64 complex128 complex128",
    "complex64 complex64 complex64 complex128 complex128 complex64 complex64 complex128 complex128 complex64 complex64 complex128 complex64 complex128",
    "complex128 complex128 complex128 complex128 complex128 complex128 complex128 complex128 complex128 complex128 complex128 complex128 complex128 complex128",
  };

  @Test
  void promoteTypesEqualsNumpysTableForEveryPair() {
    for (int i = 0; i < NUMPY_NAMES.length; i++) {
      String[] row = NUMPY_TABLE[i].split(" ");
      for (int j = 0; j < NUMPY_NAMES.length; j++) {
        DType got = Promotion.promoteTypes(DType.of(NUMPY_NAMES[i]), DType.of(NUMPY_NAMES[j]));
        assertEquals(row[j], got.name(), NUMPY_NAMES[i] + " + " + NUMPY_NAMES[j]);
      }
    }
  }

  @Test
  void promotionOfSeveralDtypesIsNumpysSequenceRule() {
    // np.result_type(np.uint8, np.int8, np.float16) -> float16 (a pairwise fold gives float32)
    assertSame(DType.FLOAT16, Promotion.promoteAll(DType.UINT8, DType.INT8, DType.FLOAT16));
    // np.result_type(np.int16, np.uint16, np.float16) -> float32 (a pairwise fold gives float64)
    assertSame(DType.FLOAT32, Promotion.promoteAll(DType.INT16, DType.UINT16, DType.FLOAT16));
    // np.result_type(np.int8, np.uint8, np.int16) -> int16
    assertSame(DType.INT16, Promotion.promoteAll(DType.INT8, DType.UINT8, DType.INT16));
    assertSame(DType.FLOAT16, Np.hstack(Np.zeros(new int[] {1}, DType.UINT8), Np.zeros(new int[] {1}, DType.INT8),
        Np.zeros(new int[] {1}, DType.FLOAT16)).dtype());
    DType[] all = DType.values();
    for (DType a : all) {
      for (DType b : all) {
        assertSame(Promotion.promoteTypes(a, b), Promotion.promoteAll(a, b), a + ", " + b);
        assertSame(Promotion.promoteTypes(a, b), Promotion.promoteAll(null, a, null, b), a + ", " + b + " with nulls");
        for (DType c : all) {
          DType r = Promotion.promoteAll(a, b, c);
          assertSame(r, Promotion.promoteAll(c, a, b), a + ", " + b + ", " + c);
          assertSame(r, Promotion.promoteAll(b, a, c), a + ", " + b + ", " + c);
          assertTrue(Promotion.canCastSafely(a, r) && Promotion.canCastSafely(b, r) && Promotion.canCastSafely(c, r),
              a + ", " + b + ", " + c + " -> " + r);
        }
      }
    }
  }

  @Test
  void bfloat16FollowsTheMlDtypesLattice() {
    assertSame(DType.FLOAT32, Promotion.promoteTypes(DType.BFLOAT16, DType.FLOAT16));
    assertSame(DType.BFLOAT16, Promotion.promoteTypes(DType.BFLOAT16, DType.INT8));
    assertSame(DType.BFLOAT16, Promotion.promoteTypes(DType.UINT8, DType.BFLOAT16));
    assertSame(DType.FLOAT32, Promotion.promoteTypes(DType.BFLOAT16, DType.INT16));
    assertSame(DType.COMPLEX64, Promotion.promoteTypes(DType.BFLOAT16, DType.COMPLEX64));
  }

  @Test
  void dtypeNamesAreNumpys() {
    assertSame(DType.FLOAT32, DType.of("float32"));
    assertEquals("float32", DType.FLOAT32.name());
    assertSame(DType.INT64, DType.of("int"));
    assertSame(DType.FLOAT64, DType.of("f8"));
    TypeError e = assertThrows(TypeError.class, () -> DType.of("float128x"));
    assertEquals("data type 'float128x' not understood", e.getMessage());
  }

  @Test
  void weakScalarsFollowNep50() {
    NDArray i8 = Np.asarray(new byte[] {1, 2});
    assertSame(DType.INT8, Np.add(i8, 1).dtype());
    assertSame(DType.FLOAT64, Np.add(i8, 1.5).dtype());
    NDArray f32 = Np.asarray(new float[] {1, 2});
    assertSame(DType.FLOAT32, Np.add(f32, 1.5).dtype());
    assertSame(DType.FLOAT32, Np.add(2.5, f32).dtype());
    assertSame(DType.INT64, Np.asarray(1).dtype());
    assertSame(DType.FLOAT64, Np.asarray(1.0).dtype());
    assertSame(DType.FLOAT64, Np.add(1.0, 2.0).dtype());
    OverflowError o = assertThrows(OverflowError.class, () -> Np.add(Np.asarray(new byte[] {1}), 300));
    assertEquals("Python integer 300 out of bounds for int8", o.getMessage());
  }

  @Test
  void preferFloat32MakesFloatLiteralsFloat32() {
    try {
      Np.experimentalEnableNumpyBehavior(true);
      assertSame(DType.FLOAT32, Np.asarray(1.0).dtype());
      assertSame(DType.FLOAT32, Np.add(1.0, 2.0).dtype());
    } finally {
      Config.setPreferFloat32(false);
    }
    assertSame(DType.FLOAT64, Np.asarray(1.0).dtype());
  }

  @Test
  void broadcastingAndItsError() {
    NDArray x = Np.zeros(2, 3);
    NDArray y = Np.zeros(3);
    NDArray z = Np.zeros(1, 2, 1);
    assertArrayEquals(new int[] {1, 2, 3}, Np.add(Np.add(x, y), z).shape());
    ValueError e = assertThrows(ValueError.class, () -> Np.add(x, Np.zeros(4)));
    assertEquals("operands could not be broadcast together with shapes (2,3) (4,) ", e.getMessage());
  }

  @Test
  void transposeIsAView() {
    NDArray x = Np.asarray(new double[][] {{1, 2, 3}, {4, 5, 6}});
    NDArray t = x.T();
    assertSame(x.data(), t.data());
    assertArrayEquals(new int[] {3, 2}, t.shape());
    assertEquals(4.0, t.item(0, 1));
    assertEquals(12.0, (double) Np.add(t, t).item(2, 1));
  }

  @Test
  void axisErrorsAreNumpys() {
    NDArray x = Np.zeros(2, 3);
    AxisError e = assertThrows(AxisError.class, () -> Np.sum(x, 2));
    assertEquals("axis 2 is out of bounds for array of dimension 2", e.getMessage());
    assertThrows(ValueError.class, () -> Np.sum(x, new int[] {1, -1}));
    assertArrayEquals(new int[] {2, 1}, Np.sum(x, new int[] {1}, true).shape());
  }
}
