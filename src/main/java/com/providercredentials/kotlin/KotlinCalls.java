package com.providercredentials.kotlin;

import com.intellij.psi.util.PsiTreeUtil;
import com.providercredentials.core.Call;
import com.providercredentials.lowering.Lowering.Owner;
import com.providercredentials.lowering.Scopes;
import java.util.List;
import javax.annotation.Nullable;
import org.jetbrains.kotlin.psi.KtCallExpression;
import org.jetbrains.kotlin.psi.KtClassOrObject;
import org.jetbrains.kotlin.psi.KtConstructorDelegationCall;
import org.jetbrains.kotlin.psi.KtElement;
import org.jetbrains.kotlin.psi.KtExpression;
import org.jetbrains.kotlin.psi.KtQualifiedExpression;
import org.jetbrains.kotlin.psi.KtSuperTypeCallEntry;
import org.jetbrains.kotlin.psi.KtSuperTypeEntry;
import org.jetbrains.kotlin.psi.KtSuperTypeListEntry;
import org.jetbrains.kotlin.psi.KtTypeReference;
import org.jetbrains.kotlin.psi.KtUserType;
import org.jetbrains.kotlin.psi.KtValueArgument;

/**
 * The calls of one Kotlin file, as {@link KotlinFileVisitor} meets them: which type each is made on (resolved through the
 * file's imports, or the root of a chain of calls as written), recorded through the shared lowering.
 */
final class KotlinCalls {

  /** How far back a chain of calls is followed to the type it starts from. */
  private static final int MAX_CHAIN = 64;

  private final KotlinLowering lowering;
  private final Scopes scopes;

  KotlinCalls(KotlinLowering lowering, Scopes scopes) {
    this.lowering = lowering;
    this.scopes = scopes;
  }

  /** {@code class EchoBot : TelegramLongPollingBot(token)}: a call of the supertype's constructor, as written. */
  void recordSuperTypeCall(KtSuperTypeCallEntry call) {
    if (call.getValueArgumentList() != null) {
      recordConstructorOf(call.getCalleeExpression().getTypeReference(), call.getValueArgumentList().getArguments(), call.getCalleeExpression());
    }
  }

  /**
   * {@code constructor() : super(token)} in a class whose supertypes are listed without a call
   * ({@code class EchoBot : TelegramLongPollingBot}): a call of the superclass' constructor. Which entry is the class is
   * not written; each is tried as the owner (an interface owns no constructor of the specs).
   */
  void recordDelegationCall(KtConstructorDelegationCall call) {
    KtClassOrObject type = call.isCallToThis() || call.getValueArgumentList() == null ? null
      : PsiTreeUtil.getParentOfType(call, KtClassOrObject.class);
    if (type == null) {
      return;
    }
    for (KtSuperTypeListEntry entry : type.getSuperTypeListEntries()) {
      if (entry instanceof KtSuperTypeEntry) {
        recordConstructorOf(entry.getTypeReference(), call.getValueArgumentList().getArguments(), call.getCalleeExpression());
      }
    }
  }

  /** A call of the constructor of a type as written ({@code TelegramLongPollingBot}), placed at {@code callee}. */
  private void recordConstructorOf(@Nullable KtTypeReference type, List<KtValueArgument> arguments, KtElement callee) {
    String written = type != null && type.getTypeElement() instanceof KtUserType user ? userType(user) : null;
    if (written != null) {
      lowering.recordCall(Call.CONSTRUCTOR, arguments, KtValueArgument::getArgumentExpression, KotlinCalls::argumentName,
        () -> new Owner(scopes.importedType(written), written), () -> lowering.range(callee));
    }
  }

  /** {@code a.b.C} of a user type as written, without its type arguments; null past {@link #MAX_CHAIN} parts. */
  @Nullable
  private static String userType(KtUserType type) {
    String name = type.getReferencedName();
    KtUserType qualifier = type.getQualifier();
    for (int depth = 0; qualifier != null && name != null; depth++) {
      if (depth == MAX_CHAIN) {
        return null;
      }
      name = qualifier.getReferencedName() + "." + name;
      qualifier = qualifier.getQualifier();
    }
    return name;
  }

  /**
   * A call: {@code Twilio.init(...)}, {@code Credentials.basic(...)}, or a constructor
   * ({@code BasicAWSCredentials(...)}, {@code TwilioRestClient.Builder(...)}), with named arguments kept by name.
   */
  void recordCall(KtCallExpression call, String callee, List<KtValueArgument> arguments) {
    boolean constructor = Character.isUpperCase(callee.charAt(0));
    lowering.recordCall(constructor ? Call.CONSTRUCTOR : callee, arguments, KtValueArgument::getArgumentExpression,
      KotlinCalls::argumentName,
      () -> owner(call, callee, constructor), () -> lowering.range(call.getCalleeExpression()));
  }

  private Owner owner(KtCallExpression call, String callee, boolean constructor) {
    String receiver = null;
    if (call.getParent() instanceof KtQualifiedExpression qualified && qualified.getSelectorExpression() == call) {
      KtExpression written = lowering.skipParentheses(qualified.getReceiverExpression());
      if (!constructor && (written instanceof KtQualifiedExpression || written instanceof KtCallExpression)) {
        String root = chainRoot(written);
        if (root != null) {
          // the root's type as imported, when the file says which one it is (com.google.genai.Client, not any Client)
          String imported = scopes.importedType(root);
          return new Owner(imported == null ? null : Call.chainedFrom(imported), Call.chainedFrom(root));
        }
      }
      receiver = typeLike(written);
    }
    String ownerName = constructor ? (receiver == null ? callee : receiver + "." + callee) : receiver;
    if (ownerName != null) {
      return new Owner(scopes.importedType(ownerName), ownerName);
    }
    // an imported function: the type or package that declares it
    String imported = scopes.imported(callee);
    return new Owner(imported == null || imported.lastIndexOf('.') < 0 ? imported : imported.substring(0, imported.lastIndexOf('.')), null);
  }

  /**
   * The type a chain of calls starts from, as written: {@code VonageClient} for {@code VonageClient.builder().apiKey(k)},
   * {@code Braintree} for {@code Braintree.Builder().key(k)}; or null (not a chain of calls, or not from a type).
   */
  @Nullable
  private String chainRoot(KtExpression receiver) {
    KtExpression expression = receiver;
    boolean called = false;
    for (int depth = 0; depth < MAX_CHAIN && expression instanceof KtQualifiedExpression qualified
      && qualified.getSelectorExpression() instanceof KtCallExpression; depth++) {
      called = true;
      expression = lowering.skipParentheses(qualified.getReceiverExpression());
    }
    if (expression instanceof KtCallExpression created && created.getCalleeExpression() != null) {
      String callee = created.getCalleeExpression().getText();
      return !callee.isEmpty() && Character.isUpperCase(callee.charAt(0)) ? callee : null;
    }
    return called ? typeLike(expression) : null;
  }

  @Nullable
  private String typeLike(@Nullable KtExpression receiver) {
    String written = KotlinLowering.written(lowering.skipParentheses(receiver));
    return Scopes.isTypeLike(written) ? written : null;
  }

  /** A named argument's name ({@code apiKey = …}); null for a positional one. */
  @Nullable
  private static String argumentName(KtValueArgument argument) {
    return argument.getArgumentName() == null ? null : argument.getArgumentName().getAsName().asString();
  }
}
