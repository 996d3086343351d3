package dev.numbat.impl;

import dev.numbat.NDArray;
import dev.numbat.errors.TypeError;
import dev.numbat.errors.ValueError;

/**
 * sort and argsort with NumPy 2's {@code stable=} keyword: stable=true is kind='stable',
 * stable=false leaves the choice to the library (Numbat's sorts are always stable), and giving
 * both kind and stable raises NumPy's ValueError.
 */
public final class SortKinds {
  private SortKinds() {}

  public static NDArray sort(Object a, Integer axis, String kind, Object stable) {
    return Sorting.sort(a, axis, kind(kind, stable));
  }

  public static NDArray argsort(Object a, Integer axis, String kind, Object stable) {
    return Sorting.argsort(a, axis, kind(kind, stable));
  }

  private static String kind(String kind, Object stable) {
    if (stable == null) {
      return kind;
    }
    if (kind != null) {
      throw new ValueError("`kind` and keyword parameters can't be provided at the same time. Use only one of them.");
    }
    if (!(stable instanceof Boolean b)) {
      throw new TypeError("stable must be a bool or None");
    }
    return b ? "stable" : null;
  }
}
