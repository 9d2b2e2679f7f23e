package com.providercredentials.kotlin;

import com.providercredentials.core.Expr;
import com.providercredentials.core.SourceRange;
import com.providercredentials.core.escapes.EscapeDialect;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;
import org.jetbrains.kotlin.psi.KtBlockStringTemplateEntry;
import org.jetbrains.kotlin.psi.KtEscapeStringTemplateEntry;
import org.jetbrains.kotlin.psi.KtExpression;
import org.jetbrains.kotlin.psi.KtLiteralStringTemplateEntry;
import org.jetbrains.kotlin.psi.KtSimpleNameStringTemplateEntry;
import org.jetbrains.kotlin.psi.KtStringTemplateEntry;
import org.jetbrains.kotlin.psi.KtStringTemplateExpression;

/** Kotlin's strings: templates, as concatenations of their parts, and {@code "...".trimIndent()} and the like. */
final class KotlinStrings {

  private static final List<String> TRIMS = List.of("trimIndent", "trimMargin", "trim");

  private KotlinStrings() {
  }

  /** A string template: its literal parts, and its {@code $name} / {@code ${...}} parts as what they refer to. */
  static Expr template(KotlinLowering lowering, KtStringTemplateExpression template) {
    SourceRange range = lowering.range(template);
    KtStringTemplateEntry[] entries = template.getEntries();
    if (!template.hasInterpolation()) {
      StringBuilder value = new StringBuilder();
      for (KtStringTemplateEntry entry : entries) {
        value.append(entry instanceof KtEscapeStringTemplateEntry escape ? EscapeDialect.KOTLIN.decode(escape.getText()) : entry.getText());
      }
      return new Expr.Literal(value.toString(), range);
    }
    List<Expr> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int literalStart = -1;
    for (KtStringTemplateEntry entry : entries) {
      if (entry instanceof KtLiteralStringTemplateEntry || entry instanceof KtEscapeStringTemplateEntry) {
        if (literalStart < 0) {
          literalStart = entry.getTextRange().getStartOffset();
        }
        literal.append(entry instanceof KtEscapeStringTemplateEntry escape ? EscapeDialect.KOTLIN.decode(escape.getText()) : entry.getText());
        continue;
      }
      if (literalStart >= 0) {
        parts.add(new Expr.Literal(literal.toString(), lowering.text().range(literalStart, entry.getTextRange().getStartOffset())));
        literal.setLength(0);
        literalStart = -1;
      }
      KtExpression inner = entry instanceof KtSimpleNameStringTemplateEntry simple ? simple.getExpression()
        : (entry instanceof KtBlockStringTemplateEntry block ? block.getExpression() : null);
      parts.add(inner == null ? new Expr.Opaque(Expr.Origin.OTHER, entry.getText(), lowering.range(entry)) : lowering.expression(inner));
    }
    if (literalStart >= 0) {
      parts.add(new Expr.Literal(literal.toString(), lowering.text().range(literalStart, entries[entries.length - 1].getTextRange().getEndOffset())));
    }
    return new Expr.Concat(parts, range);
  }

  /** {@code "...".trimIndent()}, {@code .trimMargin()}, {@code .trim()} of a literal template, or null. */
  @Nullable
  static Expr trimmed(KotlinLowering lowering, KtStringTemplateExpression template, String method) {
    if (!TRIMS.contains(method) || !(template(lowering, template) instanceof Expr.Literal literal)) {
      return null;
    }
    String value = switch (method) {
      case "trimIndent" -> literal.value().stripIndent().strip();
      case "trimMargin" -> trimMargin(literal.value());
      default -> literal.value().strip();
    };
    return new Expr.Literal(value, literal.range());
  }

  private static String trimMargin(String value) {
    StringBuilder out = new StringBuilder();
    for (String line : value.split("\n", -1)) {
      String stripped = line.stripLeading();
      out.append(out.length() == 0 ? "" : "\n").append(stripped.startsWith("|") ? stripped.substring(1) : line);
    }
    return out.toString().strip();
  }

  /**
   * The text a file was parsed from. {@code KtFile.getText()} builds it anew from every leaf of the tree, a walk of the
   * whole tree per call; the view provider holds it as the parser read it (the same characters).
   */
  static String fileText(org.jetbrains.kotlin.psi.KtFile file) {
    return file.getViewProvider().getContents().toString();
  }
}
