package dev.numbat.impl;

import dev.numbat.Complex;
import dev.numbat.DType;
import dev.numbat.DTypeKind;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;
import java.util.List;

/**
 * Names NumPy 2 took from the array API standard (concat, vecdot, isdtype) and isscalar: thin
 * layers over existing ops or pure dtype logic.
 */
public final class ArrayApiNames {
  private ArrayApiNames() {}

  /** {@code np.concat}: the array API's name of concatenate. */
  public static NDArray concat(Object[] arrays, Integer axis) {
    return Np.concatenate(arrays, axis);
  }

  /** {@code np.vecdot}: the gufunc (n),(n)->() NumPy 2 exposes at the top level, as linalg.vecdot. */
  public static NDArray vecdot(Object x1, Object x2, int axis) {
    return Np.linalg.vecdot(x1, x2, axis);
  }

  /**
   * {@code np.isdtype(dtype, kind)}: kind is a dtype, one of the array API's kind names ('bool',
   * 'signed integer', 'unsigned integer', 'integral', 'real floating', 'complex floating',
   * 'numeric'), or an Object[]/List of those (any of them).
   */
  public static boolean isdtype(DType dtype, Object kind) {
    if (dtype == null) {
      throw new TypeError("dtype argument must be a NumPy dtype, but it is a <class 'NoneType'>.");
    }
    if (kind instanceof Object[] kinds) {
      return anyKind(dtype, List.of(kinds));
    }
    if (kind instanceof List<?> kinds) {
      return anyKind(dtype, kinds);
    }
    return oneKind(dtype, kind);
  }

  private static boolean anyKind(DType dtype, List<?> kinds) {
    boolean r = false;
    for (Object k : kinds) {
      r |= oneKind(dtype, k); // every entry is validated, as NumPy does before testing
    }
    return r;
  }

  private static boolean oneKind(DType d, Object kind) {
    if (kind instanceof String s) {
      return switch (s) {
        case "bool" -> d.isBool();
        case "signed integer" -> d.kind() == 'i';
        case "unsigned integer" -> d.kind() == 'u';
        case "integral" -> d.isInteger();
        case "real floating" -> d.isFloat();
        case "complex floating" -> d.isComplex();
        case "numeric" -> !d.isBool();
        default -> throw new ValueError("kind argument is a string, but '" + s + "' is not a known kind name.");
      };
    }
    if (kind instanceof DType k) {
      return d == k;
    }
    if (kind instanceof DTypeKind) {
      return false; // an abstract type (np.floating) is a valid kind that equals no concrete dtype
    }
    throw new TypeError("kind argument must be comprised of NumPy dtypes or strings only, but is a "
        + pythonClass(kind) + ".");
  }

  private static String pythonClass(Object o) {
    String n = o == null ? "NoneType"
        : o instanceof Long || o instanceof Integer || o instanceof Short || o instanceof Byte ? "int"
        : o instanceof Double || o instanceof Float ? "float"
        : o instanceof Boolean ? "bool"
        : o instanceof Complex ? "complex"
        : o instanceof NDArray ? "numpy.ndarray"
        : o.getClass().getName();
    return "<class '" + n + "'>";
  }

  /**
   * {@code np.isscalar(element)}: true for Java numbers, booleans, characters, strings and
   * {@link Complex}; false for arrays (an NDArray, even 0-d, as NumPy's 0-d ndarray), Java
   * arrays, lists and null.
   */
  public static boolean isscalar(Object element) {
    return element instanceof Number || element instanceof Boolean || element instanceof Character
        || element instanceof String || element instanceof Complex;
  }
}
