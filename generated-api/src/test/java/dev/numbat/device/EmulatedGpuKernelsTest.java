package dev.numbat.device;

import static dev.numbat.Np.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The GPU backend's kernel path over {@link EmulatedGpu}, whose launches run the named loop with
 * the CPU backend on what the launch points at: loop choice, casts on the device, views, broadcasts
 * and weak scalars must give the host's values, with kernels launched and nothing copied down.
 * Runs alone in a fresh JVM.
 */
class EmulatedGpuKernelsTest {
  private static final EmulatedGpu GPU = new EmulatedGpu();
  private static final Device GPU0 = Device.parse("GPU:0");

  @BeforeAll
  static void devices() {
    assertFalse(Devices.initialized(), "no array may be made in this JVM before the devices are configured");
    Devices.useGpuRuntime(GPU, true);
  }

  private static void sameOnGpu(NDArray host, NDArray gpu, String what) {
    assertSame(GPU0, gpu.device(), what);
    assertEquals(host.dtype(), gpu.dtype(), what);
    assertArrayEquals(host.shape(), gpu.shape(), what);
    assertEquals(host.toString(), gpu.toString(), what);
  }

  @Test
  void ufuncsLaunchKernelsAndGiveTheHostsValues() {
    NDArray a = linspace(-3.0, 3.0, 12).reshape(3, 4);
    NDArray b = arange(4.0).add(0.5);
    NDArray ga = a.to(GPU0);
    NDArray gb = b.to(GPU0);
    long launches = GPU.launches.get();
    long downloads = Transfers.stats()[0];
    long contiguous = GPU.contiguous.get();
    NDArray r = tanh(ga).multiply(gb).add(2.0);
    assertEquals(launches + 3, GPU.launches.get() - (GPU.contiguous.get() - contiguous), "three kernels, no soft placement");
    assertEquals(contiguous + 2, GPU.contiguous.get(), "tanh and + 2.0 read contiguous operands (the weak 2.0 as one element);"
        + " a * b broadcasts, so it takes the strided kernel");
    assertEquals(downloads, Transfers.stats()[0], "nothing copied down");
    sameOnGpu(tanh(a).multiply(b).add(2.0), r, "tanh(a) * b + 2");
    sameOnGpu(a.T().subtract(b.reshape(4, 1)), ga.T().subtract(gb.reshape(4, 1)), "views and broadcasting");
    sameOnGpu(a.get(slice(null, null, 2), slice(1, null)).multiply(a.get(0, slice(1, null))),
        ga.get(slice(null, null, 2), slice(1, null)).multiply(ga.get(0, slice(1, null))), "offsets");
    sameOnGpu(greater(a, 0), greater(ga, 0), "a comparison with a weak scalar");
    sameOnGpu(clip(a, -1.0, 1.0), clip(ga, -1.0, 1.0), "a ternary ufunc");
  }

  @Test
  void loopsAndCastsAsOnTheCpuForEveryRealDtype() {
    NDArray base = asarray(new double[] {-7, -2.5, -1, 0, 1, 2.5, 7, 100});
    for (DType d : DType.values()) {
      if (d.isComplex()) {
        continue;
      }
      NDArray h = d == DType.BOOL ? base.greater(0) : base.astype(d);
      NDArray g = h.to(GPU0);
      sameOnGpu(h.add(h), g.add(g), d + " + " + d);
      sameOnGpu(h.add(asarray(3, DType.INT8)), g.add(asarray(3, DType.INT8).to(GPU0)), d + " + int8 (a cast on the device)");
      sameOnGpu(h.multiply(2), g.multiply(2), d + " * weak 2");
      if (d != DType.BOOL) {
        sameOnGpu(negative(h), negative(g), "negative " + d);
      }
      sameOnGpu(sqrt(h), sqrt(g), "sqrt " + d);
      sameOnGpu(h.astype(DType.FLOAT32), g.astype(DType.FLOAT32), d + " astype float32");
      NDArray c;
      try (var s = Np.device("GPU:0")) {
        c = copy(g.get(slice(null, null, -1)));
      }
      sameOnGpu(copy(h.get(slice(null, null, -1))), c, "a reversed copy of " + d);
    }
  }

  @Test
  void uncommittedHostOperandsAreUploadedAndErrorsAreNumpys() {
    NDArray g = arange(5.0).to(GPU0);
    NDArray h = ones(5);
    long before = Transfers.stats()[0];
    NDArray r = g.add(h);
    assertEquals(before + 1, Transfers.stats()[0], "the host operand's upload is a transfer");
    sameOnGpu(arange(5.0).add(h), r, "a host operand");
    assertThrows(dev.numbat.errors.TypeError.class, () -> bitwiseAnd(g, g), "no loop: NumPy's TypeError");
    assertThrows(dev.numbat.errors.ValueError.class, () -> g.add(ones(3).to(GPU0)), "shapes that do not broadcast");
    NDArray empty = zeros(0, 3).to(GPU0);
    sameOnGpu(zeros(0, 3).add(1), empty.add(1), "an empty array launches nothing");
  }

  /**
   * A compiled function on GPU arrays launches its fused region as one kernel (and the reduction's
   * combine): the launch's parameters are checked here; the values only a real GPU computes
   * (gpu-check's compiled-function check).
   */
  @Test
  void aCompiledFunctionLaunchesItsFusedRegion() {
    var f = function((NDArray t, NDArray u) -> tanh(t).multiply(u).add(1.0).sum());
    NDArray t = linspace(-1.0, 1.0, 1000).to(GPU0);
    NDArray u = arange(1000.0).to(GPU0);
    GPU.opaque.clear();
    NDArray r = f.apply(t, u);
    assertSame(GPU0, r.device());
    assertEquals(DType.FLOAT64, r.dtype());
    assertEquals(0, r.ndim());
    assertEquals(2, GPU.opaque.size(), "the region, then the combine of its partials");
    Object[] region = GPU.opaque.get(0);
    assertTrue(((String) region[0]).startsWith("numbat_region_"), (String) region[0]);
    Object[] params = (Object[]) region[3];
    assertEquals(3 + 1 + 1, params.length, "three inputs (t, u and the constant 1.0), the partials, n");
    assertEquals(1000L, params[4]);
    int grid = (Integer) region[1];
    assertEquals((1000 + 255) / 256, grid);
    Object[] combine = GPU.opaque.get(1);
    assertEquals("nb_sum_float64_rows", combine[0]);
    assertEquals((long) grid, ((Object[]) combine[3])[3], "one row of grid partials");
    assertTrue(f.cudaRegions().get(0) instanceof dev.numbat.gpu.source.KernelSource);
  }

  @Test
  void reductionsRunOnTheGpu() {
    NDArray h = arange(24.0).reshape(2, 3, 4).subtract(7.5);
    NDArray g = h.to(GPU0);
    GPU.opaque.clear();
    long downloads = Transfers.stats()[0];
    NDArray all = g.sum();
    NDArray last = g.max(-1);
    NDArray middle = g.sum(new int[] {0, 2}, true);
    assertEquals(downloads, Transfers.stats()[0], "no soft placement");
    assertEquals("nb_sum_float64_all", GPU.opaque.get(0)[0]);
    assertEquals("nb_max_float64_rows", GPU.opaque.get(1)[0]);
    sameOnGpu(h.sum(), all, "sum over everything");
    sameOnGpu(h.max(-1), last, "max over the last axis");
    sameOnGpu(h.sum(new int[] {0, 2}, true), middle, "sum over axes 0 and 2, keepdims");
    NDArray i = arange(10).reshape(2, 5).astype(DType.INT32);
    sameOnGpu(i.sum(1), i.to(GPU0).sum(1), "int32 sums in int64");
    sameOnGpu(i.greater(3).any(0), i.greater(3).to(GPU0).any(0), "any");
    assertThrows(dev.numbat.errors.AxisError.class, () -> g.sum(3), "a bad axis: NumPy's error from the host");
  }
}
