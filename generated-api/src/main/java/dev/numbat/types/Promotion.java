package dev.numbat.types;

import dev.numbat.DType;
import dev.numbat.NDArray;

/**
 * NumPy 2 type promotion. The safe-cast relation is the table NumPy prints for
 * {@code np.can_cast(a, b, "safe")}, extended with bfloat16 as ml_dtypes registers it
 * (bool/int8/uint8 cast to it; it casts to float32 and wider). {@code promote_types} is the least
 * upper bound in that relation, which reproduces NumPy's table and gives bfloat16 + float16 =
 * float32. Weak (Java) scalars follow NEP 50.
 */
public final class Promotion {
  private Promotion() {}

  private static final int N = DType.COUNT;
  private static final boolean[][] SAFE = new boolean[N][N];
  private static final DType[][] PROMOTE = new DType[N][N];

  static {
    // rows: from; columns in DType ordinal order:
    // bool i8 i16 i32 i64 u8 u16 u32 u64 f16 bf16 f32 f64 c64 c128
    String[] rows = {
      "111111111111111", // bool
      "011110000111111", // int8
      "001110000001111", // int16
      "000110000000101", // int32
      "000010000000101", // int64
      "001111111111111", // uint8
      "000110111001111", // uint16
      "000010011000101", // uint32
      "000000001000101", // uint64
      "000000000101111", // float16
      "000000000011111", // bfloat16
      "000000000001111", // float32
      "000000000000101", // float64
      "000000000000011", // complex64
      "000000000000001", // complex128
    };
    for (int i = 0; i < N; i++) {
      for (int j = 0; j < N; j++) {
        SAFE[i][j] = rows[i].charAt(j) == '1';
      }
    }
    for (int i = 0; i < N; i++) {
      for (int j = 0; j < N; j++) {
        PROMOTE[i][j] = leastUpperBound(i, j);
      }
    }
  }

  private static DType leastUpperBound(int a, int b) {
    DType best = null;
    for (int c = 0; c < N; c++) {
      if (SAFE[a][c] && SAFE[b][c] && (best == null || SAFE[c][best.ordinal()])) {
        best = DType.byOrdinal(c);
      }
    }
    return best;
  }

  /** {@code np.can_cast(from, to, "safe")}. */
  public static boolean canCastSafely(DType from, DType to) {
    return SAFE[from.ordinal()][to.ordinal()];
  }

  /** {@code np.promote_types(a, b)}. */
  public static DType promoteTypes(DType a, DType b) {
    return PROMOTE[a.ordinal()][b.ordinal()];
  }

  /**
   * NumPy's type numbers by Numbat ordinal (bool i8 i16 i32 i64 u8 u16 u32 u64 f16 bf16 f32 f64
   * c64 c128): int64 is C long on LP64, half (23) comes after every other legacy type, and
   * ml_dtypes' bfloat16 is a user dtype (numbered from 256).
   */
  private static final int[] NUMPY_TYPE_NUM = {0, 1, 3, 5, 7, 2, 4, 6, 8, 23, 256, 11, 12, 14, 15};

  /**
   * {@code np.result_type} of several dtypes, as NumPy 2's {@code PyArray_PromoteDTypeSequence}:
   * the dtype with the highest type number promotes with each of the others, and those results
   * are promoted together. Not a pairwise fold: uint8, int8, float16 is float16 (float16 takes
   * each of them), where promoting uint8 with int8 first would give int16 and then float32.
   * Null entries are skipped; null when there is none.
   */
  public static DType promoteAll(DType... ds) {
    int main = -1;
    for (DType d : ds) {
      if (d != null && (main < 0 || NUMPY_TYPE_NUM[d.ordinal()] > NUMPY_TYPE_NUM[main])) {
        main = d.ordinal();
      }
    }
    if (main < 0) {
      return null;
    }
    DType result = null;
    for (DType d : ds) {
      if (d != null) {
        DType c = PROMOTE[main][d.ordinal()];
        result = result == null ? c : PROMOTE[result.ordinal()][c.ordinal()];
      }
    }
    return result;
  }

  /** The kind rank NEP 50 compares: bool 0, integers 1, floats 2, complex 3. */
  static int kindRank(DType d) {
    return switch (d.kind()) {
      case 'b' -> 0;
      case 'i', 'u' -> 1;
      case 'f' -> 2;
      default -> 3;
    };
  }

  /**
   * {@code np.result_type} of operands; weak scalars (Java numbers) only raise the kind:
   * a weak int keeps an int8 array int8, a weak float turns it into the default float64, a weak
   * float keeps float32, a weak complex makes float32 complex64.
   */
  public static DType resultType(NDArray[] xs) {
    DType[] strong = new DType[xs.length];
    DType weak = null;
    for (int i = 0; i < xs.length; i++) {
      NDArray x = xs[i];
      if (x.isWeak()) {
        weak = weak == null ? x.dtype() : promoteTypes(weak, x.dtype());
      } else {
        strong[i] = x.dtype();
      }
    }
    return combineWeak(promoteAll(strong), weak);
  }

  public static DType resultType(NDArray a, NDArray b) {
    if (!a.isWeak() && !b.isWeak()) {
      return PROMOTE[a.dtype().ordinal()][b.dtype().ordinal()];
    }
    if (a.isWeak() && b.isWeak()) {
      return promoteTypes(a.dtype(), b.dtype());
    }
    return a.isWeak() ? combineWeak(b.dtype(), a.dtype()) : combineWeak(a.dtype(), b.dtype());
  }

  /** Strong dtype combined with a weak scalar's (int64/float64/complex128/bool) dtype. */
  public static DType combineWeak(DType strong, DType weak) {
    if (strong == null) {
      return weak;
    }
    if (weak == null) {
      return strong;
    }
    int ks = kindRank(strong);
    int kw = kindRank(weak);
    if (kw <= ks) {
      return strong;
    }
    // The weak scalar is of a higher kind: it becomes the default of its kind, except that
    // complex keeps the strong float's precision.
    if (kw == 3 && ks == 2) {
      return strong.complexType();
    }
    return weak == DType.BOOL ? strong : defaultOfKind(kw, weak);
  }

  private static DType defaultOfKind(int rank, DType weak) {
    return switch (rank) {
      case 1 -> DType.INT64;
      case 2 -> weak;
      default -> DType.COMPLEX128;
    };
  }

  /**
   * For an ordered loop list: the first loop index whose input dtype the promoted dtype casts
   * to safely, per promoted dtype ordinal (-1 where none). Computed once per op.
   */
  public static byte[] loopTable(DType[] loopIn) {
    byte[] t = new byte[N];
    for (int d = 0; d < N; d++) {
      t[d] = -1;
      for (int i = 0; i < loopIn.length; i++) {
        if (SAFE[d][loopIn[i].ordinal()]) {
          t[d] = (byte) i;
          break;
        }
      }
    }
    return t;
  }
}
