package dev.numbat.gpu.runtime;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.numbat.gpu.GpuRuntime;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link DeviceChecks#ALL} as JUnit tests: each one is skipped, with the reason, where there is no
 * CUDA device, and runs on a machine with one (the same checks {@code ./numbat gpu-check run} runs).
 */
class CudaRuntimeDeviceTest {
  @TestFactory
  Stream<DynamicTest> deviceChecks() {
    return DeviceChecks.ALL.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      GpuRuntime rt = GpuRuntime.get();
      assumeTrue(rt.deviceCount() > 0, "no CUDA device: " + rt.reason());
      c.body().run(rt);
    }));
  }
}
