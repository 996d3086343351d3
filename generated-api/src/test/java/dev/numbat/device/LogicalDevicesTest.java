package dev.numbat.device;

import static dev.numbat.Np.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.autodiff.GradientTape;
import dev.numbat.autodiff.Variable;
import dev.numbat.backend.cpu.DeviceStorage;
import dev.numbat.trace.CompiledFunction;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Placement, copies and transformations on three logical CPU devices. Runs alone in a fresh JVM
 * (generated-api's pom), since the devices are configured before the first array.
 */
class LogicalDevicesTest {
  private static final Device CPU0 = Device.host();
  private static final Device CPU1 = Device.parse("CPU:1");
  private static final Device CPU2 = Device.parse("/device:CPU:2");

  @BeforeAll
  static void threeDevices() {
    assertFalse(Devices.initialized(), "no array may be made in this JVM before the devices are configured");
    Np.config.setLogicalCpuDevices(3);
  }

  private static NDArray on(Device d, NDArray x) {
    return x.to(d);
  }

  private static long transfers() {
    return Transfers.stats()[0];
  }

  @Test
  void listsDevicesAsTfPrintsThem() {
    assertEquals("[LogicalDevice(name='/device:CPU:0', device_type='CPU'), LogicalDevice(name='/device:CPU:1', device_type='CPU'),"
        + " LogicalDevice(name='/device:CPU:2', device_type='CPU')]", Np.config.listLogicalDevices().toString());
    assertEquals("[PhysicalDevice(name='/physical_device:CPU:0', device_type='CPU')]",
        Np.config.listPhysicalDevices("cpu").toString());
    assertEquals(List.of(), Np.config.listLogicalDevices("GPU"), "no GPU in a CPU-only test run");
    assertEquals("/job:localhost/replica:0/task:0/device:CPU:0", ones(2).device().toString());
    assertSame(CPU1, Np.config.listLogicalDevices().get(1).device());
  }

  @Test
  void configurationAfterTheFirstArrayIsTfsRuntimeError() {
    ones(1);
    var e = assertThrows(dev.numbat.errors.RuntimeError.class, () -> Np.config.setLogicalCpuDevices(4));
    assertEquals("Virtual devices cannot be modified after being initialized", e.getMessage());
    Np.config.setLogicalCpuDevices(3); // the configuration it has: no error, as TF
  }

  @Test
  void unknownDevicesAreValueErrors() {
    assertThrows(dev.numbat.errors.ValueError.class, () -> device("CPU:3"));
    var e = assertThrows(dev.numbat.errors.ValueError.class, () -> device("GPU:0"));
    assertTrue(e.getMessage().contains("no GPU"), e.getMessage());
    assertThrows(dev.numbat.errors.ValueError.class, () -> device("TPU:0"));
    assertThrows(dev.numbat.errors.TypeError.class, () -> device(3));
  }

  @Test
  void aScopePlacesFactoriesAndNests() {
    try (var s = device("CPU:1")) {
      assertSame(CPU1, zeros(2, 3).device());
      assertSame(CPU1, asarray(new double[] {1, 2}).device());
      assertSame(CPU1, arange(5).device());
      assertSame(CPU1, random.randn(3).device());
      try (var inner = device(CPU2)) {
        assertSame(CPU2, ones(2).device());
        assertSame(CPU2, inner.device());
      }
      assertSame(CPU1, ones(2).device(), "closing the inner scope restores the outer one");
    }
    assertSame(CPU0, ones(2).device());
    assertNull(Devices.committed(ones(2)), "outside any scope an array is uncommitted");
  }

  @Test
  void scopesBelongToTheirThread() throws Exception {
    AtomicReference<Device> other = new AtomicReference<>();
    try (var s = device("CPU:2")) {
      Thread t = new Thread(() -> other.set(ones(1).device()));
      t.start();
      t.join();
      assertSame(CPU2, ones(1).device());
    }
    assertSame(CPU0, other.get());
  }

  @Test
  void anOpRunsWhereItsCommittedInputsAre() {
    NDArray h = arange(6.0).reshape(2, 3);
    NDArray x = on(CPU1, h);
    NDArray y = x.add(1).multiply(x);
    assertSame(CPU1, y.device());
    assertArrayEquals(h.add(1).multiply(h).toDoubleArray(), y.toDoubleArray());
    // reductions, views and gathers stay on the device too
    assertSame(CPU1, y.sum(0).device());
    assertSame(CPU1, y.T().device());
    assertSame(CPU1, y.reshape(-1).device());
    assertSame(CPU1, y.get(slice(), new int[] {2, 0}).device());
    assertSame(CPU1, y.at(0, 1).set(-1.0).device());
    assertSame(CPU1, matmul(x, x.T()).device());
    // several results
    NDArray[] parts = split(x, 3, 1);
    for (NDArray p : parts) {
      assertSame(CPU1, p.device());
    }
    var qr = linalg.qr(matmul(x.T(), x).add(eye(3, CPU1)));
    assertSame(CPU1, ((NDArray) ((Object[]) qr)[0]).device());
    // printing reads the values where they are
    assertEquals(h.add(1).multiply(h).toString(), y.toString());
  }

  private static NDArray eye(int n, Device d) {
    try (var s = device(d)) {
      return Np.eye(n);
    }
  }

  @Test
  void viewsShareTheirDevicesStorageAndCopiesBetweenDevicesAreReal() {
    NDArray x = on(CPU1, arange(6.0).reshape(2, 3));
    assertSame(DeviceStorage.storage(x), DeviceStorage.storage(x.T()), "a view on a device is a view");
    NDArray z = x.to(CPU2);
    assertSame(CPU2, z.device());
    assertNotSame(DeviceStorage.storage(x), DeviceStorage.storage(z), "each device has its own buffers");
    assertSame(x, x.to("CPU:1"), "already there: the array itself");
    assertArrayEquals(x.toDoubleArray(), z.toDoubleArray());
  }

  @Test
  void uncommittedInputsAreCopiedOverAndWeakScalarsFollow() {
    NDArray x = on(CPU1, ones(3));
    NDArray h = arange(3.0);
    long before = transfers();
    NDArray y = x.add(h);
    assertSame(CPU1, y.device());
    assertEquals(before + 1, transfers(), "one logged transfer: the uncommitted host input");
    assertArrayEquals(new double[] {1, 2, 3}, y.toDoubleArray());
    before = transfers();
    NDArray w = x.multiply(2.5f);
    assertEquals(before, transfers(), "a Java number is a value, not a transfer");
    assertEquals(dev.numbat.DType.FLOAT64, w.dtype());
    assertSame(CPU1, w.device());
  }

  @Test
  void committedInputsOnTwoDevicesAreAnError() {
    NDArray x = on(CPU1, ones(3));
    NDArray z = on(CPU2, ones(3));
    var e = assertThrows(dev.numbat.errors.ValueError.class, () -> x.add(z));
    assertEquals("add: its array arguments are on different devices, CPU:1 and CPU:2; copy one to the other first"
        + " (Np.copy inside Np.device(...), or x.to(device))", e.getMessage());
    assertThrows(dev.numbat.errors.ValueError.class, () -> concatenate(List.of(x, z)));
    assertThrows(dev.numbat.errors.ValueError.class, () -> stack(List.of(x, on(CPU0, ones(3)))),
        "a committed host array is committed too");
  }

  @Test
  void opsOnUncommittedInputsRunOnTheScopesDevice() {
    NDArray h = arange(4.0);
    try (var s = device("CPU:2")) {
      NDArray y = sin(h);
      assertSame(CPU2, y.device());
      assertArrayEquals(Np.sin(arange(4.0)).toDoubleArray(), y.toDoubleArray());
      NDArray x = on(CPU1, ones(4));
      assertSame(CPU1, x.add(1).device(), "committed inputs decide, not the scope");
    }
  }

  @Test
  void copyInsideAScopeCopiesToTheScopesDevice() {
    NDArray x = on(CPU1, arange(3.0));
    NDArray c;
    try (var s = device("CPU:0")) {
      c = copy(x);
    }
    assertSame(CPU0, c.device());
    assertNotSame(DeviceStorage.storage(x), DeviceStorage.storage(c));
    assertSame(CPU1, copy(x).device(), "outside a scope a copy stays where it is");
    try (var s = device("CPU:1")) {
      NDArray same = copy(x);
      assertSame(CPU1, same.device());
      assertNotSame(DeviceStorage.storage(x), DeviceStorage.storage(same), "np.copy always copies");
    }
  }

  @Test
  void gradientsOnADevice() {
    NDArray h = linspace(-1.0, 1.0, 5);
    NDArray x = on(CPU1, h);
    NDArray g;
    try (GradientTape tape = new GradientTape()) {
      tape.watch(x);
      NDArray y = sum(tanh(x).multiply(x));
      g = tape.gradient(y, x);
    }
    assertSame(CPU1, g.device());
    NDArray gh;
    try (GradientTape tape = new GradientTape()) {
      tape.watch(h);
      gh = tape.gradient(sum(tanh(h).multiply(h)), h);
    }
    assertArrayEquals(gh.toDoubleArray(), g.toDoubleArray(), 0);
    Variable v = new Variable(on(CPU2, ones(2, 2)));
    NDArray gv;
    try (GradientTape tape = new GradientTape()) {
      gv = tape.gradient(sum(v.value().multiply(v.value())), v);
    }
    assertSame(CPU2, gv.device());
    assertArrayEquals(new double[] {2, 2, 2, 2}, gv.toDoubleArray());
  }

  @Test
  void compiledFunctionsRunOnTheirInputsDeviceAndTheSignatureHoldsIt() {
    CompiledFunction f = function((NDArray t) -> sin(t).multiply(t).add(1).sum());
    NDArray h = linspace(0.0, 1.0, 7);
    NDArray r0 = f.apply(h);
    NDArray r1 = f.apply(on(CPU1, h));
    NDArray r2 = f.apply(on(CPU2, h));
    assertSame(CPU0, r0.device());
    assertSame(CPU1, r1.device());
    assertSame(CPU2, r2.device());
    assertEquals(r0.doubleValue(), r1.doubleValue(), 0);
    assertEquals(r0.doubleValue(), r2.doubleValue(), 0);
    assertEquals(3, f.tracingCount(), "a new device is a new signature");
    f.apply(on(CPU1, h.multiply(2)));
    assertEquals(3, f.tracingCount(), "same device, same abstract value: no new trace");
  }

  @Test
  void vectorizedMapOnADevice() {
    NDArray xs = on(CPU1, arange(12.0).reshape(4, 3));
    NDArray r = vectorizedMap((NDArray e) -> e.multiply(e).sum(), xs);
    assertSame(CPU1, r.device());
    assertArrayEquals(new double[] {5, 50, 149, 302}, r.toDoubleArray());
  }
}
