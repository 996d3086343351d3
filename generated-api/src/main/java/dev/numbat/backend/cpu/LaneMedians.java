package dev.numbat.backend.cpu;

import dev.numbat.DType;
import dev.numbat.NDArray;
import java.util.Arrays;

/**
 * The median of each lane (row) of a 2-d array, for {@code np.pad}'s "median" statistic: the
 * middle value or the mean of the two middle values (complex lanes sort lexicographically); NaN
 * when a lane holds a NaN or is empty.
 */
public final class LaneMedians {
  private LaneMedians() {}

  /**
   * A new C-contiguous array of {@code dt} and {@code outShape} (of size {@code lanes.shape[0]})
   * holding the median of each row of the 2-d {@code lanes}.
   */
  public static NDArray medians(NDArray lanes, DType dt, int[] outShape) {
    DType in = lanes.dtype();
    int count = lanes.shapeRef()[0];
    int len = lanes.shapeRef()[1];
    NDArray out = NDArray.allocate(dt, outShape);
    Object src = lanes.data();
    Object dst = out.data();
    StridedWalk w = new StridedWalk(lanes.shapeRef(), lanes.stridesRef(), lanes.offset());
    double[] re = new double[len];
    double[] im = new double[len];
    Integer[] order = new Integer[len];
    for (int k = 0; k < count; k++) {
      boolean nan = len == 0;
      for (int i = 0; i < len; i++) {
        int o = w.next();
        re[i] = Storage.getDouble(src, in, o);
        im[i] = Storage.getImag(src, in, o);
        nan |= Double.isNaN(re[i]) || Double.isNaN(im[i]);
        order[i] = i;
      }
      if (nan) {
        Storage.setComplex(dst, dt, k, Double.NaN, in.isComplex() ? Double.NaN : 0);
        continue;
      }
      Arrays.sort(order, 0, len, (p, q) -> re[p] != re[q] ? Double.compare(re[p], re[q]) : Double.compare(im[p], im[q]));
      int h = len / 2;
      double mr;
      double mi;
      if (len % 2 == 1) {
        mr = re[order[h]];
        mi = im[order[h]];
      } else {
        mr = (re[order[h - 1]] + re[order[h]]) / 2;
        mi = (im[order[h - 1]] + im[order[h]]) / 2;
      }
      Storage.setComplex(dst, dt, k, mr, mi);
    }
    return out;
  }
}
