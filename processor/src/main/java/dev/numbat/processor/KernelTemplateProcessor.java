package dev.numbat.processor;

import com.google.auto.service.AutoService;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Writes the Java source of every {@code *.java.src} kernel template under the folder named by
 * {@code -Anumbat.kernelTemplates} (see {@link KernelTemplate} for the syntax); the folder path
 * below it is the package. Without the option it does nothing, so modules that run this
 * processor path for other reasons (generated-api) are unaffected. It claims no annotations:
 * {@code "*"} only makes javac call it in a module that has none.
 */
@AutoService(Processor.class)
@SupportedAnnotationTypes("*")
@SupportedOptions(KernelTemplateProcessor.TEMPLATES_OPTION)
public final class KernelTemplateProcessor extends AbstractProcessor {
  public static final String TEMPLATES_OPTION = "numbat.kernelTemplates";
  private static final String SUFFIX = ".java.src";
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
  /** The first top-level type declaration (column 0), where {@code @Generated} goes. */
  private static final Pattern TYPE = Pattern.compile("(?m)^(?=(public\\s+|final\\s+|abstract\\s+)*(class|interface|record|enum)\\s)");
  private boolean done;

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    String dir = processingEnv.getOptions().get(TEMPLATES_OPTION);
    if (done || dir == null) {
      return false;
    }
    done = true;
    Path root = Path.of(dir);
    List<Path> templates;
    try (Stream<Path> walk = Files.walk(root)) {
      templates = walk.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
    } catch (IOException e) {
      error("cannot read kernel templates in " + dir + ": " + e);
      return false;
    }
    for (Path p : templates) {
      String rel = root.relativize(p).toString().replace('\\', '/');
      try {
        String java = KernelTemplate.expand(p.toString(), Files.readString(p, StandardCharsets.UTF_8));
        String name = rel.substring(0, rel.length() - SUFFIX.length()).replace('/', '.');
        checkPackage(p.toString(), java, name);
        try (Writer w = processingEnv.getFiler().createSourceFile(name).openWriter()) {
          w.write("// Generated from " + rel + " by KernelTemplateProcessor; edit the template.\n");
          w.write(markGenerated(java));
        }
      } catch (SpecException e) {
        error(e.getMessage());
      } catch (IOException e) {
        error(p + ": " + e);
      }
    }
    return false;
  }

  /** Marks the type {@code @Generated} (source retention: the class file is unchanged). */
  private static String markGenerated(String java) {
    Matcher m = TYPE.matcher(java);
    if (!m.find()) {
      return java;
    }
    return java.substring(0, m.start()) + "@javax.annotation.processing.Generated(\"dev.numbat.processor.KernelTemplateProcessor\")\n"
        + java.substring(m.start());
  }

  /** A template in the wrong folder would otherwise surface as a confusing javac error on the generated file. */
  private static void checkPackage(String file, String java, String qualifiedName) {
    int dot = qualifiedName.lastIndexOf('.');
    String expected = dot < 0 ? "" : qualifiedName.substring(0, dot);
    Matcher m = PACKAGE.matcher(java);
    String found = m.find() ? m.group(1) : "";
    if (!found.equals(expected)) {
      int line = found.isEmpty() ? 1 : (int) java.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
      throw new SpecException(file, line, "declares package '" + found + "' but its folder makes it '" + expected + "'");
    }
  }

  private void error(String message) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message);
  }
}
