package dev.numbat.conformance.suites.grad;

import static dev.numbat.conformance.suites.grad.GradRows.*;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Gradient records of numpy.fft: each 1-d transform (its own rule) with default, cropping and
 * padding n, a non-last axis and every norm, for real and (where the transform takes it) complex
 * input; the n-d transforms and the shifts (recorded through the 1-d transforms and roll).
 */
final class FftRows {
  private FftRows() {}

  /** One 1-d transform: Numbat's call with (a, n, axis, norm). */
  private interface OneD {
    NDArray call(NDArray a, Integer n, int axis, String norm);
  }

  static List<Row> rows() {
    List<Row> r = new ArrayList<>();
    Object[][] oned = {
        {"fft", (OneD) Np.fft::fft, true}, {"ifft", (OneD) Np.fft::ifft, true},
        {"rfft", (OneD) Np.fft::rfft, false}, {"irfft", (OneD) Np.fft::irfft, true},
        {"hfft", (OneD) Np.fft::hfft, true}, {"ihfft", (OneD) Np.fft::ihfft, false}};
    // shape, n (null: default), axis, norm
    Object[][] forms = {
        {s(5), null, -1, null}, {s(3, 4), 6, 0, "ortho"}, {s(2, 7), 5, -1, "forward"}, {s(4), 7, -1, null},
        {s(6), null, 0, "ortho"}};
    for (Object[] f : oned) {
      String name = (String) f[0];
      OneD fn = (OneD) f[1];
      boolean complex = (Boolean) f[2];
      for (Object[] form : forms) {
        int[] shape = (int[]) form[0];
        Integer n = (Integer) form[1];
        int axis = (Integer) form[2];
        String norm = (String) form[3];
        String py = "lambda x: np.fft." + name + "(x, n=" + (n == null ? "None" : n) + ", axis=" + axis + ", norm="
            + (norm == null ? "None" : "'" + norm + "'") + ")";
        Function<NDArray[], NDArray> j = a -> fn.call(a[0], n, axis, norm);
        r.add(row("fft." + name, py, j, shape));
        if (complex) {
          r.add(row(DType.COMPLEX128, "fft." + name, py, j, shape));
        }
      }
      r.add(row(DType.FLOAT32, "fft." + name, "lambda x: np.fft." + name + "(x)", a -> fn.call(a[0], null, -1, null), s(6)));
    }
    r.add(row("fft.fft2", "np.fft.fft2", a -> Np.fft.fft2(a[0]), s(3, 4)));
    r.add(row(DType.COMPLEX128, "fft.fft2", "lambda x: np.fft.fft2(x, s=(4, 3), norm='ortho')",
        a -> Np.fft.fft2(a[0], new int[] {4, 3}, new int[] {-2, -1}, "ortho"), s(2, 3, 4)));
    r.add(row(DType.COMPLEX128, "fft.ifft2", "np.fft.ifft2", a -> Np.fft.ifft2(a[0]), s(3, 4)));
    r.add(row("fft.fftn", "lambda x: np.fft.fftn(x, axes=(0, 2))", a -> Np.fft.fftn(a[0], null, new int[] {0, 2}), s(2, 3, 4)));
    r.add(row(DType.COMPLEX128, "fft.ifftn", "lambda x: np.fft.ifftn(x, norm='forward')",
        a -> Np.fft.ifftn(a[0], null, null, "forward"), s(2, 3, 2)));
    r.add(row("fft.rfft2", "np.fft.rfft2", a -> Np.fft.rfft2(a[0]), s(3, 4)));
    r.add(row(DType.COMPLEX128, "fft.irfft2", "np.fft.irfft2", a -> Np.fft.irfft2(a[0]), s(3, 3)));
    r.add(row("fft.rfftn", "lambda x: np.fft.rfftn(x, s=(3, 5), axes=(0, 2))",
        a -> Np.fft.rfftn(a[0], new int[] {3, 5}, new int[] {0, 2}), s(2, 3, 4)));
    r.add(row(DType.COMPLEX128, "fft.irfftn", "lambda x: np.fft.irfftn(x, norm='ortho')",
        a -> Np.fft.irfftn(a[0], null, null, "ortho"), s(2, 3, 3)));
    r.add(row("fft.fftshift", "np.fft.fftshift", a -> Np.fft.fftshift(a[0]), s(3, 4)));
    r.add(row("fft.ifftshift", "lambda x: np.fft.ifftshift(x, axes=0)", a -> Np.fft.ifftshift(a[0], 0), s(5, 2)));
    return r;
  }
}
