package dev.numbat.gpu.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CUDA compiler driver, for checking kernel sources at build time (the runtime compiles with
 * NVRTC and needs no toolchain). {@link #find()} looks on PATH, in /usr/local/cuda/bin and in
 * $CUDA_HOME/bin. {@link #compile} concatenates many sources per translation unit (their
 * preludes are include-guarded) to keep nvcc's start-up cost down, each behind a
 * {@code #line 1 "NAME.cu"} directive, so an error line names the kernel source it is in.
 */
public final class Nvcc {
  private final Path executable;

  private Nvcc(Path executable) {
    this.executable = executable;
  }

  /** The outcome: {@code errors} empty when every source compiled; each error names its source. */
  public record Result(int sources, int units, List<String> errors, Path ptxDir) {
    public boolean ok() {
      return errors.isEmpty();
    }
  }

  /** nvcc from PATH, /usr/local/cuda/bin or $CUDA_HOME/bin; null when there is none. */
  public static Nvcc find() {
    List<Path> candidates = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        if (!dir.isEmpty()) {
          candidates.add(Path.of(dir, "nvcc"));
        }
      }
    }
    candidates.add(Path.of("/usr/local/cuda/bin/nvcc"));
    String home = System.getenv("CUDA_HOME");
    if (home != null) {
      candidates.add(Path.of(home, "bin", "nvcc"));
    }
    for (Path p : candidates) {
      if (Files.isExecutable(p)) {
        return new Nvcc(p);
      }
    }
    return null;
  }

  /** Where {@link #find()} looked, for a skip message. */
  public static String searched() {
    return "PATH, /usr/local/cuda/bin, $CUDA_HOME/bin";
  }

  public Path executable() {
    return executable;
  }

  /** Compiles {@code sources} to optimised PTX for {@code arch} ("compute_80") in a new temporary directory. */
  public Result compile(List<KernelSource> sources, String arch) {
    return compile(sources, arch, 150, true);
  }

  /**
   * Compiles {@code sources} for {@code arch} without NVVM's optimisations ({@code -Xcicc -O0}):
   * the same front end and code generation, so the same compile errors, in about a third of the
   * time; for tests of thousands of generated kernels.
   */
  public Result check(List<KernelSource> sources, String arch) {
    return compile(sources, arch, 150, false);
  }

  /** Compiles with at most {@code perUnit} sources per translation unit, optimised or not. */
  public Result compile(List<KernelSource> sources, String arch, int perUnit, boolean optimise) {
    try {
      Path dir = Files.createTempDirectory("numbat-nvcc-");
      List<List<KernelSource>> units = new ArrayList<>();
      for (int i = 0; i < sources.size(); i += perUnit) {
        units.add(sources.subList(i, Math.min(sources.size(), i + perUnit)));
      }
      int threads = Math.max(1, Math.min(units.size(), Runtime.getRuntime().availableProcessors()));
      List<String> errors = new ArrayList<>();
      try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
        List<Future<List<String>>> results = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
          int index = u;
          results.add(pool.submit(() -> unit(dir, index, units.get(index), arch, optimise)));
        }
        for (Future<List<String>> f : results) {
          errors.addAll(f.get());
        }
      }
      return new Result(sources.size(), units.size(), errors, dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  private static final Pattern LOCATION = Pattern.compile("^(.*?)\\.cu\\((\\d+)\\): (error|catastrophic error)(.*)$");

  private List<String> unit(Path dir, int index, List<KernelSource> sources, String arch, boolean optimise)
      throws IOException, InterruptedException {
    StringBuilder text = new StringBuilder();
    for (KernelSource k : sources) {
      text.append("#line 1 \"").append(k.name()).append(".cu\"\n").append(k.source()).append('\n');
    }
    Path cu = dir.resolve("unit" + index + ".cu");
    Path ptx = dir.resolve("unit" + index + ".ptx");
    Files.writeString(cu, text, StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>(List.of(executable.toString(), "--ptx", "-arch=" + arch));
    if (!optimise) {
      command.addAll(List.of("-Xcicc", "-O0"));
    }
    command.addAll(List.of("-o", ptx.toString(), cu.toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int rc = p.waitFor();
    if (rc == 0) {
      return List.of();
    }
    // Group nvcc's error lines (with the source line they point at) by kernel source.
    Map<String, List<String>> byKernel = new LinkedHashMap<>();
    String[] lines = log.split("\n");
    for (int i = 0; i < lines.length; i++) {
      Matcher m = LOCATION.matcher(lines[i]);
      if (m.matches()) {
        String name = Path.of(m.group(1)).getFileName().toString();
        StringBuilder err = new StringBuilder("line " + m.group(2) + ":" + m.group(4).replaceFirst("^:?", " ").stripTrailing());
        if (i + 1 < lines.length && !LOCATION.matcher(lines[i + 1]).matches() && !lines[i + 1].isBlank()) {
          err.append(" | ").append(lines[i + 1].strip());
        }
        byKernel.computeIfAbsent(name, k -> new ArrayList<>()).add(err.toString());
      }
    }
    List<String> errors = new ArrayList<>();
    byKernel.forEach((name, errs) -> errors.add("kernel " + name + ": " + String.join("; ", errs)));
    if (errors.isEmpty()) {
      errors.add("unit " + index + " (" + sources.get(0).name() + " ...): nvcc exit " + rc + ": " + log.strip());
    }
    return errors;
  }
}
