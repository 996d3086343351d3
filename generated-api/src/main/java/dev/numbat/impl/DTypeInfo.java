package dev.numbat.impl;

import dev.numbat.DType;
import dev.numbat.DTypeKind;
import dev.numbat.FInfo;
import dev.numbat.IInfo;
import dev.numbat.NDArray;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import dev.numbat.kernels.cpu.Half;
import dev.numbat.backend.cpu.Convert;
import dev.numbat.types.Promotion;
import dev.numbat.backend.cpu.Scalars;

/** dtype utilities: the implementations behind the dtype op specs (result_type, finfo, ...). */
public final class DTypeInfo {
  private DTypeInfo() {}

  /**
   * A dtype-like argument: a {@link DType}, a NumPy dtype name ("float32", "f4", "int") or an
   * array (its dtype).
   */
  public static DType toDType(Object o) {
    if (o instanceof DType d) {
      return d;
    }
    if (o instanceof String s) {
      return DType.of(s);
    }
    if (o instanceof NDArray a) {
      return a.dtype();
    }
    if (o instanceof DTypeKind k) {
      throw new TypeError("Converting '" + k.numpyName() + "' to a dtype is not supported: it is an abstract kind");
    }
    throw new TypeError("Cannot interpret '" + o + "' as a data type");
  }

  /**
   * {@code np.result_type}: NumPy 2 (NEP 50) promotion of arrays, dtypes (or dtype names) and
   * Java numbers; the Java numbers are weak scalars that only raise the kind.
   */
  public static DType resultType(Object[] arraysAndDtypes) {
    if (arraysAndDtypes == null || arraysAndDtypes.length == 0) {
      throw new ValueError("at least one array or dtype is required");
    }
    DType[] strong = new DType[arraysAndDtypes.length];
    DType weak = null;
    int k = 0;
    for (Object o : arraysAndDtypes) {
      NDArray w = Scalars.weakOrNull(o);
      DType d;
      if (w != null) {
        weak = weak == null ? w.dtype() : Promotion.promoteTypes(weak, w.dtype());
        continue;
      }
      if (o instanceof NDArray a && a.isWeak()) {
        weak = weak == null ? a.dtype() : Promotion.promoteTypes(weak, a.dtype());
        continue;
      }
      if (o instanceof DType || o instanceof String || o instanceof NDArray) {
        d = toDType(o);
      } else if (o == null) {
        throw new TypeError("Cannot interpret 'None' as a data type");
      } else {
        d = Convert.asarray(o, null).dtype();
      }
      strong[k++] = d;
    }
    return Promotion.combineWeak(Promotion.promoteAll(strong), weak);
  }

  /** {@code np.promote_types}: the smallest dtype both cast to safely. */
  public static DType promoteTypes(DType type1, DType type2) {
    return Promotion.promoteTypes(type1, type2);
  }

  /** NumPy's kind order for same_kind casting: bool, unsigned, signed, float, complex. */
  private static int kindOrder(DType d) {
    return switch (d.kind()) {
      case 'b' -> 0;
      case 'u' -> 1;
      case 'i' -> 2;
      case 'f' -> 3;
      default -> 4;
    };
  }

  /**
   * {@code np.can_cast(from_, to, casting)}. As in NumPy 2, {@code from_} is a dtype or an array
   * (its dtype; values are not inspected) and Java numbers are refused.
   */
  public static boolean canCast(Object from, DType to, String casting) {
    if (Convert.isScalar(from)) {
      throw new TypeError("can_cast() does not support Python ints, floats, and complex because the result "
          + "used to depend on the value.\nThis change was part of adopting NEP 50, we may explicitly allow "
          + "them again in the future.");
    }
    DType f = toDType(from);
    String c = casting == null ? "safe" : casting;
    return switch (c) {
      case "no", "equiv" -> f == to;
      case "safe" -> Promotion.canCastSafely(f, to);
      case "same_kind" -> Promotion.canCastSafely(f, to) || kindOrder(f) <= kindOrder(to);
      case "unsafe" -> true;
      default -> throw new ValueError("casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe' "
          + "(got '" + c + "')");
    };
  }

  /** {@code np.finfo}: limits of a float dtype; complex dtypes give their real dtype's. */
  public static FInfo finfo(Object dtype) {
    DType d = toDType(dtype);
    if (!d.isInexact()) {
      throw new ValueError("data type <class 'numpy." + d.name() + "'> not inexact");
    }
    return switch (d.realType().name()) {
      case "float16" -> new FInfo(DType.FLOAT16, 16, 0x1p-10, 0x1p-11, 65504.0, -65504.0, 0x1p-14, 0x1p-14,
          0x1p-24, Half.f16ToFloat(Half.doubleToF16(1e-3)), 3, 10, 5, 5, -14, 16, -10, -11);
      case "bfloat16" -> new FInfo(DType.BFLOAT16, 16, 0x1p-7, 0x1p-8, 0x1.FEp127, -0x1.FEp127, 0x1p-126,
          0x1p-126, 0x1p-133, Half.bf16ToFloat(Half.floatToBf16(0.01f)), 2, 7, 8, 8, -126, 128, -7, -8);
      case "float32" -> new FInfo(DType.FLOAT32, 32, 0x1p-23, 0x1p-24, Float.MAX_VALUE, -Float.MAX_VALUE,
          0x1p-126, 0x1p-126, 0x1p-149, (float) 1e-6, 6, 23, 8, 8, -126, 128, -23, -24);
      default -> new FInfo(DType.FLOAT64, 64, 0x1p-52, 0x1p-53, Double.MAX_VALUE, -Double.MAX_VALUE,
          0x1p-1022, 0x1p-1022, Double.MIN_VALUE, 1e-15, 15, 52, 11, 11, -1022, 1024, -52, -53);
    };
  }

  /** {@code np.iinfo}: limits of an integer dtype. */
  public static IInfo iinfo(Object type) {
    DType d = toDType(type);
    if (!d.isInteger()) {
      throw new ValueError("Invalid integer data type '" + d.kind() + "'.");
    }
    int bits = d.itemsize() * 8;
    if (d.isUnsigned()) {
      return new IInfo(d, bits, 0, bits == 64 ? -1L : (1L << bits) - 1);
    }
    return new IInfo(d, bits, -(1L << (bits - 1)), bits == 64 ? Long.MAX_VALUE : (1L << (bits - 1)) - 1);
  }

  /**
   * {@code np.issubdtype(arg1, arg2)}: each argument is a {@link DTypeKind} (np.integer, ...), a
   * dtype, an array (its dtype) or a name (a dtype name, or as an extension a kind name such as
   * "floating"). A concrete {@code arg2} matches only the same dtype.
   */
  public static boolean issubdtype(Object arg1, Object arg2) {
    DTypeKind k2 = asKind(arg2);
    DTypeKind k1 = asKind(arg1);
    if (k2 == null) {
      DType d2 = toDType(arg2);
      // np.bool_ is both a kind here and a concrete type in NumPy.
      return k1 == null ? toDType(arg1) == d2 : k1 == DTypeKind.BOOL && d2 == DType.BOOL;
    }
    return k1 != null ? k1.isSubkindOf(k2) : k2.contains(toDType(arg1));
  }

  private static DTypeKind asKind(Object o) {
    if (o instanceof DTypeKind k) {
      return k;
    }
    if (o instanceof String s) {
      return DTypeKind.byName(s);
    }
    return null;
  }
}
