package dev.numbat.device;

import static org.junit.jupiter.api.Assertions.*;

import dev.numbat.backend.gpu.GpuArrayChecks;
import dev.numbat.gpu.GpuRuntime;
import dev.numbat.gpu.runtime.DeviceChecks;
import dev.numbat.gpu.runtime.GpuCheck;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * gpu-check's NDArray checks ({@link GpuArrayChecks}) over {@link EmulatedGpu}, so that their code
 * runs without a GPU: the emulator's launches compute the backend's element-wise kernels with the
 * CPU backend and its {@code matmul} in Java, so this checks the checks' plumbing (every loop
 * reaches a GPU kernel without soft placement, the references, the tolerances' arithmetic), not
 * CUDA's values. As in gpu-check, the suite is the first thing in the JVM to make an array: it
 * configures the devices with the runtime it is given. A check that launched a fused region's
 * kernel (which the emulator cannot compute) is skipped when it fails: its values need a GPU. Runs
 * alone in a fresh JVM.
 */
class EmulatedGpuArrayChecksTest {
  private static final EmulatedGpu GPU = new EmulatedGpu();
  /** Names of the kernels launched during the current check. */
  private static final List<String> LAUNCHED = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
  /** The emulator, with its launches' kernel names recorded. */
  private static final GpuRuntime RT = new GpuRuntime() {
    @Override public int deviceCount() { return GPU.deviceCount(); }
    @Override public String deviceName(int d) { return GPU.deviceName(d); }
    @Override public int computeCapability(int d) { return GPU.computeCapability(d); }
    @Override public String reason() { return GPU.reason(); }
    @Override public DeviceMemory allocate(int d, long n) { return GPU.allocate(d, n); }
    @Override public void copyToDevice(Object h, int o, int c, DeviceMemory m, long mo) { GPU.copyToDevice(h, o, c, m, mo); }
    @Override public void copyToHost(DeviceMemory m, long mo, Object h, int o, int c) { GPU.copyToHost(m, mo, h, o, c); }
    @Override public void copy(DeviceMemory s, long so, DeviceMemory d, long dOff, long n) { GPU.copy(s, so, d, dOff, n); }
    @Override public Kernel kernel(int d, String source, String name) { return GPU.kernel(d, source, name); }
    @Override public void launch(Kernel k, int g, int b, Object... p) {
      LAUNCHED.add(k.name());
      GPU.launch(k, g, b, p);
    }
    @Override public void matmul(String dt, int batch, int m, int n, int k, Arg a, long sa, Arg b, long sb, Arg c, long sc) {
      GPU.matmul(dt, batch, m, n, k, a, sa, b, sb, c, sc);
    }
    @Override public void synchronize(int d) { GPU.synchronize(d); }
    @Override public long[] memoryStats(int d) { return GPU.memoryStats(d); }
  };

  @BeforeAll
  static void noArrayYet() {
    assertFalse(Devices.initialized(), "the suite must be the first to make an array in this JVM");
  }

  @Test
  void gpuCheckFindsTheSuite() {
    assertTrue(ServiceLoader.load(GpuCheck.Suite.class).stream().anyMatch(p -> p.type() == GpuArrayChecks.class),
        "META-INF/services/dev.numbat.gpu.runtime.GpuCheck$Suite lists GpuArrayChecks");
  }

  @TestFactory
  Stream<DynamicTest> everyCheckPassesOnTheEmulator() {
    return new GpuArrayChecks().checks().stream().map((DeviceChecks.Check c) -> DynamicTest.dynamicTest(c.name(), () -> {
      Assumptions.assumeFalse(c.name().startsWith("bench"), "a benchmark: 2^24 elements and an 8192^3 product need a GPU,"
          + " the emulator computes in Java");
      LAUNCHED.clear();
      long matmuls = GPU.matmuls.get();
      try {
        c.body().run(RT);
      } catch (AssertionError e) {
        List<String> regions = LAUNCHED.stream().filter(n -> n.startsWith("numbat_region_") || n.startsWith("nb_")).distinct().toList();
        Assumptions.assumeTrue(regions.isEmpty(), "launched " + regions + ", which the emulator does not compute: " + e.getMessage());
        throw e;
      }
      assertTrue(!LAUNCHED.isEmpty() || GPU.matmuls.get() > matmuls, c.name() + " ran something on the device");
    }));
  }
}
