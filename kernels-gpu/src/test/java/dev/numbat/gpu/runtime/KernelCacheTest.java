package dev.numbat.gpu.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelCacheTest {
  static final List<String> OPTS = Nvrtc.options("sm_90");

  @Test
  void keyDependsOnSourceOptionsArchitectureAndNvrtcVersion() {
    String k = KernelCache.key("src", OPTS, "sm_90", "13.1");
    assertEquals(64, k.length());
    assertEquals(k, KernelCache.key("src", OPTS, "sm_90", "13.1"));
    assertNotEquals(k, KernelCache.key("src ", OPTS, "sm_90", "13.1"));
    assertNotEquals(k, KernelCache.key("src", Nvrtc.options("sm_80"), "sm_90", "13.1"));
    assertNotEquals(k, KernelCache.key("src", OPTS, "sm_80", "13.1"));
    assertNotEquals(k, KernelCache.key("src", OPTS, "sm_90", "13.0"));
    // fields are length-prefixed: moving a character between fields changes the key
    assertNotEquals(KernelCache.key("ab", List.of("c"), "x", "1"), KernelCache.key("a", List.of("bc"), "x", "1"));
  }

  @Test
  void optionsAreTheDocumentedOnes() {
    assertEquals(List.of("--gpu-architecture=sm_90", "-default-device", "--std=c++17"), OPTS.subList(0, 3));
    // then -I for each folder that has cuda_fp16.h (NVRTC may not have it built in)
    assertEquals(Nvrtc.includeDirs().stream().map(d -> "-I" + d).toList(), OPTS.subList(3, OPTS.size()));
  }

  @Test
  void writeThenRead(@TempDir Path dir) throws Exception {
    KernelCache c = new KernelCache(dir.resolve("sub"));
    String key = KernelCache.key("s", OPTS, "sm_90", "13.1");
    assertNull(c.read(key, ".cubin"));
    assertTrue(c.write(key, ".cubin", new byte[] {1, 2, 3}));
    assertArrayEquals(new byte[] {1, 2, 3}, c.read(key, ".cubin"));
    assertNull(c.read(key, ".ptx"), "CUBIN and PTX entries are apart");
    try (var files = Files.list(dir.resolve("sub"))) {
      assertEquals(1, files.count(), "no temporary file left behind");
    }
  }

  @Test
  void anUnwritableFolderIsNotAnError(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("plain-file");
    Files.writeString(file, "x");
    KernelCache c = new KernelCache(file.resolve("cuda")); // a folder under a file cannot exist
    assertFalse(c.write("k", ".cubin", new byte[] {1}));
    assertNull(c.read("k", ".cubin"));
  }

  @Test
  void defaultFolderFollowsTheProperty() {
    String old = System.getProperty("numbat.cuda.cache");
    try {
      System.setProperty("numbat.cuda.cache", "/tmp/numbat-cuda-test");
      assertEquals(Path.of("/tmp/numbat-cuda-test"), KernelCache.defaultDir());
      System.clearProperty("numbat.cuda.cache");
      assertTrue(KernelCache.defaultDir().endsWith(Path.of("numbat", "cuda")));
    } finally {
      if (old == null) System.clearProperty("numbat.cuda.cache");
      else System.setProperty("numbat.cuda.cache", old);
    }
  }
}
