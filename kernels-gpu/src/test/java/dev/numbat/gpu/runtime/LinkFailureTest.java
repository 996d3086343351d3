package dev.numbat.gpu.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LinkFailureTest {
  @Test
  void findsTheLinkersMessageAmongTheCauses() {
    UnsatisfiedLinkError inner = new UnsatisfiedLinkError(
        "/root/.javacpp/cache/cuda.jar/org/bytedeco/cuda/linux-x86_64/libjnicudart.so: libcuda.so.1: cannot open shared object file: No such file or directory");
    UnsatisfiedLinkError outer = new UnsatisfiedLinkError("no jnicudart in java.library.path");
    outer.initCause(inner);
    assertEquals("libcuda.so.1", LinkFailure.missingLibrary(outer));
    assertTrue(LinkFailure.describe(outer).contains("NVIDIA driver library libcuda.so.1"), LinkFailure.describe(outer));
  }

  @Test
  void namesACudaLibraryAndLdLibraryPath() {
    UnsatisfiedLinkError e = new UnsatisfiedLinkError("x.so: libnvrtc.so.13: cannot open shared object file");
    String d = LinkFailure.describe(e);
    assertTrue(d.contains("libnvrtc.so.13") && d.contains("LD_LIBRARY_PATH"), d);
  }

  @Test
  void otherwiseTheErrorItself() {
    UnsatisfiedLinkError e = new UnsatisfiedLinkError("something else");
    assertNull(LinkFailure.missingLibrary(e));
    assertTrue(LinkFailure.describe(e).contains("something else"));
  }

  @Test
  void aLaterNoClassDefFoundErrorRepeatsTheFirstReason() {
    String reason = LinkFailure.describe(new UnsatisfiedLinkError("x.so: libcuda.so.1: cannot open shared object file"));
    NoClassDefFoundError later = new NoClassDefFoundError("Could not initialize class org.bytedeco.cuda.global.cudart");
    assertEquals(reason, LinkFailure.describe(later));
  }
}
