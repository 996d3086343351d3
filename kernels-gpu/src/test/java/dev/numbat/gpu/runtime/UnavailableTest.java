package dev.numbat.gpu.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.numbat.gpu.GpuRuntime;
import org.junit.jupiter.api.Test;

/** Without a device, the runtime is {@code Unavailable} and says why in words. */
class UnavailableTest {
  @Test
  void withoutADeviceTheReasonNamesWhatIsMissing() {
    GpuRuntime rt = GpuRuntime.get();
    assumeTrue(rt.deviceCount() == 0, "a CUDA device is present");
    String reason = rt.reason();
    assertTrue(rt instanceof GpuRuntime.Unavailable, rt.getClass().getName());
    assertTrue(reason != null && reason.matches("(?s).*(libcuda\\.so|NVIDIA driver|class path|no CUDA device|LD_LIBRARY_PATH|disabled).*"),
        "reason: " + reason);
    assertTrue(!reason.startsWith("IllegalStateException"), "the reason is words, not an exception's name: " + reason);
    UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, () -> rt.allocate(0, 1));
    assertTrue(e.getMessage().contains(reason));
    assertArrayEquals(new long[3], rt.memoryStats(0));
  }
}
