package dev.numbat.backend.gpu;

import dev.numbat.DType;
import dev.numbat.FloatErrors;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.autodiff.GradientTape;
import dev.numbat.backend.cpu.Ufunc;
import dev.numbat.core.Dispatch;
import dev.numbat.core.Op;
import dev.numbat.core.UfuncOp;
import dev.numbat.device.Device;
import dev.numbat.device.Devices;
import dev.numbat.device.Transfers;
import dev.numbat.gpu.GpuRuntime;
import dev.numbat.gpu.runtime.DeviceChecks;
import dev.numbat.gpu.runtime.GpuCheck;
import dev.numbat.gpu.source.CudaTypes;
import dev.numbat.gpu.source.ElementwiseKernels;
import dev.numbat.gpu.source.KernelSource;
import dev.numbat.gpu.source.UfuncExpressions;
import dev.numbat.ops.OpTable;
import dev.numbat.trace.CompiledFunction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The NDArray-level checks of {@code ./numbat gpu-check} ({@link GpuCheck.Suite} "arrays"): GPU
 * arrays on device 0 through the public API ({@code x.to("GPU:0")}, {@code Np.device("GPU:0")})
 * against the same computation on the host. Each check throws {@link AssertionError} on a wrong
 * result.
 *
 * <p>Tolerances. Arithmetic, comparisons, bitwise ops, rounding, casts and copies must be
 * bit-exact (NaN payloads aside): CUDA's {@code +,-,*,/}, {@code sqrt} and conversions are
 * IEEE-rounded as the host's. The transcendental loops ({@link #TRANSCENDENTAL}) are compared in
 * ulps of the result dtype: CUDA's libdevice is not correctly rounded (the CUDA Math API's
 * tables: at most 2 ulp for most double functions, up to 4 for float ones such as {@code tanf}
 * and {@code powf}) nor is the host's (Java's {@code StrictMath}, within 1 ulp), and composite
 * forms ({@code logaddexp}, {@code sinc}, {@code hypot}) add a rounding or two: so 4 ulp for
 * float64, 8 for float32, 1 for float16/bfloat16 (computed in float32 and rounded once, where a
 * float32 error can only move the result across one half-type rounding boundary). NaN must match
 * NaN; signed zeros are not told apart there.
 *
 * <p>No check needs host BLAS or LAPACK (the lent machine's {@code gpu-check} has no OpenBLAS
 * natives): host references of products are computed here in plain Java, and the host ops used
 * (element-wise, reductions, transposes) are Java kernels.
 */
public final class GpuArrayChecks implements GpuCheck.Suite {
  /** The ufuncs whose GPU loops are compared within an ulp tolerance rather than exactly. */
  static final Set<String> TRANSCENDENTAL = Set.of("exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin",
      "cos", "tan", "arcsin", "arccos", "arctan", "arctan2", "sinh", "cosh", "tanh", "arcsinh", "arccosh", "arctanh",
      "power", "float_power", "cbrt", "hypot", "logaddexp", "logaddexp2", "sinc");

  private static final String GPU = "GPU:0";

  @Override
  public String name() {
    return "arrays";
  }

  @Override
  public List<DeviceChecks.Check> checks() {
    return List.of(
        new DeviceChecks.Check("ufunc-loops", GpuArrayChecks::ufuncLoops),
        new DeviceChecks.Check("views-and-broadcasting", GpuArrayChecks::viewsAndBroadcasting),
        new DeviceChecks.Check("copies-every-dtype", GpuArrayChecks::copies),
        new DeviceChecks.Check("casts-in-mixed-dtype-ufuncs", GpuArrayChecks::casts),
        new DeviceChecks.Check("matmul-vs-java", GpuArrayChecks::matmul),
        new DeviceChecks.Check("compiled-function", GpuArrayChecks::compiledFunction),
        new DeviceChecks.Check("gradient-tape", GpuArrayChecks::gradients),
        new DeviceChecks.Check("guide-model-prediction", GpuArrayChecks::modelPrediction),
        new DeviceChecks.Check("bench-through-the-api", GpuArrayChecks::bench));
  }

  /**
   * GPU:0 backed by {@code rt}: when no array exists yet (gpu-check runs this suite first in its
   * JVM) the devices are configured with it; otherwise they must already be.
   */
  static Device gpu(GpuRuntime rt) {
    if (!Devices.initialized()) {
      Devices.useGpuRuntime(rt, true);
      Devices.initialize();
    }
    require(Devices.gpuRuntime() == rt, "the devices use another GPU runtime than the check's: " + Devices.gpuRuntime());
    return Device.parse(GPU);
  }

  static void require(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError(what);
    }
  }

  /** Runs {@code body}, requiring that it copied nothing between devices (no soft placement: GPU kernels ran). */
  private static <T> T onGpuOnly(String what, java.util.function.Supplier<T> body) {
    long before = Transfers.stats()[0];
    T r = FloatErrors.quietly(body);
    require(Transfers.stats()[0] == before, what + ": copied between devices (soft placement: no GPU kernel ran)");
    return r;
  }

  // ---- ufunc loops ----

  /** One reachable loop with a GPU form. */
  private record Loop(UfuncOp op, DType in, DType out) {
    String label() {
      return op.def.name + "(" + in.name() + "->" + out.name() + ")";
    }
  }

  /** Every loop of every ufunc op with a GPU form that same-dtype operands select (others are chosen only through promotion). */
  static List<Loop> loops() {
    List<Loop> loops = new ArrayList<>();
    for (Op op : OpTable.OPS) {
      if (!(op instanceof UfuncOp u)) {
        continue;
      }
      Ufunc.Def d = u.def;
      for (int l = 0; l < d.loopIn.length; l++) {
        String in = d.loopIn[l].name();
        String out = d.loopOut[l].name();
        if (!CudaTypes.DTYPES.contains(in) || !CudaTypes.DTYPES.contains(out)) {
          continue;
        }
        String[] ins = new String[d.nin];
        Arrays.fill(ins, in);
        String[] operands = new String[d.nin];
        for (int i = 0; i < operands.length; i++) {
          operands[i] = "x" + i;
        }
        if (UfuncExpressions.of(d.name, ins, out, operands) == null) {
          continue;
        }
        int chosen;
        try {
          chosen = d.loopFor(d.loopIn[l]);
        } catch (RuntimeException e) {
          continue;
        }
        if (chosen == l) {
          loops.add(new Loop(u, d.loopIn[l], d.loopOut[l]));
        }
      }
    }
    return loops;
  }

  /**
   * Every loop on random inputs with specials (NaN, ±inf, ±0.0, extremes, every pair of specials
   * for binary ufuncs) against the host; prints {@code GPU-ARRAYS ufunc-loops=N passed=N failed=N}.
   */
  static void ufuncLoops(GpuRuntime rt) throws Exception {
    Device gpu = gpu(rt);
    List<Loop> loops = loops();
    precompile(rt, loops);
    List<String> failed = new ArrayList<>();
    for (Loop loop : loops) {
      try {
        checkLoop(loop, gpu);
      } catch (Throwable e) {
        failed.add(loop.label() + ": " + e);
      }
    }
    System.out.printf("GPU-ARRAYS ufunc-loops=%d passed=%d failed=%d%n", loops.size(), loops.size() - failed.size(), failed.size());
    for (String f : failed) {
      System.out.println("GPU-ARRAYS FAIL " + f);
    }
    if (!failed.isEmpty()) {
      throw new AssertionError(failed.size() + " of " + loops.size() + " ufunc loops differ from the host (GPU-ARRAYS FAIL lines), the first: "
          + failed.get(0));
    }
  }

  /**
   * Compiles every loop's kernel on a few threads first (NVRTC takes a fraction of a second per
   * source; hundreds of loops one after another would take minutes). The runtime caches by
   * (device, source, name), which are the backend's, so its launches find them compiled.
   * {@code -Dnumbat.gpucheck.parallelCompile=false} compiles them lazily, one at a time.
   */
  private static void precompile(GpuRuntime rt, List<Loop> loops) throws Exception {
    if (!Boolean.parseBoolean(System.getProperty("numbat.gpucheck.parallelCompile", "true"))) {
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors())));
    try {
      List<Future<?>> done = new ArrayList<>();
      for (Loop loop : loops) {
        String name = "numbat_" + loop.op.def.name + "_" + loop.in.name() + "_" + loop.out.name();
        String[] ins = new String[loop.op.def.nin];
        Arrays.fill(ins, loop.in.name());
        KernelSource s = ElementwiseKernels.strided(name, loop.op.def.name, ins, loop.out.name());
        done.add(pool.submit(() -> rt.kernel(0, s.source(), s.name())));
      }
      for (Future<?> f : done) {
        try {
          f.get();
        } catch (java.util.concurrent.ExecutionException e) {
          // the loop's own check reports the compile error when it launches
        }
      }
    } finally {
      pool.shutdown();
    }
  }

  private static void checkLoop(Loop loop, Device gpu) {
    int nin = loop.op.def.nin;
    NDArray[] host = inputs(loop.op.def.name, loop.in, nin, new SplittableRandom(loop.label().hashCode()));
    Object[] dev = new Object[nin];
    for (int i = 0; i < nin; i++) {
      dev[i] = host[i].to(gpu);
    }
    NDArray h;
    try {
      h = FloatErrors.quietly(() -> (NDArray) loop.op.impl(host));
    } catch (RuntimeException e) {
      // NumPy refuses these operands (gcd of bool, say): the GPU must refuse them alike
      RuntimeException onGpu = null;
      try {
        Dispatch.bind(loop.op, dev);
      } catch (RuntimeException ge) {
        onGpu = ge;
      }
      require(onGpu != null && onGpu.getClass() == e.getClass() && java.util.Objects.equals(onGpu.getMessage(), e.getMessage()),
          "the host raises " + e + ", the GPU " + (onGpu == null ? "does not" : "raises " + onGpu));
      return;
    }
    NDArray g = onGpuOnly(loop.label(), () -> (NDArray) Dispatch.bind(loop.op, dev));
    require(g.device() == gpu, "the result is on " + g.device());
    same(h, g, TRANSCENDENTAL.contains(loop.op.def.name) ? ulps(h.dtype()) : 0, loop.label());
  }

  /** The tolerance of a transcendental loop, in ulps of its result dtype (the class comment says why). */
  static int ulps(DType out) {
    if (!out.isFloat()) {
      return 0;
    }
    return out == DType.FLOAT64 ? 4 : out == DType.FLOAT32 ? 8 : 1;
  }

  /**
   * {@code nin} inputs of {@code dtype} for {@code ufunc}: for binary ufuncs every pair of the
   * dtype's specials, then random values; integer powers get exponents in [0, 8) (NumPy raises on
   * negative integer exponents).
   */
  static NDArray[] inputs(String ufunc, DType dtype, int nin, SplittableRandom r) {
    double[] specials = specials(dtype);
    int s = specials.length;
    int random = 64;
    int n = (nin == 1 ? s : s * s) + random;
    double[][] v = new double[nin][n];
    long[][] bits = new long[nin][n];
    for (int i = 0; i < nin; i++) {
      for (int j = 0; j < n; j++) {
        int q = j < n - random ? (i == 0 ? (nin == 1 ? j : j / s) : j % s) : -1;
        if (q >= 0) {
          v[i][j] = specials[q];
          bits[i][j] = (long) specials[q];
        } else {
          v[i][j] = r.nextGaussian() * Math.pow(10, r.nextInt(-3, 4));
          bits[i][j] = r.nextLong();
        }
      }
    }
    boolean integerPower = dtype.isInteger() && (ufunc.equals("power"));
    NDArray[] out = new NDArray[nin];
    for (int i = 0; i < nin; i++) {
      if (integerPower && i == 1) {
        for (int j = 0; j < n; j++) {
          bits[i][j] = Math.floorMod(bits[i][j], 8);
        }
      }
      if (dtype.isBool()) {
        boolean[] b = new boolean[n];
        for (int j = 0; j < n; j++) {
          b[j] = (bits[i][j] & 1) != 0;
        }
        out[i] = Np.asarray(b);
      } else if (dtype.isInteger()) {
        out[i] = Np.asarray(bits[i]).astype(dtype);
      } else {
        out[i] = Np.asarray(v[i]).astype(dtype);
      }
    }
    return out;
  }

  /** Values that exercise edge cases: zeros of both signs, NaN, infinities, extremes, subnormals; for integers the range's ends (wrapping casts make them). */
  static double[] specials(DType dtype) {
    if (dtype.isBool()) {
      return new double[] {0, 1};
    }
    if (dtype.isInteger()) {
      int b = dtype.itemsize() * 8;
      long min = dtype.isUnsigned() ? 0 : -(1L << (b - 1));
      long max = dtype.isUnsigned() ? (b == 64 ? -1L : (1L << b) - 1) : (1L << (b - 1)) - 1;
      // stored as doubles only to share the layout; (long) of each is exact for these
      return new double[] {0, 1, -1, 2, -3, 7, b - 1, b, min, min + 1, max, max - 1};
    }
    return new double[] {0.0, -0.0, 1, -1, 0.5, -2.5, 3, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        65504, 3.4e38, Double.MAX_VALUE, 1e-300, Double.MIN_VALUE, 1e-7, 100, Math.PI};
  }

  /**
   * {@code g} (a GPU array) equals host array {@code h}: dtype, shape, and values exactly
   * ({@code ulps} 0; NaN equals NaN) or within {@code ulps} of the result dtype.
   */
  static void same(NDArray h, NDArray g, int ulps, String what) {
    require(h.dtype() == g.dtype(), what + ": dtype " + g.dtype() + ", the host's " + h.dtype());
    require(Arrays.equals(h.shape(), g.shape()), what + ": shape " + Arrays.toString(g.shape()) + ", the host's " + Arrays.toString(h.shape()));
    DType dt = h.dtype();
    if (!dt.isInexact()) {
      long[] a = h.toLongArray();
      long[] b = g.toLongArray();
      for (int i = 0; i < a.length; i++) {
        require(a[i] == b[i], what + " at " + i + ": " + b[i] + ", the host's " + a[i]);
      }
      return;
    }
    if (dt.isComplex()) {
      require(h.toString().equals(g.toString()), what + ": " + g + ", the host's " + h);
      return;
    }
    double[] a = h.toDoubleArray();
    double[] b = g.toDoubleArray();
    for (int i = 0; i < a.length; i++) {
      boolean ok = Double.isNaN(a[i]) ? Double.isNaN(b[i])
          : ulps == 0 ? Double.doubleToLongBits(a[i]) == Double.doubleToLongBits(b[i])
          : !Double.isNaN(b[i]) && Math.abs(ordered(a[i], dt) - ordered(b[i], dt)) <= ulps;
      require(ok, what + " at " + i + ": " + b[i] + ", the host's " + a[i] + (ulps > 0 ? " (beyond " + ulps + " ulp)" : ""));
    }
  }

  /** {@code v} (a value of {@code dt}) as an integer whose successive values are successive values of {@code dt}. */
  static long ordered(double v, DType dt) {
    long bits;
    long sign;
    if (dt == DType.FLOAT64) {
      bits = Double.doubleToRawLongBits(v);
      sign = Long.MIN_VALUE;
    } else if (dt == DType.FLOAT32) {
      bits = Float.floatToRawIntBits((float) v) & 0xFFFFFFFFL;
      sign = 1L << 31;
    } else {
      bits = (dt == DType.FLOAT16 ? Float.floatToFloat16((float) v) : Float.floatToRawIntBits((float) v) >>> 16) & 0xFFFFL;
      sign = 1L << 15;
    }
    long magnitude = bits & ~sign;
    return (bits & sign) != 0 ? -magnitude : magnitude;
  }

  // ---- views, copies, casts ----

  static void viewsAndBroadcasting(GpuRuntime rt) {
    Device gpu = gpu(rt);
    NDArray a = Np.linspace(-3.0, 3.0, 24).reshape(2, 3, 4);
    NDArray row = Np.arange(4.0).add(0.5);
    NDArray col = Np.asarray(new double[] {1, -2, 3}).reshape(3, 1);
    NDArray ga = a.to(gpu);
    NDArray grow = row.to(gpu);
    NDArray gcol = col.to(gpu);
    same(a.add(row).multiply(col), onGpuOnly("broadcast (2,3,4) + (4,) * (3,1)", () -> ga.add(grow).multiply(gcol)), 0, "broadcasting");
    same(a.multiply(2).subtract(0.5), onGpuOnly("weak scalars", () -> ga.multiply(2).subtract(0.5)), 0, "weak scalars");
    same(a.T().add(col.reshape(1, 3, 1)), ga.T().add(gcol.reshape(1, 3, 1)), 0, "transposes (views of GPU arrays)");
    same(a.get(Np.slice(null, null, -1), 1).multiply(row), ga.get(Np.slice(null, null, -1), 1).multiply(grow), 0, "a reversed slice");
    same(Np.clip(a, -1.0, 1.0), Np.clip(ga, -1.0, 1.0), 0, "clip with weak bounds (Np.clip is not the ufunc op: it may run on the host)");
    same(Np.greater(a, row), onGpuOnly("greater", () -> Np.greater(ga, grow)), 0, "a comparison");
  }

  static void copies(GpuRuntime rt) {
    Device gpu = gpu(rt);
    for (DType d : DType.values()) {
      NDArray h = sample(d);
      NDArray g = h.to(gpu);
      require(g.device() == gpu && g.dtype() == d, d + ": on " + g.device() + " as " + g.dtype());
      require(h.toString().equals(g.toString()), d + ": reading the GPU copy gives " + g + ", not " + h);
      NDArray back;
      try (var s = Np.device("CPU:0")) {
        back = Np.copy(g);
      }
      require(back.device() == Device.host() && h.toString().equals(back.toString()), d + ": the copy back is " + back);
      NDArray c = onGpuOnly(d + " copy on the device", () -> Np.copy(g));
      require(c.device() == gpu && h.toString().equals(c.toString()), d + ": the device copy is " + c);
    }
  }

  /** Specials of every dtype, as a host array. */
  private static NDArray sample(DType d) {
    if (d.isComplex()) {
      NDArray re = Np.asarray(new double[] {0, -1.5, 2.25, Double.NaN, Double.POSITIVE_INFINITY, -0.0});
      NDArray im = Np.asarray(new double[] {1, -0.0, 3e-300, 4, Double.NEGATIVE_INFINITY, 6});
      return re.astype(d).add(im.astype(d).multiply(Np.sqrt(Np.asarray(-1.0).astype(d))));
    }
    return inputs("copy", d, 1, new SplittableRandom(d.name().hashCode()))[0];
  }

  /**
   * The device casts behind mixed-dtype loops: {@code x * ones} for every ordered pair of real
   * dtypes casts {@code x} (specials) to their loop's dtype on the GPU, and multiplying by one
   * keeps the cast's value, signed zeros and NaN included. ({@code astype} itself has no GPU kernel
   * yet and runs on the host.)
   */
  static void casts(GpuRuntime rt) {
    Device gpu = gpu(rt);
    List<String> failed = new ArrayList<>();
    int pairs = 0;
    for (DType from : DType.values()) {
      for (DType to : DType.values()) {
        if (from == to || from.isComplex() || to.isComplex()) {
          continue;
        }
        pairs++;
        NDArray x = sample(from);
        NDArray one = Np.ones(1).astype(to);
        NDArray gx = x.to(gpu);
        NDArray gone = one.to(gpu);
        String what = from + " * " + to;
        try {
          same(FloatErrors.quietly(() -> x.multiply(one)), onGpuOnly(what, () -> gx.multiply(gone)), 0, what);
        } catch (AssertionError e) {
          failed.add(e.getMessage());
        }
      }
    }
    if (!failed.isEmpty()) {
      throw new AssertionError(failed.size() + " of " + pairs + " mixed-dtype products differ: " + failed);
    }
  }

  // ---- matmul, compiled functions, gradients, the guide's model ----

  /** The row-major product of host arrays {@code a} (.., m, k) and {@code b} (k, n), batched over a's leading dims, in double. */
  static double[] javaMatmul(NDArray a, NDArray b) {
    double[] x = a.toDoubleArray();
    double[] y = b.toDoubleArray();
    int k = b.shape(0);
    int n = b.shape(1);
    int rows = x.length / k;
    double[] c = new double[rows * n];
    for (int i = 0; i < rows; i++) {
      for (int p = 0; p < k; p++) {
        double xi = x[i * k + p];
        for (int j = 0; j < n; j++) {
          c[i * n + j] += xi * y[p * n + j];
        }
      }
    }
    return c;
  }

  /** {@code v} rounded to the half type {@code d} (the exact float32 sum rounded once, as cuBLAS writes it); other dtypes as they are. */
  private static double[] rounded(double[] v, DType d) {
    return d.isHalf() ? Np.asarray(v).astype(d).toDoubleArray() : v;
  }

  /** {@code got} equals {@code want} within {@code rtol} of the largest magnitude of {@code want}. */
  static void close(double[] want, double[] got, double rtol, String what) {
    require(want.length == got.length, what + ": " + got.length + " values, expected " + want.length);
    double scale = 0;
    for (double v : want) {
      scale = Math.max(scale, Math.abs(v));
    }
    for (int i = 0; i < want.length; i++) {
      require(Math.abs(want[i] - got[i]) <= rtol * scale, what + " at " + i + ": " + got[i] + ", expected " + want[i]);
    }
  }

  /**
   * cuBLAS products of every supported dtype against a plain-Java product: float64 within 1e-12
   * and float32 within 1e-5 of the largest magnitude (sum order and float32 accumulation); the
   * half types on small integers, where float32 accumulation is exact, so the result must be the
   * exact product rounded once to the half type.
   */
  static void matmul(GpuRuntime rt) {
    Device gpu = gpu(rt);
    SplittableRandom r = new SplittableRandom(3);
    for (DType d : new DType[] {DType.FLOAT64, DType.FLOAT32, DType.FLOAT16, DType.BFLOAT16}) {
      int batch = 3;
      int m = 65;
      int k = 97;
      int n = 33;
      double[] av = new double[batch * m * k];
      double[] bv = new double[k * n];
      for (double[] v : new double[][] {av, bv}) {
        for (int i = 0; i < v.length; i++) {
          v[i] = d.isHalf() ? r.nextInt(-3, 4) : r.nextGaussian();
        }
      }
      NDArray a = Np.asarray(av).reshape(batch, m, k).astype(d);
      NDArray b = Np.asarray(bv).reshape(k, n).astype(d);
      NDArray ga = a.to(gpu);
      NDArray gb = b.to(gpu);
      NDArray c = onGpuOnly(d + " matmul", () -> Np.matmul(ga, gb));
      require(c.device() == gpu && c.dtype() == d, d + ": matmul gives " + c.dtype() + " on " + c.device());
      require(Arrays.equals(c.shape(), new int[] {batch, m, n}), d + ": shape " + Arrays.toString(c.shape()));
      double tol = d == DType.FLOAT64 ? 1e-12 : d == DType.FLOAT32 ? 1e-5 : 0;
      close(rounded(javaMatmul(a, b), d), c.toDoubleArray(), tol, d + " (3,65,97) @ (97,33)");
      NDArray v = b.get(Np.slice(null), 0).astype(d);
      NDArray gv = v.to(gpu);
      NDArray cv = onGpuOnly(d + " matrix @ vector", () -> Np.matmul(ga, gv));
      close(rounded(javaMatmul(a, v.reshape(k, 1)), d), cv.toDoubleArray(), tol, d + " (3,65,97) @ (97,)");
    }
  }

  static void compiledFunction(GpuRuntime rt) {
    Device gpu = gpu(rt);
    NDArray h = Np.linspace(-2.0, 2.0, 101);
    NDArray g = h.to(gpu);
    CompiledFunction f = Np.function((NDArray t) -> Np.exp(t).multiply(t).add(Np.tanh(t)).sum());
    NDArray r = f.apply(g);
    require(r.device() == gpu, "the compiled function's result is on " + r.device());
    double want = f.apply(h).doubleValue();
    require(Math.abs(r.doubleValue() - want) <= 1e-12 * Math.abs(want) + 1e-12, "compiled on the GPU " + r.doubleValue() + ", on the host " + want);
  }

  /**
   * The GPU targets measured through the public API (the runtime's own bench times raw
   * kernels): the compiled sigmoid over 2^24 float32 (one fused region; GB/s of 8 bytes per
   * element read and written), an eager 2^10-element add (µs per call, synchronised every 100
   * calls), and sgemm 8192 through matmul (TFLOP/s). Printed as {@code bench numbat-api ...} lines
   * beside the runtime's copy bandwidth and peers; the check fails only on a wrong sigmoid.
   */
  static void bench(GpuRuntime rt) {
    Device gpu = gpu(rt);
    CompiledFunction sigmoid = Np.function((NDArray t) -> Np.trueDivide(1.0, Np.add(1.0, Np.exp(Np.negative(t)))));
    NDArray x = Np.random.defaultRng(0L).standardNormal(new int[] {1 << 24}, dev.numbat.DType.FLOAT32).to(gpu);
    NDArray y = sigmoid.apply(x);
    rt.synchronize(gpu.index());
    int reps = 20;
    long t0 = System.nanoTime();
    for (int i = 0; i < reps; i++) {
      y = sigmoid.apply(x);
    }
    rt.synchronize(gpu.index());
    double sec = (System.nanoTime() - t0) / 1e9 / reps;
    System.out.printf("bench numbat-api sigmoid_2^24_compiled ms=%.3f GBps=%.1f%n", sec * 1e3, 8.0 * (1 << 24) / sec / 1e9);
    require(Math.abs(y.get(0).doubleValue() - 1 / (1 + Math.exp(-x.get(0).doubleValue()))) < 1e-6, "sigmoid value");
    NDArray a = Np.ones(new int[] {1 << 10}, dev.numbat.DType.FLOAT32).to(gpu);
    for (int i = 0; i < 1000; i++) {
      a.add(a);
    }
    rt.synchronize(gpu.index());
    t0 = System.nanoTime();
    int calls = 5000;
    for (int i = 0; i < calls; i++) {
      a.add(a);
      if (i % 100 == 99) {
        rt.synchronize(gpu.index());
      }
    }
    rt.synchronize(gpu.index());
    System.out.printf("bench numbat-api eager_add_2^10 us=%.2f%n", (System.nanoTime() - t0) / 1e3 / calls);
    int n = 8192;
    NDArray m = Np.ones(new int[] {n, n}, dev.numbat.DType.FLOAT32).to(gpu);
    Np.matmul(m, m);
    rt.synchronize(gpu.index());
    t0 = System.nanoTime();
    for (int i = 0; i < 3; i++) {
      Np.matmul(m, m);
    }
    rt.synchronize(gpu.index());
    sec = (System.nanoTime() - t0) / 1e9 / 3;
    System.out.printf("bench numbat-api sgemm_8192 TFLOPs=%.1f%n", 2.0 * n * n * n / sec / 1e12);
  }

  /** Gradients of element-wise ops and of a product (its backward pass: transposes and cuBLAS products). */
  static void gradients(GpuRuntime rt) {
    Device gpu = gpu(rt);
    NDArray h = Np.linspace(-1.0, 1.0, 6);
    NDArray g = h.to(gpu);
    NDArray grad;
    try (GradientTape tape = new GradientTape()) {
      tape.watch(g);
      grad = tape.gradient(Np.sum(Np.tanh(g).multiply(g)), g);
    }
    require(grad.device() == gpu, "the gradient is on " + grad.device());
    NDArray hostGrad;
    try (GradientTape tape = new GradientTape()) {
      tape.watch(h);
      hostGrad = tape.gradient(Np.sum(Np.tanh(h).multiply(h)), h);
    }
    close(hostGrad.toDoubleArray(), grad.toDoubleArray(), 1e-12, "d/dx sum(tanh(x) * x)");
    // d/dw sum((x @ w)^2) = 2 x^T (x @ w)
    NDArray x = Np.linspace(-1.0, 1.0, 15).reshape(5, 3);
    NDArray w = Np.linspace(0.5, -0.5, 6).reshape(3, 2);
    NDArray gx = x.to(gpu);
    NDArray gw = w.to(gpu);
    NDArray dw;
    try (GradientTape tape = new GradientTape()) {
      tape.watch(gw);
      dw = tape.gradient(Np.sum(Np.square(Np.matmul(gx, gw))), gw);
    }
    require(dw.device() == gpu, "the product's gradient is on " + dw.device());
    double[] xw = javaMatmul(x, w);
    double[] want = javaMatmul(x.T().multiply(2), Np.asarray(xw).reshape(5, 2));
    close(want, dw.toDoubleArray(), 1e-12, "d/dw sum((x @ w)^2)");
  }

  /**
   * The guide's model ({@code examples/GradientModel}: relu(inputs @ w1 + bias) @ w2, float32)
   * predicting inside {@code Np.device("GPU:0")}: its arrays are placed on the GPU and the
   * prediction equals a float64 Java evaluation of the same weights within float32 rounding.
   */
  static void modelPrediction(GpuRuntime rt) {
    Device gpu = gpu(rt);
    java.util.Random random = new java.util.Random(0);
    NDArray inputs = randn(random, 8, 32);
    NDArray w1;
    NDArray bias;
    NDArray w2;
    NDArray prediction;
    try (var scope = Np.device(GPU)) {
      // GradientModel.predict's first call: the weights are made in the scope, so they are on the GPU
      NDArray stddev = Np.astype(Np.sqrt(32), DType.FLOAT32);
      w1 = Np.divide(randn(random, 32, 64), stddev);
      bias = randn(random, 64);
      w2 = Np.divide(randn(random, 64, 2), 8);
      NDArray y = Np.add(Np.matmul(inputs, w1), bias);
      y = Np.maximum(y, 0);
      prediction = Np.matmul(y, w2);
    }
    require(prediction.device() == gpu && w1.device() == gpu && w2.device() == gpu,
        "the prediction is on " + prediction.device() + ", the weights on " + w1.device() + " and " + w2.device());
    require(prediction.dtype() == DType.FLOAT32 && Arrays.equals(prediction.shape(), new int[] {8, 2}),
        "the prediction is " + prediction.dtype() + Arrays.toString(prediction.shape()));
    double[] hidden = javaMatmul(inputs, w1);
    double[] b = bias.toDoubleArray();
    for (int i = 0; i < hidden.length; i++) {
      hidden[i] = Math.max(0, hidden[i] + b[i % b.length]);
    }
    close(javaMatmul(Np.asarray(hidden).reshape(8, 64), w2), prediction.toDoubleArray(), 1e-5, "the guide's prediction");
  }

  /** The guide's {@code tnp.random.randn(shape).astype(tnp.float32)}, from {@code random}. */
  private static NDArray randn(java.util.Random random, int... shape) {
    float[] v = new float[dev.numbat.backend.cpu.Shapes.size(shape)];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) random.nextGaussian();
    }
    return new NDArray(DType.FLOAT32, shape, v);
  }
}
