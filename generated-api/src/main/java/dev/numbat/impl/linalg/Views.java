package dev.numbat.impl.linalg;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.backend.cpu.GatherScatter;
import dev.numbat.backend.cpu.StridedViews;

/** O(1) strided views the products and decompositions are written with (no element loops). */
public final class Views {
  private Views() {}

  /** The axis {@code from} moved to position {@code to} (both already normalised). */
  public static NDArray moveAxis(NDArray x, int from, int to) {
    if (from == to) {
      return x;
    }
    int nd = x.ndim();
    int[] order = new int[nd];
    for (int i = 0, p = 0; i < nd; i++) {
      if (i != from) {
        order[p++] = i;
      }
    }
    // shift the others to open a slot at `to`
    int[] perm = new int[nd];
    for (int i = 0, p = 0; i < nd; i++) {
      perm[i] = i == to ? from : order[p++];
    }
    return permute(x, perm);
  }

  public static NDArray permute(NDArray x, int[] perm) {
    int nd = perm.length;
    int[] s = new int[nd];
    int[] st = new int[nd];
    for (int i = 0; i < nd; i++) {
      s[i] = x.shapeRef()[perm[i]];
      st[i] = x.stridesRef()[perm[i]];
    }
    return StridedViews.view(x, s, st, x.offset());
  }

  /** A unit axis inserted at {@code pos}. */
  public static NDArray insertAxis(NDArray x, int pos) {
    int nd = x.ndim();
    int[] s = new int[nd + 1];
    int[] st = new int[nd + 1];
    for (int i = 0, p = 0; i <= nd; i++) {
      if (i == pos) {
        s[i] = 1;
        st[i] = 0;
      } else {
        s[i] = x.shapeRef()[p];
        st[i] = x.stridesRef()[p++];
      }
    }
    return StridedViews.view(x, s, st, x.offset());
  }

  /** x[..., i]. */
  public static NDArray component(NDArray x, int i) {
    int nd = x.ndim();
    int[] s = java.util.Arrays.copyOf(x.shapeRef(), nd - 1);
    int[] st = java.util.Arrays.copyOf(x.stridesRef(), nd - 1);
    return StridedViews.view(x, s, st, x.offset() + i * x.stridesRef()[nd - 1]);
  }

  /** The {@code offset} diagonal of axes a1, a2, as a last axis (NumPy's diagonal). */
  public static NDArray diagonal(NDArray x, int offset, int a1, int a2) {
    if (a1 == a2) {
      throw new dev.numbat.errors.ValueError("axis1 and axis2 cannot be the same");
    }
    int nd = x.ndim();
    int[] sh = x.shapeRef();
    int[] str = x.stridesRef();
    int n1 = sh[a1];
    int n2 = sh[a2];
    int off = x.offset();
    int len;
    if (offset >= 0) {
      len = Math.max(0, Math.min(n1, n2 - offset));
      if (len > 0) {
        off += offset * str[a2];
      }
    } else {
      len = Math.max(0, Math.min(n1 + offset, n2));
      if (len > 0) {
        off -= offset * str[a1];
      }
    }
    int[] s = new int[nd - 1];
    int[] st = new int[nd - 1];
    for (int i = 0, p = 0; i < nd; i++) {
      if (i != a1 && i != a2) {
        s[p] = sh[i];
        st[p++] = str[i];
      }
    }
    s[nd - 2] = len;
    st[nd - 2] = str[a1] + str[a2];
    return StridedViews.view(x, s, st, off);
  }

  /** Arrays broadcast to {@code shape} and stacked along a new last axis. */
  public static NDArray stackLast(NDArray[] parts, int[] shape, DType dt) {
    return GatherScatter.stackLast(parts, shape, dt);
  }
}
