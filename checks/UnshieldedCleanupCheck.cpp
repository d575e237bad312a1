//===- UnshieldedCleanupCheck.cpp - coro-unshielded-cleanup ---------------===//

#include "checks/UnshieldedCleanupCheck.h"
#include "checks/Registry.h"
#include "lib/AstHelpers.h"
#include "lib/CleanupRegions.h"
#include "lib/FixIts.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace coro_tidy {

/// The facts of one coroutine body, computed once.
struct UnshieldedCleanupCheck::Coroutine {
  Classification C;
  const FrameworkTable *Table = nullptr;
  ASTContext *Ctx = nullptr;
  /// The top-level statements of every cleanup region.
  llvm::SmallPtrSet<const Stmt *, 8> RegionStmts;
  /// Declarations handed to an async-cleanup function (co_scope_exit, ...).
  llvm::SmallPtrSet<const ValueDecl *, 4> CleanedUp;
  /// Awaits already reported.
  llvm::SmallPtrSet<const Expr *, 4> Reported;
  /// While rule 2 walks the body: for each block around the statement at
  /// hand, the statements ahead of the one that holds it.
  llvm::SmallVector<llvm::ArrayRef<Stmt *>, 8> Outer;
};

UnshieldedCleanupCheck::UnshieldedCleanupCheck(
    StringRef Name, tidy::ClangTidyContext *Context)
    : CoroCheck(Name, Context),
      ReleaseRegexText(
          Options.get(ReleaseRegexKey, DefaultReleaseRegex).str()),
      ReleaseRegex("^(" + ReleaseRegexText + ")$", llvm::Regex::IgnoreCase),
      Inserter(Options.getLocalOrGlobal(IncludeStyleKey,
                                        tidy::utils::IncludeSorter::IS_LLVM),
               areDiagsSelfContained()) {
  std::string Error;
  if (!ReleaseRegex.isValid(Error)) {
    configurationDiag("invalid regular expression in '%0.%1': %2; using the "
                      "default")
        << Name << ReleaseRegexKey << Error;
    ReleaseRegex = llvm::Regex(("^(" + DefaultReleaseRegex + ")$").str(),
                               llvm::Regex::IgnoreCase);
  }
}

void UnshieldedCleanupCheck::registerMatchers(MatchFinder *Finder) {
  // Everything is decided per coroutine body, from facts computed once.
  Finder->addMatcher(coroutineBodyStmt().bind("body"), this);
}

//===----------------------------------------------------------------------===//
// Small AST questions
//===----------------------------------------------------------------------===//

static const Expr *strip(const Expr *E) {
  while (E) {
    const Expr *Next = E->IgnoreImplicit()->IgnoreParens();
    if (Next == E)
      break;
    E = Next;
  }
  return E;
}

/// std::move(x) / std::forward<T>(x) -> x.
static const Expr *stripMove(const Expr *E) {
  E = strip(E);
  if (const auto *Call = dyn_cast_or_null<CallExpr>(E))
    if (const FunctionDecl *FD = Call->getDirectCallee())
      if (Call->getNumArgs() == 1 && FD->isInStdNamespace() &&
          FD->getIdentifier() &&
          (FD->getName() == "move" || FD->getName() == "forward"))
        return strip(Call->getArg(0));
  return E;
}

/// The variable, or the member of `this`, that \p E names.
static const ValueDecl *namedDecl(const Expr *E) {
  E = stripMove(E);
  if (const auto *Op = dyn_cast_or_null<UnaryOperator>(E))
    if (Op->getOpcode() == UO_AddrOf || Op->getOpcode() == UO_Deref)
      E = stripMove(Op->getSubExpr());
  if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E))
    return dyn_cast<VarDecl>(Ref->getDecl());
  if (const auto *Member = dyn_cast_or_null<MemberExpr>(E))
    if (isa<CXXThisExpr>(strip(Member->getBase())))
      return dyn_cast<FieldDecl>(Member->getMemberDecl());
  return nullptr;
}

/// Whether \p S mentions \p D (not inside lambdas); a field only as a
/// member of `this`, like namedDecl.
static bool mentions(const Stmt *S, const ValueDecl *D) {
  if (!S)
    return false;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
    return Ref->getDecl() == D;
  if (const auto *Member = dyn_cast<MemberExpr>(S))
    if (Member->getMemberDecl() == D &&
        isa<CXXThisExpr>(strip(Member->getBase())))
      return true;
  if (isa<LambdaExpr, BlockExpr>(S))
    return false;
  for (const Stmt *Child : S->children())
    if (mentions(Child, D))
      return true;
  return false;
}

/// The callee of \p Call (see calleeOf); in a template, where a call with
/// dependent arguments is not resolved, the customization-point object
/// called, or the function that name lookup found (when all its candidates
/// share one qualified name).
static const NamedDecl *calleeOrCandidate(const CallExpr &Call) {
  if (const NamedDecl *D = calleeOf(Call))
    return D;
  const Expr *Callee = Call.getCallee()->IgnoreParenImpCasts();
  // A customization-point object called with dependent arguments.
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Callee))
    return dyn_cast<VarDecl>(Ref->getDecl());
  const auto *Lookup = dyn_cast<UnresolvedLookupExpr>(Callee);
  if (!Lookup || Lookup->getNumDecls() == 0)
    return nullptr;
  const NamedDecl *First = (*Lookup->decls_begin())->getUnderlyingDecl();
  std::string Name = qualifiedName(First);
  for (const NamedDecl *D : Lookup->decls())
    if (qualifiedName(D->getUnderlyingDecl()) != Name)
      return nullptr;
  return First;
}

/// The declaration an await operand is about: the callee of a call, or the
/// variable awaited.
static const NamedDecl *operandDecl(const Expr *Operand) {
  if (const auto *Call = dyn_cast_or_null<CallExpr>(Operand))
    return calleeOrCandidate(*Call);
  if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(Operand))
    return Ref->getDecl();
  if (const auto *Member = dyn_cast_or_null<MemberExpr>(Operand))
    return Member->getMemberDecl();
  return nullptr;
}

static bool inNameList(const NamedDecl *D, llvm::ArrayRef<std::string> List) {
  if (!D || List.empty())
    return false;
  std::string Name = qualifiedName(D);
  for (const std::string &Entry : List)
    if (StringRef(Entry).ends_with("::") ? StringRef(Name).starts_with(Entry)
                                         : Name == Entry)
      return true;
  return false;
}

/// A token that can never be cancelled: default-constructed, `{}`, a
/// defaulted argument, or a local variable initialised so.
static bool isDefaultToken(const Expr *E) {
  E = strip(E);
  if (!E)
    return false;
  if (isa<CXXDefaultArgExpr>(E))
    return true;
  if (const auto *List = dyn_cast<InitListExpr>(E))
    return List->getNumInits() == 0;
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
    const CXXConstructorDecl *Ctor = Construct->getConstructor();
    if (Ctor && Ctor->isDefaultConstructor())
      return true;
    if (Ctor && Ctor->isCopyOrMoveConstructor() && Construct->getNumArgs() >= 1)
      return isDefaultToken(Construct->getArg(0));
    return false;
  }
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
      if (Var->hasLocalStorage() && !isa<ParmVarDecl>(Var) && Var->getInit())
        return isDefaultToken(Var->getInit());
  return false;
}

/// The arguments of \p Call that are cancellation tokens of type \p Token.
static llvm::SmallVector<const Expr *, 2> tokenArguments(const CallExpr &Call,
                                                         StringRef Token) {
  llvm::SmallVector<const Expr *, 2> Tokens;
  if (Token.empty())
    return Tokens;
  for (const Expr *Arg : Call.arguments()) {
    const CXXRecordDecl *RD =
        Arg->getType().getNonReferenceType()->getAsCXXRecordDecl();
    if (RD && qualifiedName(RD) == Token)
      Tokens.push_back(Arg);
  }
  return Tokens;
}

/// Whether the argument \p Arg of \p Call may be replaced by a temporary:
/// its parameter is known and not a non-const lvalue reference.
static bool takesTemporary(const CallExpr &Call, const Expr *Arg) {
  const FunctionDecl *FD = Call.getDirectCallee();
  if (!FD)
    return false;
  unsigned I = 0;
  while (I < Call.getNumArgs() && Call.getArg(I) != Arg)
    ++I;
  if (I == Call.getNumArgs())
    return false;
  // The object argument of a member operator is not a parameter.
  if (isa<CXXOperatorCallExpr>(Call) && isa<CXXMethodDecl>(FD)) {
    if (I == 0)
      return false;
    --I;
  }
  if (const auto *Method = dyn_cast<CXXMethodDecl>(FD))
    if (Method->isExplicitObjectMemberFunction() &&
        !isa<CXXOperatorCallExpr>(Call))
      ++I;
  if (I >= FD->getNumParams())
    return FD->isVariadic();
  QualType Param = FD->getParamDecl(I)->getType();
  return !(Param->isLValueReferenceType() &&
           !Param.getNonReferenceType().isConstQualified());
}

/// The first argument of a call, skipping the object of an operator() call
/// (unifex's and stdexec's customization-point objects).
static unsigned firstArgument(const CallExpr &Call) {
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Call))
    return Op->getOperator() == OO_Call ? 1 : 0;
  return 0;
}

/// An await of a shield function (see CoroModel::isShieldFunction).
struct ShieldCall {
  /// The shield's framework; Unknown for the user's coro.ShieldFunctions.
  Framework Fw = Framework::Unknown;
  /// Of the coroutine's shield style (Cobalt's this_coro shields are
  /// Boost.Asio's: any shield of the same style counts).
  bool SameStyle = false;
  /// A shield only when given `false` (throw_if_cancelled); without an
  /// argument it is a query.
  bool WhenFalse = false;
  /// The one argument after a customization-point object, if there is one.
  const Expr *Arg = nullptr;
};

/// Whether \p Call (which names \p Callee) awaits a shield; \p T is the
/// table of the coroutine's framework.
static std::optional<ShieldCall> shieldCall(const CoroModel &Model,
                                            const CallExpr &Call,
                                            const NamedDecl *Callee,
                                            const FrameworkTable &T) {
  ShieldCall Shield;
  if (!Model.isShieldFunction(Callee, &Shield.Fw))
    return std::nullopt;
  if (Shield.Fw == Framework::Unknown)
    return Shield;
  const FrameworkTable &Own = frameworkTable(Shield.Fw);
  Shield.SameStyle = Own.Shield == T.Shield;
  unsigned First = firstArgument(Call);
  if (Call.getNumArgs() == First + 1)
    Shield.Arg = Call.getArg(First);
  Shield.WhenFalse = inNameList(Callee, T.ShieldsWhenFalse) ||
                     inNameList(Callee, Own.ShieldsWhenFalse);
  return Shield;
}

/// The value of a bool argument, when it is known here.
static std::optional<bool> knownBool(const Expr *Arg, const ASTContext &Ctx) {
  bool Value = true;
  if (!Arg || Arg->isValueDependent() ||
      !Arg->EvaluateAsBooleanCondition(Value, Ctx))
    return std::nullopt;
  return Value;
}

//===----------------------------------------------------------------------===//
// The coroutine
//===----------------------------------------------------------------------===//

void UnshieldedCleanupCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Body = Result.Nodes.getNodeAs<CoroutineBodyStmt>("body");
  const SourceManager &SM = *Result.SourceManager;
  if (!Body || !Body->getBody() || !Body->getPromiseDecl() ||
      SM.isInSystemHeader(Body->getBeginLoc()))
    return;
  const auto *FD = dyn_cast<FunctionDecl>(Body->getPromiseDecl()->getDeclContext());
  if (!FD)
    return;

  Coroutine Co;
  Co.Ctx = Result.Context;

  // Lambdas handed to co_scope_exit & co. run without cancellation: remember
  // them before their own bodies are matched (they are inside this one), and
  // remember what they clean up.
  forEachAwait(*Body->getBody(), [&](const Expr &Await) {
    const auto *Call = dyn_cast_or_null<CallExpr>(awaitOperand(Await));
    if (!Call || !model().isAsyncCleanupFunction(calleeOrCandidate(*Call)))
      return;
    for (unsigned I = firstArgument(*Call); I < Call->getNumArgs(); ++I) {
      const Expr *Arg = stripMove(Call->getArg(I));
      if (const ValueDecl *D = namedDecl(Arg)) {
        Co.CleanedUp.insert(D);
        if (const auto *Var = dyn_cast<VarDecl>(D))
          if (Var->getInit())
            Arg = strip(Var->getInit());
      }
      if (const auto *Lambda = dyn_cast_or_null<LambdaExpr>(Arg)) {
        CleanupCallbacks.insert(Lambda->getCallOperator());
        for (const LambdaCapture &Capture : Lambda->captures())
          if (Capture.capturesVariable())
            if (const auto *Var = dyn_cast<VarDecl>(Capture.getCapturedVar()))
              Co.CleanedUp.insert(Var);
      }
    }
  });
  if (CleanupCallbacks.count(FD))
    return;

  Co.C = model().classifyCoroutine(FD);
  Co.Table = &frameworkTable(Co.C.Fw);

  std::vector<CleanupRegion> Regions =
      findCleanupRegions(*Body->getBody(), model());
  for (const CleanupRegion &Region : Regions) {
    Co.RegionStmts.insert(Region.Stmts.begin(), Region.Stmts.end());
    checkRegion(Co, Region);
  }
  checkReleases(Co, *Body->getBody(), /*Guarded=*/false);
}

//===----------------------------------------------------------------------===//
// Rules 1 and 3: the awaits of a cleanup region
//===----------------------------------------------------------------------===//

void UnshieldedCleanupCheck::checkRegion(Coroutine &Co,
                                         const CleanupRegion &Region) {
  const FrameworkTable &T = *Co.Table;
  if (T.Cancellation == CancellationModel::None)
    return;

  // The awaits of the region, in the order they run, with their statement.
  llvm::SmallVector<std::pair<const Expr *, const Stmt *>, 8> Awaits;
  for (const Stmt *S : Region.Stmts)
    if (S)
      forEachAwait(*S, [&](const Expr &Await) {
        // Broken code (recovery expressions) and system macros are not
        // judged.
        if (Await.containsErrors() ||
            isInSystemMacro(Await.getBeginLoc(), Co.Ctx->getSourceManager()))
          return;
        const auto *Call = dyn_cast_or_null<CallExpr>(awaitOperand(Await));
        if (!(Call && model().isAsyncCleanupFunction(calleeOrCandidate(*Call))))
          Awaits.push_back({&Await, S});
      });
  if (Awaits.empty())
    return;

  // Rule 3: a stopped coroutine is never resumed; nothing after the try runs.
  if (T.Cancellation == CancellationModel::NotResumed) {
    std::string Task = Co.C.Entry ? Co.C.Entry->ShortName : "task";
    diag(Region.Handler->getCatchLoc(),
         "a stopped '%0' is never resumed, so the cleanup after this 'catch' "
         "never runs on cancellation; register it with %1")
        << Task
        << (T.AsyncCleanupAdvice.empty() ? std::string("an RAII guard")
                                         : T.AsyncCleanupAdvice);
    return;
  }

  // Rule 1: each await fails at once after a cancellation unless shielded.
  bool RegionShielded = false;
  for (auto [Await, TopStmt] : Awaits) {
    const Expr *Operand = awaitOperand(*Await);
    const NamedDecl *D = operandDecl(Operand);
    const auto *Call = dyn_cast_or_null<CallExpr>(Operand);
    if (std::optional<ShieldCall> Shield =
            Call ? shieldCall(model(), *Call, D, T) : std::nullopt) {
      // The user's own shields (coro.ShieldFunctions) shield the operand and,
      // as statements, what follows.
      if (Shield->Fw == Framework::Unknown)
        RegionShielded = true;
      // A shield of another style is not judged.
      else if (!Shield->SameStyle)
        continue;
      // throw_if_cancelled(false) shields; () and (true) are queries. Other
      // reset-style shields shield what follows. co_withCancellation(
      // CancellationToken{}, op) shields op; with another token the user
      // chose the token: stay silent either way.
      else if (T.Shield == ShieldStyle::ResetStateStatement)
        RegionShielded |= !Shield->WhenFalse ||
                          knownBool(Shield->Arg, *Co.Ctx) == false;
      continue;
    }
    // Queries (this_coro::executor) never fail.
    if (RegionShielded || inNameList(D, T.CancellationFreeAwaits))
      continue;
    // A shield that lasts may run before the try (computed only now, for the
    // first await that would be reported).
    if (T.Shield == ShieldStyle::ResetStateStatement &&
        shieldedBefore(Co, Region))
      return;
    if (!Co.Reported.insert(Await).second)
      continue;

    switch (T.Shield) {
    case ShieldStyle::ResetStateStatement: {
      auto Diag = diag(Await->getBeginLoc(),
                       "cleanup 'co_await' runs after a cancellation, when "
                       "every await fails at once; shield it with '%0' "
                       "before it")
                  << T.ShieldFixText;
      for (const FixItHint &Hint :
           fixit::insertStatementBefore(*TopStmt, T.ShieldFixText, *Co.Ctx))
        Diag << Hint;
      // The inserted statement shields the rest of the region.
      return;
    }
    case ShieldStyle::WrapWithEmptyToken: {
      if (!Operand)
        continue;
      auto Diag = diag(Await->getBeginLoc(),
                       "cleanup 'co_await' runs after a cancellation, when "
                       "every await fails at once; shield it with '%0...)'")
                  << T.ShieldFixText;
      // A comma expression becomes one argument: `(a, b)` keeps its parens.
      bool Comma = false;
      if (const auto *Op = dyn_cast<BinaryOperator>(Operand))
        Comma = Op->isCommaOp();
      else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Operand))
        Comma = Op->getOperator() == OO_Comma;
      std::vector<FixItHint> Hints = fixit::wrapExpr(
          *Operand, Comma ? T.ShieldFixText + "(" : T.ShieldFixText,
          Comma ? "))" : ")", *Co.Ctx);
      for (const FixItHint &Hint : Hints)
        Diag << Hint;
      if (!Hints.empty() && !T.ShieldHeader.empty())
        Diag << Inserter.createIncludeInsertion(
            Co.Ctx->getSourceManager().getFileID(Await->getBeginLoc()),
            T.ShieldHeader);
      continue;
    }
    case ShieldStyle::DefaultTokenArgument: {
      if (!Call)
        continue;
      llvm::SmallVector<const Expr *, 2> Given;
      for (const Expr *Token : tokenArguments(*Call, T.CancellationTokenType))
        if (!isDefaultToken(Token))
          Given.push_back(Token);
      if (Given.empty())
        continue;
      auto Diag = diag(Await->getBeginLoc(),
                       "cleanup 'co_await' runs after a cancellation, with a "
                       "token that may be cancelled; shield it with '%0'")
                  << T.ShieldFixText;
      for (const Expr *Token : Given)
        if (takesTemporary(*Call, Token))
          for (const FixItHint &Hint :
               fixit::replaceExpr(*Token, T.ShieldFixText))
            Diag << Hint;
      continue;
    }
    case ShieldStyle::None:
    case ShieldStyle::UnstoppableSender:
      return;
    }
  }
}

/// Whether \p E has a class type named in \p Names, through its typedefs
/// (asio's disable_cancellation is a typedef of a cancellation_filter).
static bool hasTypeNamed(const Expr &E, llvm::ArrayRef<std::string> Names,
                         const ASTContext &Ctx) {
  if (Names.empty())
    return false;
  for (QualType T = strip(&E)->getType(); !T.isNull();) {
    const NamedDecl *D = nullptr;
    if (const auto *Typedef = dyn_cast<TypedefType>(T.getTypePtr()))
      D = Typedef->getDecl();
    else if (const auto *Record = dyn_cast<RecordType>(T.getTypePtr()))
      D = Record->getDecl();
    if (D && llvm::is_contained(Names, qualifiedName(D)))
      return true;
    QualType Next = T.getSingleStepDesugaredType(Ctx);
    if (Next == T)
      return false;
    T = Next;
  }
  return false;
}

bool UnshieldedCleanupCheck::shieldedBefore(Coroutine &Co,
                                            const CleanupRegion &Region) {
  const FrameworkTable &T = *Co.Table;
  // throw_if_cancelled(false) lasts until throw_if_cancelled(true);
  // reset_cancellation_state(disable_cancellation()) until the next reset.
  bool NoThrow = false, Disabled = false;
  auto Visit = [&](const Expr &Await) {
    const auto *Call = dyn_cast_or_null<CallExpr>(awaitOperand(Await));
    std::optional<ShieldCall> Shield =
        Call ? shieldCall(model(), *Call, calleeOrCandidate(*Call), T)
             : std::nullopt;
    if (!Shield || Shield->Fw == Framework::Unknown || !Shield->SameStyle)
      return;
    if (Shield->WhenFalse) {
      if (!Shield->Arg)
        return; // A query.
      // A value not known here may be false: do not warn.
      NoThrow = knownBool(Shield->Arg, *Co.Ctx) != true;
      return;
    }
    Disabled = Shield->Arg && hasTypeNamed(*Shield->Arg, T.DisablingFilters,
                                           *Co.Ctx);
  };
  for (llvm::ArrayRef<Stmt *> Stmts : Region.Before)
    for (const Stmt *S : Stmts)
      if (S)
        forEachAwait(*S, Visit);
  if (const Stmt *TryBlock = Region.Try->getTryBlock())
    forEachAwait(*TryBlock, Visit);
  return NoThrow || Disabled;
}

//===----------------------------------------------------------------------===//
// Rule 2: a release that an earlier throwing await skips
//===----------------------------------------------------------------------===//

static bool matchesNameOrWord(StringRef Name, const llvm::Regex &ReleaseRegex) {
  if (Name.empty())
    return false;
  if (ReleaseRegex.match(Name))
    return true;
  // Each word of the name: async_close, closeAsync, releaseConnection.
  size_t Start = 0;
  for (size_t I = 1; I <= Name.size(); ++I) {
    bool Boundary = I == Name.size() || Name[I] == '_' ||
                    (isUppercase(Name[I]) && isLowercase(Name[I - 1]));
    if (!Boundary)
      continue;
    StringRef Word = Name.slice(Start, I);
    if (!Word.empty() && ReleaseRegex.match(Word))
      return true;
    Start = I < Name.size() && Name[I] == '_' ? I + 1 : I;
  }
  return false;
}

bool UnshieldedCleanupCheck::isReleaseName(StringRef Name) {
  auto [It, Inserted] = ReleaseNames.try_emplace(Name, false);
  if (Inserted)
    It->second = matchesNameOrWord(Name, ReleaseRegex);
  return It->second;
}

/// The name of what a release-like call invokes, and the expression of the
/// resource it releases: the object of a member call, or the first argument.
static std::pair<std::string, const Expr *> releaseTarget(const Expr *Operand) {
  const auto *Call = dyn_cast_or_null<CallExpr>(Operand);
  if (!Call)
    return {};
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call)) {
    const CXXMethodDecl *Method = Member->getMethodDecl();
    if (!Method || !Method->getIdentifier())
      return {};
    return {Method->getName().str(), Member->getImplicitObjectArgument()};
  }
  const Expr *Callee = strip(Call->getCallee());
  if (const auto *Dep = dyn_cast_or_null<CXXDependentScopeMemberExpr>(Callee))
    return {Dep->getMember().getAsString(),
            Dep->isImplicitAccess() ? nullptr : Dep->getBase()};
  if (const auto *Unresolved = dyn_cast_or_null<UnresolvedMemberExpr>(Callee))
    return {Unresolved->getMemberName().getAsString(),
            Unresolved->isImplicitAccess() ? nullptr : Unresolved->getBase()};
  if (isa<CXXOperatorCallExpr>(Call))
    return {};
  std::string Name;
  if (const auto *Lookup = dyn_cast_or_null<UnresolvedLookupExpr>(Callee))
    Name = Lookup->getName().getAsString();
  else if (const FunctionDecl *FD = Call->getDirectCallee())
    Name = FD->getIdentifier() ? FD->getName().str() : "";
  if (Name.empty() || Call->getNumArgs() == 0)
    return {};
  return {Name, Call->getArg(0)};
}

/// The co_await a statement consists of: `co_await x;`, `(void)co_await x;`
/// or `auto r = co_await x;`.
static const Expr *statementAwait(const Stmt &S) {
  const Expr *E = nullptr;
  if (const auto *DS = dyn_cast<DeclStmt>(&S)) {
    if (DS->isSingleDecl())
      if (const auto *Var = dyn_cast<VarDecl>(DS->getSingleDecl()))
        E = Var->getInit();
  } else {
    E = dyn_cast<Expr>(&S);
  }
  E = strip(E);
  if (const auto *Cast = dyn_cast_or_null<CStyleCastExpr>(E))
    if (Cast->getType()->isVoidType())
      E = strip(Cast->getSubExpr());
  if (const auto *Await = dyn_cast_or_null<CoawaitExpr>(E))
    return Await->isImplicit() ? nullptr : Await;
  return dyn_cast_or_null<DependentCoawaitExpr>(E);
}

/// Whether \p S mentions \p D, inside lambdas too.
static bool mentionsAnywhere(const Stmt *S, const ValueDecl *D) {
  if (!S)
    return false;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
    return Ref->getDecl() == D;
  if (const auto *Member = dyn_cast<MemberExpr>(S))
    if (Member->getMemberDecl() == D)
      return true;
  for (const Stmt *Child : S->children())
    if (mentionsAnywhere(Child, D))
      return true;
  return false;
}

/// Whether \p S mentions \p D inside a lambda: a capture or the body.
static bool mentionsInLambda(const Stmt *S, const ValueDecl *D) {
  if (!S)
    return false;
  if (const auto *Lambda = dyn_cast<LambdaExpr>(S)) {
    for (const LambdaCapture &Capture : Lambda->captures())
      if (Capture.capturesVariable() && Capture.getCapturedVar() == D)
        return true;
    return mentionsAnywhere(Lambda->getBody(), D);
  }
  for (const Stmt *Child : S->children())
    if (mentionsInLambda(Child, D))
      return true;
  return false;
}

/// Whether the statement \p S declares a scope guard of \p Resource: a
/// variable with a destructor whose initializer holds a lambda that uses it.
static bool isGuardOf(const Stmt &S, const ValueDecl *Resource) {
  const auto *DS = dyn_cast<DeclStmt>(&S);
  if (!DS)
    return false;
  for (const Decl *D : DS->decls()) {
    const auto *Var = dyn_cast<VarDecl>(D);
    if (!Var || !Var->getInit() || Var->getType()->isReferenceType())
      continue;
    const CXXRecordDecl *RD = Var->getType()->getAsCXXRecordDecl();
    bool HasDestructor = Var->getType()->isDependentType() ||
                         (RD && RD->hasDefinition() &&
                          !RD->hasTrivialDestructor());
    if (HasDestructor && mentionsInLambda(Var->getInit(), Resource))
      return true;
  }
  return false;
}

void UnshieldedCleanupCheck::checkReleases(Coroutine &Co, const Stmt &S,
                                           bool Guarded) {
  if (isa<LambdaExpr, BlockExpr>(S))
    return;
  if (const auto *Try = dyn_cast<CXXTryStmt>(&S)) {
    // An enclosing try: the author handles the failure path.
    if (Try->getTryBlock())
      checkReleases(Co, *Try->getTryBlock(), /*Guarded=*/true);
    return;
  }
  if (const auto *Block = dyn_cast<CompoundStmt>(&S)) {
    llvm::ArrayRef<Stmt *> Body(Block->body_begin(), Block->body_end());
    for (size_t I = 0; I < Body.size(); ++I) {
      const Stmt *Child = Body[I];
      // Cleanup regions are rule 1's.
      if (!Child || Co.RegionStmts.count(Child))
        continue;
      if (!Guarded)
        checkRelease(Co, Body.take_front(I), *Child);
      Co.Outer.push_back(Body.take_front(I));
      checkReleases(Co, *Child, Guarded);
      Co.Outer.pop_back();
    }
    return;
  }
  for (const Stmt *Child : S.children())
    if (Child && !isa<Expr>(Child))
      checkReleases(Co, *Child, Guarded);
}

void UnshieldedCleanupCheck::checkRelease(Coroutine &Co,
                                          llvm::ArrayRef<Stmt *> Before,
                                          const Stmt &S) {
  const Expr *Await = statementAwait(S);
  if (!Await || Await->containsErrors() ||
      isInSystemMacro(Await->getBeginLoc(), Co.Ctx->getSourceManager()))
    return;
  auto [Name, Object] = releaseTarget(awaitOperand(*Await));
  if (!isReleaseName(Name))
    return;
  const ValueDecl *Resource = namedDecl(Object);
  if (!Resource || Co.CleanedUp.count(Resource))
    return;
  // Generators and tasks are not resources here: the async cleanup of a
  // generator is coro-unclosed-generator's.
  QualType Type = Resource->getType().getNonReferenceType();
  if (Type->isPointerType())
    Type = Type->getPointeeType();
  if (!model().classifyType(Type).isNone())
    return;

  bool UsedBefore = false;
  for (const Stmt *Earlier : Before)
    if (Earlier && !UsedBefore)
      forEachAwait(
          *Earlier,
          [&](const Expr &E) {
            if (!UsedBefore && mentions(awaitOperand(E), Resource))
              UsedBefore = true;
          },
          /*SkipTryBlocks=*/true);
  if (!UsedBefore)
    return;
  // A scope guard declared earlier (folly::makeGuard, SCOPE_EXIT,
  // absl::Cleanup...) already releases it on the failure path.
  for (llvm::ArrayRef<Stmt *> Stmts : Co.Outer)
    for (const Stmt *Earlier : Stmts)
      if (Earlier && isGuardOf(*Earlier, Resource))
        return;
  for (const Stmt *Earlier : Before)
    if (Earlier && isGuardOf(*Earlier, Resource))
      return;
  if (!Co.Reported.insert(Await).second)
    return;

  const FrameworkTable &T = *Co.Table;
  diag(Await->getBeginLoc(),
       "'%0' is skipped when an earlier 'co_await' on '%1' throws%select{| or "
       "is cancelled}2; release it with %3")
      << Name << Resource->getName()
      << (T.Cancellation != CancellationModel::None)
      << (T.AsyncCleanupAdvice.empty() ? std::string("an RAII guard")
                                       : T.AsyncCleanupAdvice);
}

CORO_TIDY_CHECK_FACTORY(UnshieldedCleanupCheck)

} // namespace coro_tidy
