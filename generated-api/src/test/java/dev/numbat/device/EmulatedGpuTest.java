package dev.numbat.device;

import static dev.numbat.Np.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.autodiff.GradientTape;
import dev.numbat.trace.CompiledFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GPU arrays over an emulated device memory ({@link EmulatedGpu}: no kernels, so every op takes
 * soft placement): listing, copies both ways for every dtype, placement, the soft-placement policy,
 * gradients, compiled functions and vectorization on GPU arrays. Runs alone in a fresh JVM.
 */
class EmulatedGpuTest {
  private static final Device GPU0 = Device.parse("GPU:0");
  private static final Device CPU1 = Device.parse("CPU:1");

  @BeforeAll
  static void devices() {
    assertFalse(Devices.initialized(), "no array may be made in this JVM before the devices are configured");
    Devices.useGpuRuntime(new EmulatedGpu(), false);
    Np.config.setLogicalCpuDevices(2);
  }

  @AfterEach
  void softPlacementOn() {
    Np.config.setSoftDevicePlacement(true);
  }

  @Test
  void listsTheGpu() {
    assertEquals("[LogicalDevice(name='/device:CPU:0', device_type='CPU'), LogicalDevice(name='/device:CPU:1', device_type='CPU'),"
        + " LogicalDevice(name='/device:GPU:0', device_type='GPU')]", Np.config.listLogicalDevices().toString());
    assertEquals("[PhysicalDevice(name='/physical_device:CPU:0', device_type='CPU'), PhysicalDevice(name='/physical_device:GPU:0',"
        + " device_type='GPU')]", Np.config.listPhysicalDevices().toString());
    assertEquals(GPU0, Np.config.listLogicalDevices("GPU").get(0).device());
  }

  @Test
  void everyDtypeRoundTripsThroughDeviceMemory() {
    NDArray base = asarray(new double[] {0, -1.5, 2.25, Double.NaN, Double.POSITIVE_INFINITY, -0.0});
    for (DType d : DType.values()) {
      NDArray h = d == DType.BOOL ? base.notEqual(0) : d.isInteger() ? asarray(new long[] {0, -1, 2, Long.MIN_VALUE, Long.MAX_VALUE, 7}).astype(d)
          : base.astype(d);
      if (d.isComplex()) {
        h = h.add(asarray(new double[] {1, 2, 3, 4, 5, 6}).multiply(asarray(0.0).add(Np.sqrt(asarray(-1.0).astype(DType.COMPLEX128)))));
        h = h.astype(d);
      }
      NDArray g = h.to("GPU:0");
      assertSame(GPU0, g.device(), d.toString());
      assertEquals("device", g.bufferKind());
      assertEquals(h.toString(), g.toString(), d + ": reading a GPU array gives its values");
      NDArray back;
      try (var s = device("CPU:0")) {
        back = copy(g);
      }
      assertSame(Device.host(), back.device());
      assertEquals(h.toString(), back.toString(), d.toString());
    }
  }

  @Test
  void viewsOfGpuArraysUploadTheirElements() {
    NDArray h = arange(12.0).reshape(3, 4);
    NDArray g = h.T().get(slice(1, 3)).to(GPU0);
    assertEquals(h.T().get(slice(1, 3)).toString(), g.toString());
    assertSame(GPU0, g.get(0).device(), "a view of a GPU array is on the GPU");
  }

  @Test
  void opsWithoutKernelsRunOnTheHostAndReturnToTheGpu() {
    NDArray h = linspace(-2.0, 2.0, 9).reshape(3, 3);
    NDArray g = h.to(GPU0);
    long before = Transfers.stats()[0];
    NDArray r = tanh(g).add(1).sum(0);
    assertSame(GPU0, r.device());
    assertArrayEquals(tanh(h).add(1).sum(0).toDoubleArray(), r.toDoubleArray(), 0);
    assertTrue(Transfers.stats()[0] > before, "soft placement copies, and says so");
    NDArray[] parts = split(g, 3);
    assertSame(GPU0, parts[2].device());
    try (var s = device("GPU:0")) {
      assertSame(GPU0, ones(2).device(), "a GPU scope places factories there");
      assertSame(GPU0, sin(h).device(), "an op on uncommitted inputs runs on the scope's device");
    }
  }

  @Test
  void softPlacementOffIsAnErrorNamingTheOpAndDevice() {
    NDArray g = ones(3).to(GPU0);
    Np.config.setSoftDevicePlacement(false);
    var e = assertThrows(dev.numbat.errors.RuntimeError.class, () -> sin(g));
    assertEquals("sin has no GPU kernel for these arguments on GPU:0; Np.config.setSoftDevicePlacement(true) runs it on"
        + " the host with copies", e.getMessage());
    assertSame(GPU0, g.to(GPU0).device(), "copies need no kernel");
  }

  @Test
  void aGpuArrayAndACpuDeviceArrayDoNotMix() {
    NDArray g = ones(3).to(GPU0);
    NDArray c = ones(3).to(CPU1);
    var e = assertThrows(dev.numbat.errors.ValueError.class, () -> g.add(c));
    assertTrue(e.getMessage().contains("GPU:0 and CPU:1"), e.getMessage());
  }

  @Test
  void theGuidesCopyBack() {
    NDArray prediction;
    try (var s = device("GPU:0")) {
      prediction = matmul(random.randn(5, 3), ones(3, 2));
    }
    NDArray cpu;
    try (var s = device("/device:CPU:0")) {
      cpu = copy(prediction);
    }
    assertEquals("/job:localhost/replica:0/task:0/device:GPU:0", prediction.device().toString());
    assertEquals("/job:localhost/replica:0/task:0/device:CPU:0", cpu.device().toString());
    assertEquals(prediction.toString(), cpu.toString());
  }

  @Test
  void gradientsCompiledFunctionsAndVectorizationOnTheGpu() {
    NDArray h = linspace(-1.0, 1.0, 6);
    NDArray g = h.to(GPU0);
    NDArray grad;
    try (GradientTape tape = new GradientTape()) {
      tape.watch(g);
      grad = tape.gradient(sum(tanh(g).multiply(g)), g);
    }
    assertSame(GPU0, grad.device());
    NDArray gh;
    try (GradientTape tape = new GradientTape()) {
      tape.watch(h);
      gh = tape.gradient(sum(tanh(h).multiply(h)), h);
    }
    assertArrayEquals(gh.toDoubleArray(), grad.toDoubleArray(), 0);
    CompiledFunction f = function((NDArray t) -> exp(t).multiply(t).sum());
    NDArray r = f.apply(g);
    assertSame(GPU0, r.device());
    assertEquals(f.apply(h).doubleValue(), r.doubleValue(), 1e-15);
    NDArray v = vectorizedMap((NDArray e) -> e.multiply(e).sum(), g.reshape(3, 2));
    assertSame(GPU0, v.device());
    assertArrayEquals(h.reshape(3, 2).multiply(h.reshape(3, 2)).sum(1).toDoubleArray(), v.toDoubleArray(), 0);
  }

  /** README's "Devices" example, as written there (this JVM has its two logical CPU devices), with its results checked. */
  @Test
  void readmeExampleRuns() throws Exception {
    // before the first array: split the CPU into two logical devices (TF's logical device configuration)
    Np.config.setLogicalCpuDevices(2);
    NDArray w = Np.random.randn(32, 2);                 // made outside any scope: uncommitted, on CPU:0
    NDArray y;
    long before = Transfers.stats()[0];
    try (var scope = Np.device("CPU:1")) {              // or "GPU:0", a Device, a LogicalDevice
      NDArray x = Np.ones(5, 32);                       // factories go to the scope's device
      y = Np.tanh(Np.matmul(x, w));                     // runs on CPU:1; w is copied over (a logged transfer)
    }
    assertEquals("/job:localhost/replica:0/task:0/device:CPU:1", y.device().toString());
    assertEquals(before + 1, Transfers.stats()[0]);
    NDArray onHost;
    try (var scope = Np.device("CPU:0")) {
      onHost = Np.copy(y);                              // TF's tnp.copy: to the scope's device
    }
    NDArray there = onHost.to("CPU:1");                 // explicit copy; x.to(d) is itself when already on d
    assertSame(Device.host(), onHost.device());
    assertSame(CPU1, there.device());
    assertSame(there, there.to("CPU:1"));
    assertArrayEquals(Np.tanh(Np.matmul(Np.ones(5, 32), w)).toDoubleArray(), there.toDoubleArray(), 0);
    assertEquals("[LogicalDevice(name='/device:CPU:0', device_type='CPU'), LogicalDevice(name='/device:CPU:1', device_type='CPU')]",
        Np.config.listLogicalDevices("CPU").toString());
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
    for (String line : java.util.List.of(
        "Np.config.setLogicalCpuDevices(2);",
        "NDArray w = Np.random.randn(32, 2);",
        "try (var scope = Np.device(\"CPU:1\")) {",
        "  NDArray x = Np.ones(5, 32);",
        "  y = Np.tanh(Np.matmul(x, w));",
        "System.out.println(y.device());                     // /job:localhost/replica:0/task:0/device:CPU:1",
        "try (var scope = Np.device(\"CPU:0\")) {",
        "  onHost = Np.copy(y);",
        "NDArray there = onHost.to(\"CPU:1\");",
        "// [LogicalDevice(name='/device:CPU:0', device_type='CPU'), LogicalDevice(name='/device:CPU:1', device_type='CPU')]")) {
      assertTrue(readme.contains(line), "README's Devices example changed; update this test: " + line);
    }
  }

  @Test
  void viewOpsOnTheHostGiveViewsOfTheDeviceBuffer() {
    NDArray h = arange(12.0).reshape(3, 4);
    NDArray g = h.to(GPU0);
    NDArray t = g.T();
    NDArray r = g.reshape(-1);
    NDArray s = g.get(slice(1, 3), slice(null, null, -1));
    for (NDArray v : new NDArray[] {t, r, s}) {
      assertSame(GPU0, v.device());
      assertSame(g.buffer(), v.buffer(), "a view of the GPU buffer, not an upload");
    }
    assertEquals(h.T().toString(), t.toString());
    assertEquals(h.reshape(-1).toString(), r.toString());
    assertEquals(h.get(slice(1, 3), slice(null, null, -1)).toString(), s.toString());
    assertNotSame(g.buffer(), g.add(1).buffer(), "a computed result is new device memory");
  }
}
