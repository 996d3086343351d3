package dev.numbat.gpu.runtime;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns JavaCPP's failure to load a JNI wrapper into the reason a user can act on. JavaCPP reports
 * "no jnicudart in java.library.path" and keeps the dynamic linker's message ("libcuda.so.1:
 * cannot open shared object file") among its causes; the library the linker could not find says
 * what is missing: libcuda.so.1 is the NVIDIA driver, libcudart/libnvrtc/libcublas are CUDA 13's
 * libraries (not bundled: the folder holding them must be on LD_LIBRARY_PATH).
 */
final class LinkFailure {
  private LinkFailure() {}

  private static final Pattern MISSING = Pattern.compile("(lib[\\w.+-]+?\\.so[.\\d]*): cannot open shared object file");

  /**
   * The first reason found: a class whose initialiser failed raises only "Could not initialize
   * class" on later uses, without the linker's message, and those should repeat the first reason.
   */
  private static volatile String first;

  static String describe(Throwable e) {
    String missing = missingLibrary(e);
    if (missing == null) {
      String earlier = first;
      return earlier != null && e instanceof NoClassDefFoundError ? earlier : "the CUDA bindings did not load: " + e;
    }
    String reason = missing.startsWith("libcuda.so")
        ? "the NVIDIA driver library " + missing + " was not found (no NVIDIA driver on this machine, or its folder is"
            + " not on LD_LIBRARY_PATH)"
        : "the CUDA library " + missing + " was not found: CUDA 13's libraries (the toolkit's lib64, or the nvidia-* Python"
            + " wheels' lib folders) must be on LD_LIBRARY_PATH";
    if (first == null) first = reason;
    return reason;
  }

  /** The first shared library the dynamic linker could not open, in the causes and suppressed exceptions of {@code e}. */
  static String missingLibrary(Throwable e) {
    Deque<Throwable> todo = new ArrayDeque<>();
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    todo.add(e);
    while (!todo.isEmpty()) {
      Throwable t = todo.poll();
      if (seen.put(t, true) != null) continue;
      if (t.getMessage() != null) {
        Matcher m = MISSING.matcher(t.getMessage());
        if (m.find()) return m.group(1);
      }
      if (t.getCause() != null) todo.add(t.getCause());
      for (Throwable s : t.getSuppressed()) todo.add(s);
    }
    return null;
  }
}
