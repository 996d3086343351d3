package dev.numbat.device;

import static dev.numbat.Np.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.errors.ValueError;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code matmul} of GPU arrays through the backend's cuBLAS path ({@code GpuMatmul}) over
 * {@link EmulatedGpu}, whose {@code matmul} computes the contract's row-major batched product in
 * Java: NumPy's 1-d promotion, batch broadcasting, views and empty dimensions must give the host's
 * values (the emulator's sum order differs from OpenBLAS: 1e-12 relative for float64, 1e-5 for
 * float32), with one cuBLAS call and nothing copied down. Runs alone in a fresh JVM.
 */
class EmulatedGpuMatmulTest {
  private static final EmulatedGpu GPU = new EmulatedGpu();
  private static final Device GPU0 = Device.parse("GPU:0");

  @BeforeAll
  static void devices() {
    assertFalse(Devices.initialized(), "no array may be made in this JVM before the devices are configured");
    Devices.useGpuRuntime(GPU, true);
    random.seed(7);
  }

  /** {@code gpu()} on the GPU equals {@code host} within {@code rtol} (of the largest magnitude), through one cuBLAS product and no soft placement. */
  private static void sameProduct(NDArray host, java.util.function.Supplier<NDArray> gpu, double rtol, String what) {
    long matmuls = GPU.matmuls.get();
    long transfers = Transfers.stats()[0];
    NDArray g = gpu.get();
    assertEquals(matmuls + 1, GPU.matmuls.get(), what + ": one cuBLAS product");
    assertEquals(transfers, Transfers.stats()[0], what + ": no soft placement, nothing copied");
    assertSame(GPU0, g.device(), what);
    assertEquals(host.dtype(), g.dtype(), what + ": NumPy's result dtype");
    assertArrayEquals(host.shape(), g.shape(), what);
    double[] h = host.toDoubleArray();
    double[] d = g.toDoubleArray();
    double scale = 0;
    for (double v : h) {
      scale = Math.max(scale, Math.abs(v));
    }
    for (int i = 0; i < h.length; i++) {
      assertEquals(h[i], d[i], rtol * scale, what + " at " + i);
    }
  }

  /**
   * The view {@code hostView} of a C-contiguous host array as the same view of that array's GPU
   * copy {@code gpuBase}: view ops of GPU arrays take soft placement (a contiguous upload), so the
   * strided operands the cuBLAS path must copy are made here directly over the device buffer.
   */
  private static NDArray gpuView(NDArray hostView, NDArray gpuBase) {
    return new NDArray(hostView.dtype(), hostView.shape(), hostView.strides(), hostView.offset(), gpuBase.buffer(), false);
  }

  private static NDArray randn(DType dt, int... shape) {
    return random.randn(shape).astype(dt);
  }

  @Test
  void productsOfEveryShapeKindEqualTheHost() {
    for (DType dt : new DType[] {DType.FLOAT64, DType.FLOAT32}) {
      double tol = dt == DType.FLOAT64 ? 1e-12 : 1e-5;
      NDArray a = randn(dt, 5, 7);
      NDArray b = randn(dt, 7, 3);
      NDArray ga = a.to(GPU0);
      NDArray gb = b.to(GPU0);
      sameProduct(matmul(a, b), () -> matmul(ga, gb), tol, dt + " 2-d");
      NDArray v = randn(dt, 7);
      NDArray gv = v.to(GPU0);
      sameProduct(matmul(v, b), () -> matmul(gv, gb), tol, dt + " 1-d @ 2-d");
      sameProduct(matmul(a, v), () -> matmul(ga, gv), tol, dt + " 2-d @ 1-d");
      sameProduct(matmul(v, v), () -> matmul(gv, gv), tol, dt + " 1-d @ 1-d (a 0-d result)");
      NDArray gbt = gpuView(b.T(), gb);
      NDArray gat = gpuView(a.T(), ga);
      sameProduct(matmul(b.T(), a.T()), () -> matmul(gbt, gat), tol, dt + " transposed views");
      NDArray s = randn(dt, 9, 6);
      NDArray gs = s.to(GPU0);
      NDArray sv = s.get(slice(1, null, 2), slice(null, null, -1));
      NDArray bv = b.get(slice(1, null));
      NDArray gsv = gpuView(sv, gs);
      NDArray gbv = gpuView(bv, gb);
      sameProduct(matmul(sv, bv), () -> matmul(gsv, gbv), tol, dt + " strided, reversed and offset views");
      NDArray vr = v.get(slice(null, null, -1));
      NDArray gvr = gpuView(vr, gv);
      sameProduct(matmul(vr, b), () -> matmul(gvr, gb), tol, dt + " a reversed 1-d view");
      sameProduct(matmul(b.T(), vr), () -> matmul(gbt, gvr), tol, dt + " a transposed matrix @ a reversed vector");
    }
  }

  @Test
  void batchesBroadcast() {
    NDArray x = random.randn(2, 1, 3, 4);
    NDArray y = random.randn(5, 4, 2);
    NDArray gx = x.to(GPU0);
    NDArray gy = y.to(GPU0);
    sameProduct(matmul(x, y), () -> matmul(gx, gy), 1e-12, "(2,1,3,4) @ (5,4,2): both materialised at batch (2,5)");
    NDArray m = random.randn(4, 6);
    NDArray gm = m.to(GPU0);
    NDArray gyt = gpuView(y.transpose(0, 2, 1), gy);
    sameProduct(matmul(y.transpose(0, 2, 1), m), () -> matmul(gyt, gm), 1e-12, "a transposed batch @ a matrix (batch stride 0)");
    sameProduct(matmul(m.T(), y), () -> matmul(gpuView(m.T(), gm), gy), 1e-12, "a transposed matrix @ a batch");
    NDArray w = random.randn(3, 3, 4);
    NDArray gw = w.to(GPU0);
    NDArray col = gpuView(m.get(slice(null), 0), gm);
    NDArray gwt = gpuView(w.transpose(0, 2, 1), gw);
    sameProduct(matmul(m.get(slice(null), 0), w.transpose(0, 2, 1)), () -> matmul(col, gwt), 1e-12,
        "a 1-d column view @ a transposed batch");
    NDArray bc = gpuView(broadcastTo(m, 3, 4, 6), gm);
    sameProduct(matmul(w, broadcastTo(m, 3, 4, 6)), () -> matmul(gw, bc), 1e-12, "a broadcast view (zero batch stride)");
    NDArray u = random.randn(1, 1, 3, 4);
    NDArray gu = u.to(GPU0);
    sameProduct(matmul(u, y), () -> matmul(gu, gy), 1e-12, "unit batch dims broadcast");
    NDArray z = random.randn(5, 2, 4);
    NDArray gz = z.to(GPU0);
    sameProduct(matmul(z, y), () -> matmul(gz, gy), 1e-12, "equal batches, contiguous: no copies");
  }

  @Test
  void halfTypesRoundOnceAndKeepTheirDtype() {
    // small integers: every product and sum is exact in float32, so the half results are exact
    NDArray a = random.randint(-4, 5, new int[] {3, 2, 5});
    NDArray b = random.randint(-4, 5, new int[] {5, 4});
    for (DType dt : new DType[] {DType.FLOAT16, DType.BFLOAT16}) {
      NDArray ha = a.astype(dt);
      NDArray hb = b.astype(dt);
      NDArray ga = ha.to(GPU0);
      NDArray gb = hb.to(GPU0);
      sameProduct(matmul(ha, hb), () -> matmul(ga, gb), 0, dt.toString());
    }
  }

  @Test
  void emptyDimensionsLaunchNothing() {
    long matmuls = GPU.matmuls.get();
    NDArray k0 = matmul(zeros(3, 0).to(GPU0), zeros(0, 2).to(GPU0));
    NDArray m0 = matmul(zeros(0, 3).to(GPU0), ones(3, 2).to(GPU0));
    NDArray b0 = matmul(zeros(0, 2, 3).to(GPU0), ones(3, 2).to(GPU0));
    assertEquals(matmuls, GPU.matmuls.get(), "no cuBLAS call for an empty problem");
    assertSame(GPU0, k0.device());
    assertEquals(matmul(zeros(3, 0), zeros(0, 2)).toString(), k0.toString(), "k = 0 gives zeros");
    assertArrayEquals(new int[] {0, 2}, m0.shape());
    assertArrayEquals(new int[] {0, 2, 2}, b0.shape());
  }

  @Test
  void shapeErrorsAreTheHosts() {
    NDArray a = ones(2, 3);
    NDArray b = ones(4, 2);
    NDArray ga = a.to(GPU0);
    NDArray gb = b.to(GPU0);
    assertEquals(assertThrows(ValueError.class, () -> matmul(a, b)).getMessage(),
        assertThrows(ValueError.class, () -> matmul(ga, gb)).getMessage(), "the core dimension");
    NDArray x = ones(2, 3, 4);
    NDArray y = ones(3, 4, 5);
    assertEquals(assertThrows(ValueError.class, () -> matmul(x, y)).getMessage(),
        assertThrows(ValueError.class, () -> matmul(x.to(GPU0), y.to(GPU0))).getMessage(), "batches that do not broadcast");
    NDArray s = asarray(2.0);
    assertEquals(assertThrows(ValueError.class, () -> matmul(s, a)).getMessage(),
        assertThrows(ValueError.class, () -> matmul(s.to(GPU0), ga)).getMessage(), "a 0-d operand");
  }

  @Test
  void hostOperandsAreUploadedAndOtherDtypesTakeSoftPlacement() {
    NDArray a = random.randn(3, 4);
    NDArray b = random.randn(4, 2);
    NDArray ga = a.to(GPU0);
    long transfers = Transfers.stats()[0];
    long matmuls = GPU.matmuls.get();
    NDArray r = matmul(ga, b);
    assertEquals(transfers + 1, Transfers.stats()[0], "the uncommitted operand's upload is the one transfer");
    assertEquals(matmuls + 1, GPU.matmuls.get());
    assertArrayEquals(matmul(a, b).toDoubleArray(), r.toDoubleArray(), 1e-12);
    NDArray i = arange(12).reshape(3, 4);
    NDArray gi = i.to(GPU0);
    long before = GPU.matmuls.get();
    NDArray ri = matmul(gi, gi.T());
    assertEquals(before, GPU.matmuls.get(), "integers: no cuBLAS");
    assertSame(GPU0, ri.device(), "soft placement brings the result back");
    assertEquals(matmul(i, i.T()).toString(), ri.toString());
    NDArray mixed = matmul(ga.astype(DType.FLOAT32), b.to(GPU0));
    assertEquals(before, GPU.matmuls.get(), "mixed dtypes: the host's promotion, no cuBLAS");
    assertEquals(matmul(a.astype(DType.FLOAT32), b).dtype(), mixed.dtype());
  }
}
