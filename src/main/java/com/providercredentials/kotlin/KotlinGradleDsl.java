package com.providercredentials.kotlin;

import com.intellij.psi.PsiElement;
import com.providercredentials.core.Expr;
import com.providercredentials.core.GradleDsl;
import com.providercredentials.core.SourceUnit;
import java.util.List;
import javax.annotation.Nullable;
import org.jetbrains.kotlin.psi.KtArrayAccessExpression;
import org.jetbrains.kotlin.psi.KtBinaryExpression;
import org.jetbrains.kotlin.psi.KtExpression;
import org.jetbrains.kotlin.psi.KtFile;
import org.jetbrains.kotlin.psi.KtNamedFunction;
import org.jetbrains.kotlin.psi.KtProperty;
import org.jetbrains.kotlin.psi.KtValueArgument;

/**
 * The Android Gradle DSL of {@code build.gradle.kts} as Kotlin's tree writes it: its arguments read here, what it
 * means said by {@link GradleDsl}, as for the Groovy DSL.
 */
final class KotlinGradleDsl {

  private final SourceUnit unit;
  private final KotlinLowering lowering;

  KotlinGradleDsl(SourceUnit unit, KotlinLowering lowering) {
    this.unit = unit;
    this.lowering = lowering;
  }

  /** {@code buildConfigField(..)} and {@code resValue(..)}: whether the call is one of them (read, or not worth it). */
  boolean call(String callee, List<KtValueArgument> arguments) {
    switch (callee) {
      case "buildConfigField" -> buildConfigField(arguments);
      case "resValue" -> resValue(arguments);
      default -> {
        return false;
      }
    }
    return true;
  }

  /** {@code manifestPlaceholders["key"] = "value"}: whether the assignment is one. */
  boolean placeholderAssignment(@Nullable KtExpression left, KtExpression right) {
    if (left instanceof KtArrayAccessExpression access && "manifestPlaceholders".equals(KotlinLowering.written(access.getArrayExpression()))
      && access.getIndexExpressions().size() == 1) {
      String key = lowering.constant(access.getIndexExpressions().get(0));
      if (key != null) {
        placeholder(key, right);
      }
      return true;
    }
    return false;
  }

  /** {@code manifestPlaceholders += mapOf("key" to "value")}: whether the pair is an entry of such a map. */
  boolean placeholderEntry(KtBinaryExpression pair, String key, KtExpression value) {
    if (isManifestPlaceholdersMap(pair)) {
      placeholder(key, value);
      return true;
    }
    return false;
  }

  /** {@code buildConfigField("String", "NAME", "\"value\"")} in build.gradle.kts. */
  private void buildConfigField(List<KtValueArgument> arguments) {
    if (arguments.size() != 3) {
      return;
    }
    String name = lowering.constant(arguments.get(1).getArgumentExpression());
    if (name != null && GradleDsl.buildConfigField(unit, name, lowering.expression(arguments.get(2).getArgumentExpression()))) {
      lowering.take(arguments.get(0).getArgumentExpression());
    }
  }

  /** {@code resValue("string", "name", "value")} in build.gradle.kts. */
  private void resValue(List<KtValueArgument> arguments) {
    if (arguments.size() != 3) {
      return;
    }
    String type = lowering.constant(arguments.get(0).getArgumentExpression());
    String name = lowering.constant(arguments.get(1).getArgumentExpression());
    KtExpression value = arguments.get(2).getArgumentExpression();
    if (type != null && name != null && GradleDsl.resValue(unit, type, name, value(value))) {
      lowering.takeValue(value);
    }
  }

  private void placeholder(String key, KtExpression value) {
    if (GradleDsl.manifestPlaceholder(unit, key, value(value))) {
      lowering.takeValue(value);
    }
  }

  private static boolean isManifestPlaceholdersMap(KtBinaryExpression pair) {
    for (PsiElement parent = pair.getParent(); parent != null && !(parent instanceof KtFile); parent = parent.getParent()) {
      if (parent instanceof KtBinaryExpression assignment && assignment.getLeft() != null
        && "manifestPlaceholders".equals(assignment.getLeft().getText())) {
        return true;
      }
      if (parent instanceof KtProperty || parent instanceof KtNamedFunction) {
        return false;
      }
    }
    return false;
  }

  /**
   * The value of an argument of the Gradle DSL, or null when it cannot hold one: an opaque value, or a tree that
   * {@link KotlinLowering#mayHaveValue} rules out before it is built.
   */
  @Nullable
  private Expr value(@Nullable KtExpression value) {
    if (value == null || !lowering.mayHaveValue(value, true)) {
      return null;
    }
    Expr expr = lowering.expression(value);
    return expr instanceof Expr.Opaque ? null : expr;
  }
}
