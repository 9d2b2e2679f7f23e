package com.providercredentials.core;

import com.providercredentials.core.escapes.JavaEscapes;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;

/**
 * The value of a Gradle {@code buildConfigField}, whichever DSL wrote it (Groovy or Kotlin): the third argument is
 * Java source, {@code "value"}, so its surrounding quotes are not part of the value and its escapes are Java's.
 */
public final class BuildConfigValues {

  private BuildConfigValues() {
  }

  /**
   * The string the field holds, or null when the Java source is not a string literal (a number, a call...). A property
   * read ({@code TOKEN}, {@code project.property('TOKEN')}) is Java source written elsewhere: {@code TOKEN="value"} in a
   * properties file, whose front-end reads what the quotes hold.
   */
  @Nullable
  public static Expr javaString(@Nullable Expr expr) {
    if (expr instanceof Expr.Ref || expr instanceof Expr.Opaque) {
      // Java source written elsewhere: a property file, or the build's environment (docs/adr/028)
      return expr;
    }
    if (expr instanceof Expr.Literal literal) {
      String value = literal.value().strip();
      return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? new Expr.Literal(JavaEscapes.decode(value.substring(1, value.length() - 1)), literal.range())
        : null;
    }
    if (expr instanceof Expr.Concat concat && concat.parts().size() >= 2
      && concat.parts().get(0) instanceof Expr.Literal first && first.value().startsWith("\"")
      && concat.parts().get(concat.parts().size() - 1) instanceof Expr.Literal last && last.value().endsWith("\"")) {
      // "\"${TOKEN}\"": the quotes are the first and last characters of the outer literals
      List<Expr> parts = new ArrayList<>(concat.parts());
      parts.set(0, new Expr.Literal(first.value().substring(1), first.range()));
      parts.set(parts.size() - 1, new Expr.Literal(last.value().substring(0, last.value().length() - 1), last.range()));
      parts.removeIf(p -> p instanceof Expr.Literal l && l.value().isEmpty());
      return parts.size() == 1 ? parts.get(0) : new Expr.Concat(parts, concat.range());
    }
    return null;
  }
}
