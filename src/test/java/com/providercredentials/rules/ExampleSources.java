package com.providercredentials.rules;

import com.providercredentials.core.ProviderSpec.Example;
import com.providercredentials.core.ProviderSpec.Given;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The {@code examples:} of a provider spec written as source files, for the real front-ends: named values as
 * constants, unnamed ones returned by a function of neutral name, calls in a function whose parameters are the
 * {@code $names} that no given declares. Each given's {@code file} (default {@code Example.java}) is a class; a
 * {@code $NAME} declared in another file is qualified by its class.
 */
final class ExampleSources {

  private static final String DEFAULT_FILE = "Example.java";

  private ExampleSources() {
  }

  /** A language the examples are written in. */
  enum Language {
    JAVA(".java"), KOTLIN(".kt");

    final String extension;

    Language(String extension) {
      this.extension = extension;
    }
  }

  /** File name to text, in the language. */
  static Map<String, String> code(Example example, Language language) {
    Map<String, String> declaredIn = new LinkedHashMap<>();
    Map<String, List<Given>> byFile = new LinkedHashMap<>();
    for (Given given : example.given()) {
      String file = given.file() == null ? DEFAULT_FILE : given.file();
      byFile.computeIfAbsent(className(file), f -> new ArrayList<>()).add(given);
      if (given.name() != null) {
        declaredIn.put(given.name(), className(file));
      }
    }
    Map<String, String> files = new LinkedHashMap<>();
    int index = 0;
    for (Map.Entry<String, List<Given>> file : byFile.entrySet()) {
      String owner = file.getKey();
      Set<String> imports = new LinkedHashSet<>();
      List<String> members = new ArrayList<>();
      for (Given given : file.getValue()) {
        index++;
        if (given.call() == null) {
          members.add(language == Language.JAVA ? javaValue(given, index) : kotlinValue(given, index));
          continue;
        }
        int dot = given.call().lastIndexOf('.');
        String ownerType = given.call().substring(0, dot);
        String method = given.call().substring(dot + 1);
        int topLevel = topLevelEnd(ownerType);
        imports.add(ownerType.substring(0, topLevel));
        String simpleOwner = ownerType.substring(ownerType.lastIndexOf('.', topLevel - 1) + 1);
        List<String> parameters = new ArrayList<>();
        Function<String, String> literal = language == Language.JAVA ? ExampleSources::javaString : ExampleSources::kotlinString;
        List<String> args = given.args().stream().map(arg -> {
          if (!arg.startsWith("$")) {
            return literal.apply(arg);
          }
          String name = arg.substring(1);
          String declaring = declaredIn.get(name);
          if (declaring == null) {
            parameters.add(name);
            return name;
          }
          return declaring.equals(owner) ? name : declaring + "." + name;
        }).toList();
        String call = (method.equals("<init>") ? simpleOwner : simpleOwner + "." + method) + "(" + String.join(", ", args) + ")";
        if (language == Language.JAVA) {
          members.add("  void call" + index + "(" + String.join(", ", parameters.stream().map(p -> "String " + p).toList()) + ") {\n"
            + "    " + (method.equals("<init>") ? "new " : "") + call + ";\n  }");
        } else {
          members.add("    fun call" + index + "(" + String.join(", ", parameters.stream().map(p -> p + ": String").toList()) + ") {\n"
            + "        " + call + "\n    }");
        }
      }
      StringBuilder text = new StringBuilder("package example").append(language == Language.JAVA ? ";\n\n" : "\n\n");
      imports.forEach(i -> text.append("import ").append(i).append(language == Language.JAVA ? ";\n" : "\n"));
      text.append(imports.isEmpty() ? "" : "\n").append(language == Language.JAVA ? "class " : "object ").append(owner).append(" {\n");
      members.forEach(m -> text.append(m).append('\n'));
      text.append("}\n");
      files.put(owner + language.extension, text.toString());
    }
    return files;
  }

  /** Whether every given is a named value: such an example can be written in resources too. */
  static boolean namedValuesOnly(Example example) {
    return example.given().stream().allMatch(g -> g.call() == null && g.name() != null && g.file() == null);
  }

  static String properties(Example example) {
    StringBuilder text = new StringBuilder();
    for (Given given : example.given()) {
      text.append(given.name()).append('=').append(given.value().replace("\\", "\\\\")).append('\n');
    }
    return text.toString();
  }

  static String stringsXml(Example example) {
    StringBuilder text = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<resources>\n");
    for (Given given : example.given()) {
      String value = given.value().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\\", "\\\\").replace("'", "\\'").replace("\"", "\\\"");
      if (value.startsWith("@") || value.startsWith("?")) {
        value = "\\" + value;
      }
      text.append("    <string name=\"").append(given.name()).append("\">").append(value).append("</string>\n");
    }
    return text.append("</resources>\n").toString();
  }

  private static String javaValue(Given given, int index) {
    String value = javaString(given.value());
    return given.name() == null
      ? "  Object value" + index + "() {\n    return " + value + ";\n  }"
      : "  static final String " + given.name() + " = " + value + ";";
  }

  private static String kotlinValue(Given given, int index) {
    String value = kotlinString(given.value());
    return given.name() == null
      ? "    fun value" + index + "(): Any = " + value
      : "    const val " + given.name() + " = " + value;
  }

  private static String javaString(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String kotlinString(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$") + "\"";
  }

  private static String className(String file) {
    int dot = file.lastIndexOf('.');
    return dot < 0 ? file : file.substring(0, dot);
  }

  /** The end of the top-level type in a qualified name: its first segment that starts with an upper-case letter. */
  private static int topLevelEnd(String qualified) {
    int start = 0;
    while (true) {
      int dot = qualified.indexOf('.', start);
      if (Character.isUpperCase(qualified.charAt(start))) {
        return dot < 0 ? qualified.length() : dot;
      }
      if (dot < 0) {
        return qualified.length();
      }
      start = dot + 1;
    }
  }
}
