package dev.numbat.gpu.runtime;

import static org.bytedeco.cuda.global.nvrtc.NVRTC_SUCCESS;
import static org.bytedeco.cuda.global.nvrtc.nvrtcCompileProgram;
import static org.bytedeco.cuda.global.nvrtc.nvrtcCreateProgram;
import static org.bytedeco.cuda.global.nvrtc.nvrtcDestroyProgram;
import static org.bytedeco.cuda.global.nvrtc.nvrtcGetCUBIN;
import static org.bytedeco.cuda.global.nvrtc.nvrtcGetCUBINSize;
import static org.bytedeco.cuda.global.nvrtc.nvrtcGetErrorString;
import static org.bytedeco.cuda.global.nvrtc.nvrtcGetNumSupportedArchs;
import static org.bytedeco.cuda.global.nvrtc.nvrtcGetPTX;
import static org.bytedeco.cuda.global.nvrtc.nvrtcGetPTXSize;
import static org.bytedeco.cuda.global.nvrtc.nvrtcGetProgramLog;
import static org.bytedeco.cuda.global.nvrtc.nvrtcGetProgramLogSize;
import static org.bytedeco.cuda.global.nvrtc.nvrtcGetSupportedArchs;
import static org.bytedeco.cuda.global.nvrtc.nvrtcVersion;

import dev.numbat.errors.RuntimeError;
import java.util.List;
import org.bytedeco.cuda.nvrtc._nvrtcProgram;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacpp.SizeTPointer;

/**
 * CUDA C to a loadable image with NVRTC, through the {@link KernelCache}.
 *
 * <p>Target: when NVRTC supports the device's own architecture, {@code --gpu-architecture=sm_XY}
 * and the CUBIN (nothing left for the driver to JIT at load); otherwise PTX for the highest
 * {@code compute_XY} NVRTC supports below it, which the driver compiles at load. Options:
 * {@code -default-device} (functions without qualifiers are device functions, as in NVRTC's
 * samples), {@code --std=c++17}. Kernels are looked up by name, so sources declare them
 * {@code extern "C" __global__}.
 */
final class Nvrtc {
  /** A compiled image: the bytes and whether it is CUBIN (else PTX, NUL-terminated). */
  record Image(byte[] bytes, boolean cubin, String arch) {}

  private final KernelCache cache;
  private final String version;
  private final int[] archs;

  Nvrtc(KernelCache cache) {
    this.cache = cache;
    int[] major = new int[1];
    int[] minor = new int[1];
    check(nvrtcVersion(major, minor), "nvrtcVersion");
    this.version = major[0] + "." + minor[0];
    int[] n = new int[1];
    check(nvrtcGetNumSupportedArchs(n), "nvrtcGetNumSupportedArchs");
    archs = new int[n[0]];
    if (n[0] > 0) check(nvrtcGetSupportedArchs(archs), "nvrtcGetSupportedArchs");
  }

  String version() {
    return version;
  }

  KernelCache cache() {
    return cache;
  }

  /** The target for compute capability {@code cc} (major*10+minor): "sm_90", or "compute_89" below an unsupported one. */
  String target(int cc) {
    int best = -1;
    for (int a : archs) {
      if (a == cc) return "sm_" + cc;
      if (a < cc) best = Math.max(best, a);
    }
    if (best < 0) throw new RuntimeError("NVRTC " + version + " supports no architecture at or below sm_" + cc);
    return "compute_" + best;
  }

  static List<String> options(String target) {
    List<String> o = new java.util.ArrayList<>(List.of("--gpu-architecture=" + target, "-default-device", "--std=c++17"));
    for (String dir : includeDirs()) {
      o.add("-I" + dir);
    }
    return List.copyOf(o);
  }

  /**
   * Where cuda_fp16.h and cuda_bf16.h are, for NVRTC (which may not have them built in):
   * {@code -Dnumbat.cuda.include} (path-separated; gpu-check's run.sh sets it from the CUDA
   * wheels), else {@code $CUDA_HOME/include} or {@code /usr/local/cuda/include} when they hold
   * cuda_fp16.h; none when nothing is found (NVRTC's built-in headers, where it has them).
   */
  static List<String> includeDirs() {
    String prop = System.getProperty("numbat.cuda.include");
    if (prop != null && !prop.isBlank()) {
      return List.of(prop.split(java.io.File.pathSeparator));
    }
    List<String> found = new java.util.ArrayList<>();
    String home = System.getenv("CUDA_HOME");
    for (String d : new String[] {home == null ? null : home + "/include", "/usr/local/cuda/include"}) {
      if (d != null && java.nio.file.Files.exists(java.nio.file.Path.of(d, "cuda_fp16.h"))) {
        found.add(d);
        break;
      }
    }
    return found;
  }

  /** The image of {@code source} for compute capability {@code cc}, from the cache or NVRTC. */
  Image compile(String source, String programName, int cc) {
    String target = target(cc);
    List<String> options = options(target);
    boolean cubin = target.startsWith("sm_");
    String suffix = cubin ? ".cubin" : ".ptx";
    String key = KernelCache.key(source, options, target, version);
    byte[] cached = cache.read(key, suffix);
    if (cached != null && cached.length > 0) return new Image(cached, cubin, target);
    byte[] image = run(source, programName, options, cubin);
    cache.write(key, suffix, image);
    return new Image(image, cubin, target);
  }

  private static byte[] run(String source, String programName, List<String> options, boolean cubin) {
    _nvrtcProgram program = new _nvrtcProgram();
    try (BytePointer src = new BytePointer(source); BytePointer name = new BytePointer(programName)) {
      check(nvrtcCreateProgram(program, src, name, 0, (PointerPointer<?>) null, (PointerPointer<?>) null), "nvrtcCreateProgram");
    }
    try (PointerPointer<BytePointer> opts = new PointerPointer<>(options.toArray(new String[0]))) {
      int rc = nvrtcCompileProgram(program, options.size(), opts);
      if (rc != NVRTC_SUCCESS) {
        throw new RuntimeError("NVRTC could not compile " + programName + " (" + String.join(" ", options) + "): "
            + nvrtcGetErrorString(rc).getString() + "\n" + log(program));
      }
      try (SizeTPointer size = new SizeTPointer(1)) {
        check(cubin ? nvrtcGetCUBINSize(program, size) : nvrtcGetPTXSize(program, size), "nvrtcGet image size");
        byte[] image = new byte[(int) size.get()];
        check(cubin ? nvrtcGetCUBIN(program, image) : nvrtcGetPTX(program, image), "nvrtcGet image");
        return image;
      }
    } finally {
      nvrtcDestroyProgram(program);
    }
  }

  private static String log(_nvrtcProgram program) {
    try (SizeTPointer size = new SizeTPointer(1)) {
      if (nvrtcGetProgramLogSize(program, size) != NVRTC_SUCCESS || size.get() <= 1) return "(no log)";
      byte[] log = new byte[(int) size.get()];
      nvrtcGetProgramLog(program, log);
      return new String(log, 0, log.length - 1, java.nio.charset.StandardCharsets.UTF_8).strip();
    }
  }

  private static void check(int rc, String call) {
    if (rc != NVRTC_SUCCESS) throw new RuntimeError(call + " failed: " + nvrtcGetErrorString(rc).getString() + " (" + rc + ")");
  }
}
