package com.providercredentials.kotlin;

import com.intellij.psi.PsiElement;
import com.providercredentials.core.Expr;
import com.providercredentials.core.GradleDsl;
import com.providercredentials.core.SourceRange;
import com.providercredentials.core.SourceUnit;
import com.providercredentials.core.SymbolKey;
import java.util.List;
import java.util.Set;
import javax.annotation.Nullable;
import org.jetbrains.kotlin.lexer.KtTokens;
import org.jetbrains.kotlin.psi.KtArrayAccessExpression;
import org.jetbrains.kotlin.psi.KtBinaryExpression;
import org.jetbrains.kotlin.psi.KtBinaryExpressionWithTypeRHS;
import org.jetbrains.kotlin.psi.KtCallExpression;
import org.jetbrains.kotlin.psi.KtDotQualifiedExpression;
import org.jetbrains.kotlin.psi.KtExpression;
import org.jetbrains.kotlin.psi.KtFile;
import org.jetbrains.kotlin.psi.KtNameReferenceExpression;
import org.jetbrains.kotlin.psi.KtNamedFunction;
import org.jetbrains.kotlin.psi.KtParenthesizedExpression;
import org.jetbrains.kotlin.psi.KtPostfixExpression;
import org.jetbrains.kotlin.psi.KtProperty;
import org.jetbrains.kotlin.psi.KtQualifiedExpression;
import org.jetbrains.kotlin.psi.KtSafeQualifiedExpression;
import org.jetbrains.kotlin.psi.KtStringTemplateExpression;
import org.jetbrains.kotlin.psi.KtValueArgument;

/**
 * The Android Gradle DSL of {@code build.gradle.kts} as Kotlin's tree writes it: its arguments read here, what it
 * means said by {@link GradleDsl}, as for the Groovy DSL.
 */
final class KotlinGradleDsl {

  /** The calls that read a Gradle property or an entry of a loaded {@code Properties}, as in the Groovy DSL. */
  private static final Set<String> PROPERTY_READERS = Set.of("property", "findProperty", "getProperty", "gradleProperty");
  /** Receivers whose reads are Gradle properties only; any other ({@code props}, {@code localProperties}) is a loaded file. */
  private static final Set<String> PROPERTY_OWNERS = Set.of("project", "rootProject", "ext", "extra", "properties", "providers",
    "settings", "project.properties", "rootProject.properties", "project.extra", "rootProject.extra");
  /** Calls on a read that keep its value: {@code .toString()}, {@code .get()}, {@code .orNull}'s call forms. */
  private static final Set<String> KEEPING_CALLS = Set.of("toString", "get", "getOrNull", "orNull", "trim");

  private final SourceUnit unit;
  private final boolean script;
  private final KotlinLowering lowering;

  KotlinGradleDsl(SourceUnit unit, KotlinLowering lowering) {
    this.unit = unit;
    this.script = unit.file().endsWith(".gradle.kts");
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

  /**
   * {@code authToken.set("…")} in a build script, Gradle's lazy property API: the same as {@code authToken = "…"}. Whether
   * the call is one.
   */
  boolean propertySet(KtCallExpression call, String callee, List<KtValueArgument> arguments) {
    if (!script() || !"set".equals(callee) || arguments.size() != 1 || !(call.getParent() instanceof KtDotQualifiedExpression dot)
      || dot.getSelectorExpression() != call) {
      return false;
    }
    String property = KotlinLowering.written(dot.getReceiverExpression());
    if (property == null) {
      return false;
    }
    lowering.bind(List.of(), property.substring(property.lastIndexOf('.') + 1), arguments.get(0).getArgumentExpression(), null);
    return true;
  }

  /** The block a call opens in a build script ({@code sentry { … }}: its name), or null. */
  @Nullable
  String block(KtCallExpression call, String callee) {
    return script() && !call.getLambdaArguments().isEmpty() ? callee : null;
  }

  /** Whether the file is a build script ({@code build.gradle.kts}, {@code settings.gradle.kts}). */
  boolean script() {
    return script;
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
    if (value == null) {
      return null;
    }
    if (GradleDsl.readsEnvironment(value.getText())) {
      // an environment variable is opaque, yet the build output may say what it was (docs/adr/028)
      return lowering.expression(value);
    }
    if (!lowering.mayHaveValue(value, true)) {
      return null;
    }
    Expr expr = lowering.expression(value);
    return expr instanceof Expr.Opaque ? null : expr;
  }

  /**
   * A read of a Gradle property or of an entry of a loaded {@code Properties} in a Kotlin build script, as the Groovy
   * DSL's: {@code props["X"]}, {@code properties["X"]}, {@code project.findProperty("X")}, {@code property("X")},
   * {@code localProperties.getProperty("X")}, {@code providers.gradleProperty("X").get()}, with {@code as String},
   * {@code !!} or {@code .toString()} after it; else null.
   */
  @Nullable
  static Expr.Ref propertyRead(@Nullable KtExpression tree, SourceRange range) {
    KtExpression expr = unwrap(tree);
    String name = null;
    String receiver = null;
    if (expr instanceof KtArrayAccessExpression access && access.getIndexExpressions().size() == 1) {
      name = plainString(access.getIndexExpressions().get(0));
      receiver = KotlinLowering.written(access.getArrayExpression());
      if (receiver == null) {
        return null;
      }
    } else {
      KtCallExpression call = expr instanceof KtCallExpression c ? c
        : expr instanceof KtQualifiedExpression q && q.getSelectorExpression() instanceof KtCallExpression c ? c : null;
      if (call == null || !(call.getCalleeExpression() instanceof KtNameReferenceExpression callee)
        || !PROPERTY_READERS.contains(callee.getReferencedName()) || call.getValueArguments().size() != 1) {
        return null;
      }
      name = plainString(call.getValueArguments().get(0).getArgumentExpression());
      if (expr instanceof KtQualifiedExpression qualified) {
        receiver = KotlinLowering.written(qualified.getReceiverExpression());
        if (receiver == null) {
          return null;
        }
      }
    }
    if (name == null || name.isEmpty()) {
      return null;
    }
    List<String> keys = receiver == null || PROPERTY_OWNERS.contains(receiver)
      ? List.of(SymbolKey.gradleProperty(name))
      : List.of(SymbolKey.gradleProperty(name), SymbolKey.propertiesEntry(name));
    return new Expr.Ref(keys, name, range);
  }

  /** Whether {@link #propertyRead} reads a property in the tree. */
  static boolean isPropertyRead(@Nullable KtExpression tree) {
    return propertyRead(tree, SourceRange.of("", 1, 0, 1, 0)) != null;
  }

  /** The read inside {@code (…)}, {@code … as String}, {@code …!!}, {@code ….toString()}, {@code …?.get()}. */
  @Nullable
  private static KtExpression unwrap(@Nullable KtExpression tree) {
    KtExpression expr = tree;
    for (int depth = 0; expr != null && depth < 8; depth++) {
      if (expr instanceof KtParenthesizedExpression parenthesized) {
        expr = parenthesized.getExpression();
      } else if (expr instanceof KtBinaryExpressionWithTypeRHS cast) {
        expr = cast.getLeft();
      } else if (expr instanceof KtPostfixExpression postfix && postfix.getOperationToken() == KtTokens.EXCLEXCL) {
        expr = postfix.getBaseExpression();
      } else if ((expr instanceof KtDotQualifiedExpression || expr instanceof KtSafeQualifiedExpression)
        && ((KtQualifiedExpression) expr).getSelectorExpression() instanceof KtCallExpression call
        && call.getValueArguments().isEmpty() && call.getCalleeExpression() != null
        && KEEPING_CALLS.contains(call.getCalleeExpression().getText())) {
        expr = ((KtQualifiedExpression) expr).getReceiverExpression();
      } else {
        return expr;
      }
    }
    return expr;
  }

  @Nullable
  private static String plainString(@Nullable KtExpression expression) {
    KtExpression expr = expression instanceof KtParenthesizedExpression p ? p.getExpression() : expression;
    if (expr instanceof KtStringTemplateExpression template && !template.hasInterpolation() && template.getEntries().length == 1) {
      String text = template.getEntries()[0].getText();
      return text.indexOf('\\') < 0 ? text : null;
    }
    return null;
  }
}
