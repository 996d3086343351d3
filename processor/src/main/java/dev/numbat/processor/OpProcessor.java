package dev.numbat.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeName;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Generates the op API from {@code op-specs/*.yaml} when it meets {@link GenerateOps}.
 * Every spec problem, including a kernel or impl method that does not exist, is reported as a
 * compile error naming the YAML file and line.
 *
 * <p>Gradients: each spec's {@code grad:} key (see {@link GradRules} and {@link GradFormula} for
 * the formula language, {@code op-specs/README.md} for the schema) becomes the op class's
 * {@code GRAD} rule and {@code backward} method; the generated entry points record their calls
 * on the thread's open {@code GradientTape}s ({@code Tape.recording()} first, so no tape costs one
 * volatile read).
 */
@AutoService(Processor.class)
@SupportedAnnotationTypes("dev.numbat.processor.GenerateOps")
@SupportedOptions(OpProcessor.SPECS_OPTION)
public final class OpProcessor extends AbstractProcessor {
  public static final String SPECS_OPTION = "numbat.specs";
  private boolean done;

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (done || annotations.isEmpty()) {
      return false;
    }
    done = true;
    String dir = processingEnv.getOptions().get(SPECS_OPTION);
    if (dir == null) {
      error("option -A" + SPECS_OPTION + "=DIR (the op-specs folder) is not set");
      return true;
    }
    try {
      List<OpSpec> specs = new SpecParser().parseDir(Path.of(dir));
      GradRules grads = new GradRules(specs, this::helperExists);
      grads.check();
      Map<String, List<KernelBinding>> kernels = new LinkedHashMap<>();
      ApiGenerator gen = new ApiGenerator(specs, kernels, grads);
      for (OpSpec s : specs) {
        switch (s.kind()) {
          case UFUNC, REDUCTION -> kernels.put(s.name(), bindKernels(s));
          case JAVA -> gen.setReturnType(s.name(), checkImpl(s));
        }
      }
      for (JavaFile f : gen.files()) {
        f.writeTo(processingEnv.getFiler());
      }
      recordError("");
    } catch (SpecException e) {
      error(e.getMessage());
      recordError("op-specs: " + e.getMessage());
    } catch (IOException e) {
      error("cannot read op specs in " + dir + ": " + e);
      recordError("op-specs: cannot read op specs in " + dir + ": " + e);
    }
    return true;
  }

  /** The file the launcher reads after a failed build: a spec error alone, before javac's cascade. */
  public static final String ERROR_FILE = "op-specs-error.txt";

  /**
   * Writes {@code message} (empty when the specs are fine) to {@link #ERROR_FILE} beside the
   * generated sources. Nothing is generated after a spec error, so javac goes on to report every
   * use of the generated API as a missing symbol; {@code ./numbat build} prints this file alone
   * instead of that cascade.
   */
  private void recordError(String message) {
    try (java.io.Writer w = processingEnv.getFiler()
        .createResource(javax.tools.StandardLocation.SOURCE_OUTPUT, "", ERROR_FILE).openWriter()) {
      w.write(message);
    } catch (IOException | RuntimeException e) {
      // the message is on the compiler's output anyway; the file is a convenience for the launcher
    }
  }

  /** Finds {@code method_<suffix>} for each loop, trying the dtype's suffix fallbacks in order. */
  private List<KernelBinding> bindKernels(OpSpec s) {
    String cls = s.cpuKernel().substring(0, s.cpuKernel().indexOf('.'));
    String name = s.cpuKernel().substring(cls.length() + 1);
    TypeElement type = processingEnv.getElementUtils().getTypeElement(ApiGenerator.KERNELS + "." + cls);
    if (type == null) {
      throw new SpecException(s.file(), s.kernelLine(), "unknown kernel class " + ApiGenerator.KERNELS + "." + cls);
    }
    int arity = s.kind() == OpSpec.Kind.REDUCTION ? 6 : 1 + 3 * s.args().size() + 3;
    List<KernelBinding> out = new ArrayList<>();
    for (OpSpec.Loop loop : s.loops()) {
      KernelBinding found = null;
      for (String sfx : DTypeNames.kernelSuffixes(loop.in())) {
        ExecutableElement m = staticMethod(type, name + "_" + sfx);
        if (m != null) {
          if (m.getParameters().size() != arity) {
            throw new SpecException(s.file(), s.kernelLine(), "kernel " + cls + "." + name + "_" + sfx
                + " takes " + m.getParameters().size() + " parameters; a " + s.kind().name().toLowerCase()
                + " with " + s.args().size() + " input(s) needs " + arity);
          }
          boolean via = !sfx.equals(loop.in()) && sfx.equals("f32");
          found = new KernelBinding(loop, cls, name, sfx, via);
          break;
        }
      }
      if (found == null) {
        throw new SpecException(s.file(), s.loopsLine(), "unknown kernel: no " + cls + "." + name + "_"
            + String.join(" or _", DTypeNames.kernelSuffixes(loop.in())) + " for loop "
            + loop.in() + "->" + loop.out());
      }
      out.add(found);
    }
    return out;
  }

  private TypeName checkImpl(OpSpec s) {
    String cls = s.impl().substring(0, s.impl().lastIndexOf('.'));
    String name = s.impl().substring(cls.length() + 1);
    TypeElement type = processingEnv.getElementUtils().getTypeElement(ApiGenerator.IMPL + "." + cls);
    if (type == null) {
      throw new SpecException(s.file(), s.implLine(), "unknown impl class " + ApiGenerator.IMPL + "." + cls);
    }
    ExecutableElement m = staticMethod(type, name);
    if (m == null) {
      throw new SpecException(s.file(), s.implLine(), "no static method " + name + " in " + ApiGenerator.IMPL + "." + cls);
    }
    if (m.getParameters().size() != s.args().size()) {
      throw new SpecException(s.file(), s.implLine(), "impl " + s.impl() + " takes " + m.getParameters().size()
          + " parameters; the spec declares " + s.args().size());
    }
    for (int i = 0; i < s.args().size(); i++) {
      String want = ApiGenerator.paramType(s.args().get(i), false).toString();
      String have = TypeName.get(m.getParameters().get(i).asType()).toString();
      if (!want.equals(have) && !(want.equals("java.lang.Object") && have.equals("java.lang.Object"))) {
        throw new SpecException(s.file(), s.args().get(i).line(), "argument '" + s.args().get(i).name()
            + "' is " + want + " in the spec but " + have + " in " + s.impl());
      }
    }
    return TypeName.get(m.getReturnType());
  }

  /** A gradient formula's helper {@code Class.method}: a public static method of dev.numbat.autodiff.Class. */
  private boolean helperExists(String cls, String method, int arity) {
    TypeElement type = processingEnv.getElementUtils().getTypeElement(GradRules.AUTODIFF + "." + cls);
    if (type == null) {
      return false;
    }
    for (Element e : type.getEnclosedElements()) {
      if (e.getKind() == ElementKind.METHOD && e.getSimpleName().contentEquals(method)
          && e.getModifiers().contains(Modifier.STATIC) && e.getModifiers().contains(Modifier.PUBLIC)
          && ((ExecutableElement) e).getParameters().size() == arity) {
        return true;
      }
    }
    return false;
  }

  private static ExecutableElement staticMethod(TypeElement type, String name) {
    for (Element e : type.getEnclosedElements()) {
      if (e.getKind() == ElementKind.METHOD && e.getSimpleName().contentEquals(name)
          && e.getModifiers().contains(Modifier.STATIC) && e.getModifiers().contains(Modifier.PUBLIC)) {
        return (ExecutableElement) e;
      }
    }
    return null;
  }

  private void error(String message) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "op-specs: " + message);
  }
}
