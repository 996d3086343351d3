package dev.numbat.types;

import dev.numbat.DType;

/** How an op combines operand dtypes before its loop lookup (the spec's {@code promotion:}). */
public enum PromotionRule {
  /** NumPy's result_type of the operands. */
  COMMON,
  /** bool and integer operands use the float64 loop: NumPy's true-division resolver, mean. */
  INTS_TO_FLOAT64,
  /** bool and integers narrower than 64 bits accumulate in int64/uint64: sum, prod, cumsum. */
  WIDEN_INTS;

  public DType apply(DType d) {
    return switch (this) {
      case COMMON -> d;
      case INTS_TO_FLOAT64 -> d.isBool() || d.isInteger() ? DType.FLOAT64 : d;
      case WIDEN_INTS -> d.isBool() || (d.kind() == 'i') ? DType.INT64 : d.isUnsigned() ? DType.UINT64 : d;
    };
  }
}
