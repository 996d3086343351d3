package dev.numbat.device;

import static org.junit.jupiter.api.Assertions.*;

import dev.numbat.backend.gpu.GpuArrayChecks;
import dev.numbat.gpu.runtime.DeviceChecks;
import dev.numbat.gpu.runtime.GpuCheck;
import java.util.ServiceLoader;
import java.util.stream.Stream;
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
 * configures the devices with the runtime it is given. Runs alone in a fresh JVM.
 */
class EmulatedGpuArrayChecksTest {
  private static final EmulatedGpu GPU = new EmulatedGpu();

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
      long launches = GPU.launches.get();
      c.body().run(GPU);
      assertTrue(GPU.launches.get() > launches || GPU.matmuls.get() > 0, c.name() + " ran something on the device");
    }));
  }
}
