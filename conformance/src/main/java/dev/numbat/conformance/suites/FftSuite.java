package dev.numbat.conformance.suites;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.conformance.Case;
import dev.numbat.conformance.Inputs;
import dev.numbat.conformance.NumpyWorker;
import dev.numbat.conformance.Py;
import dev.numbat.conformance.Suite;
import dev.numbat.conformance.Tolerance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The numpy.fft matrix: every transform over transform lengths 1, 2, small primes and primes
 * past the mixed-radix factors (7, 97, 127, 1009), powers of two, odd and smooth composites, along
 * every axis of 1-d to 3-d arrays, with the three norms, cropping and padding n / s, and float64,
 * complex128, int64, float32, complex64 and float16 inputs. Rows join the spec's {@code fft.*}
 * rows. Tolerances are relative to the input's norm, as an FFT's rounding error is: float64
 * results within {@code 1e-12 * max(1, ||x||_2)}, single precision within {@code 1e-5 * max(1,
 * ||x||_2)}. NumPy before 2.0 computed numpy.fft in double precision (complex128 results for
 * float32 input), so with such a reference the single-precision cases are skipped, with the reason.
 */
public final class FftSuite implements Suite {
  private static final int[] LENGTHS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 15, 16, 30, 64, 97, 100, 127, 128, 243, 1000,
      1009, 1024};
  private static final String[] NORMS = {null, "ortho", "forward"};
  private static final DType[] DTYPES = {DType.FLOAT64, DType.COMPLEX128, DType.INT64, DType.FLOAT32, DType.COMPLEX64,
      DType.FLOAT16};
  private static final String SINGLE_SKIP = "the reference NumPy < 2 computes numpy.fft in double precision";

  @FunctionalInterface
  private interface OneD {
    NDArray call(NDArray a, Integer n, int axis, String norm);
  }

  @FunctionalInterface
  private interface NdFn {
    NDArray call(NDArray a, int[] s, int[] axes, String norm);
  }

  @Override
  public String name() { return "fft"; }

  @Override
  public List<Case> cases() {
    boolean oldReference = NumpyWorker.referenceMajor() > 0 && NumpyWorker.referenceMajor() < 2;
    List<Case> out = new ArrayList<>();
    SplittableRandom r = new SplittableRandom(20261207);
    Object[][] oned = {
        {"fft", (OneD) Np.fft::fft, false, false},
        {"ifft", (OneD) Np.fft::ifft, false, false},
        {"rfft", (OneD) Np.fft::rfft, true, false},
        {"irfft", (OneD) Np.fft::irfft, false, true},
        {"hfft", (OneD) Np.fft::hfft, false, true},
        {"ihfft", (OneD) Np.fft::ihfft, true, false}};
    int k = 0;
    for (Object[] f : oned) {
      String name = (String) f[0];
      OneD fn = (OneD) f[1];
      boolean realOnly = (Boolean) f[2];
      boolean halfInput = (Boolean) f[3];
      for (int len : LENGTHS) {
        // (L,), (3, L) along -1, (L, 3) along 0, (2, L, 3) along 1; the long lengths in 1-d and 2-d only
        int[][] shapes = {{len}, {3, len}, {len, 3}, {2, len, 3}};
        int[] axes = {-1, -1, 0, 1};
        int layouts = len >= 1000 ? 2 : 4;
        for (int l = 0; l < layouts; l++) {
          for (DType d : DTYPES) {
            if (realOnly && d.isComplex()) {
              continue;
            }
            if (d == DType.FLOAT16 && l != 0) {
              continue;
            }
            for (String norm : NORMS) {
              Integer n = null;
              if (halfInput && len == 1) {
                n = 1 + (k % 2);
              }
              out.add(oneD(name, fn, shapes[l], axes[l], n, norm, d, r, oldReference));
              k++;
            }
          }
          // n crops, pads, doubles (and for the half-spectrum transforms picks an odd output)
          for (int n : new int[] {Math.max(1, len - 1), len + 3, 2 * len + 1}) {
            DType d = (k++ % 2 == 0) ? DType.FLOAT64 : realOnly ? DType.FLOAT32 : DType.COMPLEX64;
            out.add(oneD(name, fn, shapes[l], axes[l], n, NORMS[k % 3], d, r, oldReference));
          }
        }
      }
    }
    Object[][] nd = {
        {"fft2", (NdFn) Np.fft::fft2, false}, {"ifft2", (NdFn) Np.fft::ifft2, false},
        {"fftn", (NdFn) Np.fft::fftn, false}, {"ifftn", (NdFn) Np.fft::ifftn, false},
        {"rfft2", (NdFn) Np.fft::rfft2, true}, {"irfft2", (NdFn) Np.fft::irfft2, false},
        {"rfftn", (NdFn) Np.fft::rfftn, true}, {"irfftn", (NdFn) Np.fft::irfftn, false}};
    int[][] shapes = {{1, 1}, {2, 3}, {7, 8}, {16, 15}, {97, 4}, {5, 12}, {2, 3, 4}, {3, 7, 5}, {4, 4, 4}, {1, 9, 2}};
    for (Object[] f : nd) {
      String name = (String) f[0];
      NdFn fn = (NdFn) f[1];
      boolean realOnly = (Boolean) f[2];
      boolean inverseReal = name.startsWith("irfft");
      for (int[] shape : shapes) {
        List<int[][]> variants = new ArrayList<>();
        variants.add(new int[][] {null, null});
        variants.add(new int[][] {null, {0}});
        variants.add(new int[][] {null, {-1, 0}});
        variants.add(new int[][] {null, {0, 1}});
        variants.add(new int[][] {{shape[0] + 2, Math.max(1, shape[1] - 1)}, {0, 1}});
        if (shape.length == 3) {
          variants.add(new int[][] {null, {2, 0, 1}});
          variants.add(new int[][] {{3, 4, 5}, {0, 1, 2}});
        }
        for (int[][] v : variants) {
          if (inverseReal && v[0] == null && lastAxisLength(shape, v[1]) == 1) {
            continue; // irfftn's default output length 2 (m - 1) is 0 there: the error is a spec case
          }
          for (DType d : DTYPES) {
            if (realOnly && d.isComplex() || d == DType.FLOAT16) {
              continue;
            }
            for (String norm : NORMS) {
              out.add(nd(name, fn, shape, v[0], v[1], norm, d, r, oldReference));
            }
          }
        }
      }
    }
    out.addAll(numpy2Changes(r, oldReference));
    // Batches large enough (lines x n >= 2^15) to be split over threads, rows and (blocked) columns
    Object[][] batches = {{"fft", (OneD) Np.fft::fft, new int[] {512, 97}, -1}, {"fft", (OneD) Np.fft::fft, new int[] {97, 512}, 0},
        {"ifft", (OneD) Np.fft::ifft, new int[] {40, 1009}, -1}, {"rfft", (OneD) Np.fft::rfft, new int[] {512, 100}, -1},
        {"irfft", (OneD) Np.fft::irfft, new int[] {3, 65, 200}, 1}, {"hfft", (OneD) Np.fft::hfft, new int[] {300, 129}, -1}};
    for (Object[] b : batches) {
      for (DType d : new DType[] {DType.FLOAT64, DType.COMPLEX64}) {
        String name = (String) b[0];
        if (name.equals("rfft") && d.isComplex()) {
          d = DType.FLOAT32;
        }
        out.add(oneD(name, (OneD) b[1], (int[]) b[2], (Integer) b[3], null, "ortho", d, r, oldReference));
      }
    }
    out.addAll(views(r, oldReference));
    return out;
  }

  /**
   * Inputs that are views (transposed, every other element, reversed): the kernels read them
   * through their strides and offset (NumPy receives the same values).
   */
  private static List<Case> views(SplittableRandom r, boolean oldReference) {
    List<Case> out = new ArrayList<>();
    Object[][] oned = {{"fft", (OneD) Np.fft::fft}, {"ifft", (OneD) Np.fft::ifft}, {"rfft", (OneD) Np.fft::rfft},
        {"irfft", (OneD) Np.fft::irfft}, {"hfft", (OneD) Np.fft::hfft}, {"ihfft", (OneD) Np.fft::ihfft}};
    String[] views = {"T", "::2, ::-1", "::-1, 1::3"};
    for (Object[] f : oned) {
      String name = (String) f[0];
      OneD fn = (OneD) f[1];
      boolean realOnly = name.equals("rfft") || name.equals("ihfft");
      for (DType d : new DType[] {DType.FLOAT64, realOnly ? DType.FLOAT32 : DType.COMPLEX64}) {
        for (String v : views) {
          for (int axis : new int[] {0, -1}) {
            NDArray base = Inputs.array(Inputs.Gen.DEFAULT, d, new int[] {12, 21}, r, 0);
            NDArray a = v.equals("T") ? Np.transpose(base) : base.get(v);
            Map<String, Object> kw = new LinkedHashMap<>();
            kw.put("axis", (long) axis);
            kw.put("norm", "ortho");
            String label = name + "(" + d.name() + "(12, 21)[" + (v.equals("T") ? ".T" : v) + "] -> " + Py.repr(a.shapeRef())
                + ", axis=" + axis + ", norm='ortho')";
            Case c = Case.of("fft." + name, label, "np.fft." + name, List.of(a), kw, tolerance(a),
                () -> fn.call(a, null, axis, "ortho"));
            out.add(skipSingle(c, d, oldReference));
          }
        }
      }
    }
    NDArray base = Inputs.array(Inputs.Gen.DEFAULT, DType.COMPLEX128, new int[] {6, 8, 10}, r, 0);
    NDArray a = Np.transpose(base, new int[] {2, 0, 1}).get("::-1, :, ::2");
    Map<String, Object> kw = new LinkedHashMap<>();
    kw.put("axes", longs(new int[] {0, 2}));
    out.add(Case.of("fft.fftn", "fftn(complex128(6, 8, 10).transpose(2, 0, 1)[::-1, :, ::2], axes=[0, 2])",
        "np.fft.fftn", List.of(a), kw, tolerance(a), () -> Np.fft.fftn(a, null, new int[] {0, 2})));
    return out;
  }

  /**
   * What NumPy 2 changed beyond precision: complex input to rfft/ihfft raises TypeError (NumPy 1
   * dropped the imaginary part with a ComplexWarning), and {@code s[i] = -1} keeps an axis' length.
   */
  private static List<Case> numpy2Changes(SplittableRandom r, boolean oldReference) {
    List<Case> out = new ArrayList<>();
    for (int len : new int[] {1, 4, 7}) {
      for (String norm : NORMS) {
        out.add(oneD("rfft", Np.fft::rfft, new int[] {len}, -1, null, norm, DType.COMPLEX128, r, false));
        out.add(oneD("ihfft", Np.fft::ihfft, new int[] {3, len}, -1, null, norm, DType.COMPLEX64, r, false));
      }
    }
    for (String name : new String[] {"fftn", "ifftn", "rfftn", "irfftn"}) {
      NdFn fn = switch (name) {
        case "fftn" -> Np.fft::fftn;
        case "ifftn" -> Np.fft::ifftn;
        case "rfftn" -> Np.fft::rfftn;
        default -> Np.fft::irfftn;
      };
      out.add(nd(name, fn, new int[] {3, 4}, new int[] {-1, 6}, new int[] {0, 1}, null, DType.FLOAT64, r, false));
      out.add(nd(name, fn, new int[] {2, 3, 4}, new int[] {5, -1}, new int[] {2, 0}, "ortho", DType.FLOAT64, r, false));
    }
    if (oldReference) {
      for (Case c : out) {
        c.skip = "NumPy < 2 (the reference) takes complex rfft input with a ComplexWarning and has no s[i] = -1";
      }
    }
    return out;
  }

  private static int lastAxisLength(int[] shape, int[] axes) {
    int ax = axes == null ? shape.length - 1 : axes[axes.length - 1];
    return shape[ax < 0 ? ax + shape.length : ax];
  }

  private static Case oneD(String name, OneD fn, int[] shape, int axis, Integer n, String norm, DType d,
      SplittableRandom r, boolean oldReference) {
    NDArray a = Inputs.array(Inputs.Gen.DEFAULT, d, shape, r, 0);
    Map<String, Object> kw = new LinkedHashMap<>();
    StringBuilder label = new StringBuilder(name).append("(").append(d.name()).append(Py.repr(shape));
    if (n != null) {
      kw.put("n", n.longValue());
      label.append(", n=").append(n);
    }
    kw.put("axis", (long) axis);
    label.append(", axis=").append(axis);
    if (norm != null) {
      kw.put("norm", norm);
      label.append(", norm='").append(norm).append("'");
    }
    label.append(")");
    Case c = Case.of("fft." + name, label.toString(), "np.fft." + name, List.of(a), kw, tolerance(a),
        () -> fn.call(a, n, axis, norm));
    return skipSingle(c, d, oldReference);
  }

  private static Case nd(String name, NdFn fn, int[] shape, int[] s, int[] axes, String norm, DType d,
      SplittableRandom r, boolean oldReference) {
    NDArray a = Inputs.array(Inputs.Gen.DEFAULT, d, shape, r, 0);
    Map<String, Object> kw = new LinkedHashMap<>();
    StringBuilder label = new StringBuilder(name).append("(").append(d.name()).append(Py.repr(shape));
    if (s != null) {
      kw.put("s", longs(s));
      label.append(", s=").append(Py.repr(s));
    }
    if (axes != null) {
      kw.put("axes", longs(axes));
      label.append(", axes=").append(Py.repr(axes));
    }
    if (norm != null) {
      kw.put("norm", norm);
      label.append(", norm='").append(norm).append("'");
    }
    label.append(")");
    // NumPy's fft2 family reads axes=None as every axis, Numbat's as (-2, -1): pass the default explicitly
    int[] jaxes = axes == null && !name.endsWith("2") ? null : axes == null ? new int[] {-2, -1} : axes;
    Case c = Case.of("fft." + name, label.toString(), "np.fft." + name, List.of(a), kw, tolerance(a),
        () -> fn.call(a, s, jaxes, norm));
    return skipSingle(c, d, oldReference);
  }

  private static List<Long> longs(int[] v) {
    List<Long> l = new ArrayList<>();
    for (int x : v) {
      l.add((long) x);
    }
    return l;
  }

  private static Case skipSingle(Case c, DType d, boolean oldReference) {
    if (oldReference && (d == DType.FLOAT32 || d == DType.COMPLEX64 || d == DType.FLOAT16)) {
      c.skip = SINGLE_SKIP;
    }
    return c;
  }

  /** 1e-12 (double) or 1e-5 (single precision) times max(1, the input's 2-norm). */
  private static Tolerance tolerance(NDArray a) {
    double sum = 0;
    for (double v : Np.abs(Np.astype(a, a.dtype().isComplex() ? DType.COMPLEX128 : DType.FLOAT64)).toDoubleArray()) {
      sum += v * v;
    }
    double scale = Math.max(1, Math.sqrt(sum));
    return Tolerance.of(false, Map.of("f64", 1e-12 * scale, "c128", 1e-12 * scale, "f32", 1e-5 * scale,
        "c64", 1e-5 * scale));
  }
}
