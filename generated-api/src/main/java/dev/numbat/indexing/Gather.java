package dev.numbat.indexing;

import dev.numbat.DType;
import dev.numbat.NDArray;

/** Element copies through offset lists: the gather of advanced indexing and the scatter of updates. */
public final class Gather {
  private Gather() {}

  /** A new C-contiguous array of {@code shape} holding {@code src}'s storage elements at {@code offs}. */
  public static NDArray gather(NDArray src, int[] offs, int[] shape) {
    DType d = src.dtype();
    NDArray out = NDArray.allocate(d, shape);
    copy(src.data(), offs, null, out.data(), d.isComplex());
    return out;
  }

  /**
   * {@code dst[dOffs[i]] = src[sOffs[i]]} for every i in order (so a repeated destination keeps
   * the last write); a null offset list means 0, 1, 2, .... Both storages hold the same dtype.
   */
  public static void copy(Object src, int[] sOffs, int[] dOffs, Object dst, boolean complex) {
    int n = sOffs != null ? sOffs.length : dOffs.length;
    switch (src) {
      case byte[] s -> {
        byte[] t = (byte[]) dst;
        for (int i = 0; i < n; i++) {
          t[dOffs == null ? i : dOffs[i]] = s[sOffs == null ? i : sOffs[i]];
        }
      }
      case short[] s -> {
        short[] t = (short[]) dst;
        for (int i = 0; i < n; i++) {
          t[dOffs == null ? i : dOffs[i]] = s[sOffs == null ? i : sOffs[i]];
        }
      }
      case int[] s -> {
        int[] t = (int[]) dst;
        for (int i = 0; i < n; i++) {
          t[dOffs == null ? i : dOffs[i]] = s[sOffs == null ? i : sOffs[i]];
        }
      }
      case long[] s -> {
        long[] t = (long[]) dst;
        for (int i = 0; i < n; i++) {
          t[dOffs == null ? i : dOffs[i]] = s[sOffs == null ? i : sOffs[i]];
        }
      }
      case float[] s -> {
        float[] t = (float[]) dst;
        if (complex) {
          for (int i = 0; i < n; i++) {
            int a = 2 * (sOffs == null ? i : sOffs[i]);
            int b = 2 * (dOffs == null ? i : dOffs[i]);
            t[b] = s[a];
            t[b + 1] = s[a + 1];
          }
        } else {
          for (int i = 0; i < n; i++) {
            t[dOffs == null ? i : dOffs[i]] = s[sOffs == null ? i : sOffs[i]];
          }
        }
      }
      case double[] s -> {
        double[] t = (double[]) dst;
        if (complex) {
          for (int i = 0; i < n; i++) {
            int a = 2 * (sOffs == null ? i : sOffs[i]);
            int b = 2 * (dOffs == null ? i : dOffs[i]);
            t[b] = s[a];
            t[b + 1] = s[a + 1];
          }
        } else {
          for (int i = 0; i < n; i++) {
            t[dOffs == null ? i : dOffs[i]] = s[sOffs == null ? i : sOffs[i]];
          }
        }
      }
      default -> throw new IllegalStateException("unknown storage " + src.getClass());
    }
  }
}
