//===- Shields.cpp - Which cleanup awaits a cancellation makes fail -------===//

#include "lib/Shields.h"
#include "lib/AstHelpers.h"
#include "lib/CoroModel.h"
#include "lib/ExprUtils.h"
#include "lib/RunOrder.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace coro_tidy {

std::optional<ShieldCall> shieldCall(const CoroModel &Model, const CallExpr &Call,
                                     const FrameworkTable &Coroutine) {
  const NamedDecl *Callee = calleeOrCandidate(Call);
  ShieldCall Shield;
  if (!Model.isShieldFunction(Callee, &Shield.Fw))
    return std::nullopt;
  for (unsigned I = firstArgument(Call); I < Call.getNumArgs(); ++I)
    if (!isa<CXXDefaultArgExpr>(Call.getArg(I)))
      Shield.Args.push_back(Call.getArg(I));
  if (Shield.Fw == Framework::Unknown)
    return Shield;
  const FrameworkTable &Own = frameworkTable(Shield.Fw);
  Shield.SameStyle = Own.Shield == Coroutine.Shield;
  Shield.WhenFalse = matchesNameList(Callee, Coroutine.ShieldsWhenFalse) ||
                     matchesNameList(Callee, Own.ShieldsWhenFalse);
  return Shield;
}

std::optional<bool> knownBool(const Expr *Arg, const ASTContext &Ctx) {
  bool Value = true;
  if (!Arg || Arg->isValueDependent() ||
      !Arg->EvaluateAsBooleanCondition(Value, Ctx))
    return std::nullopt;
  return Value;
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

/// The coroutine's own cancellation token: `co_await
/// co_current_cancellation_token`, or a local initialised with it.
static bool isOwnToken(const Expr *E, const CoroModel &Model,
                       const FrameworkTable &T) {
  // Through copies: `auto own = co_await co_current_cancellation_token;`.
  auto Copied = [](const Expr *X) {
    X = strip(X);
    if (const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(X))
      if (Construct->getNumArgs() == 1 && Construct->getConstructor() &&
          Construct->getConstructor()->isCopyOrMoveConstructor())
        X = strip(Construct->getArg(0));
    return X;
  };
  E = Copied(E);
  if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E))
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
      if (Var->hasLocalStorage() && !isa<ParmVarDecl>(Var) && Var->getInit())
        E = Copied(Var->getInit());
  if (!E || !isAwait(*E) || T.CurrentTokenAwaits.empty())
    return false;
  return matchesNameList(operandDecl(awaitOperand(*E)), T.CurrentTokenAwaits);
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

std::vector<std::pair<const Expr *, const Stmt *>>
regionAwaits(const CleanupRegion &Region, const CoroModel &Model,
             const SourceManager &SM) {
  std::vector<std::pair<const Expr *, const Stmt *>> Awaits;
  for (const Stmt *S : Region.Stmts)
    if (S)
      forEachAwait(*S, [&](const Expr &Await) {
        if (Await.containsErrors() || isInSystemMacro(Await.getBeginLoc(), SM))
          return;
        const auto *Call = dyn_cast_or_null<CallExpr>(awaitOperand(Await));
        if (!(Call && Model.isAsyncCleanupFunction(calleeOrCandidate(*Call))))
          Awaits.push_back({&Await, S});
      });
  return Awaits;
}

/// Whether a shield that lasts (throw_if_cancelled(false), a reset that
/// disables cancellation) is in force when \p Region starts. A value not
/// known here may be false: it counts as a shield.
static bool shieldedBefore(const CleanupRegion &Region, const CoroModel &Model,
                           const FrameworkTable &T, const ASTContext &Ctx) {
  bool NoThrow = false, Disabled = false;
  auto Visit = [&](const Expr &Await) {
    const auto *Call = dyn_cast_or_null<CallExpr>(awaitOperand(Await));
    std::optional<ShieldCall> Shield =
        Call ? shieldCall(Model, *Call, T) : std::nullopt;
    if (!Shield || Shield->Fw == Framework::Unknown || !Shield->SameStyle)
      return;
    const Expr *Arg = Shield->Args.empty() ? nullptr : Shield->Args.front();
    if (Shield->WhenFalse) {
      if (Arg) // Without an argument it is a query.
        NoThrow = knownBool(Arg, Ctx) != true;
      return;
    }
    Disabled = Arg && hasTypeNamed(*Arg, T.DisablingFilters, Ctx);
  };
  for (llvm::ArrayRef<Stmt *> Stmts : Region.Before)
    for (const Stmt *S : Stmts)
      if (S)
        forEachAwait(*S, Visit);
  if (const Stmt *TryBlock = Region.Try->getTryBlock())
    forEachAwait(*TryBlock, Visit);
  return NoThrow || Disabled;
}

std::vector<ExposedAwait> exposedAwaits(const CleanupRegion &Region,
                                        const CoroModel &Model,
                                        const FrameworkTable &T,
                                        const ASTContext &Ctx) {
  std::vector<ExposedAwait> Exposed;
  bool Shielded = false;
  bool LookedBefore = false;
  for (auto [Await, TopStmt] :
       regionAwaits(Region, Model, Ctx.getSourceManager())) {
    const Expr *Operand = awaitOperand(*Await);
    const auto *Call = dyn_cast_or_null<CallExpr>(Operand);
    ExposedAwait E{Await, TopStmt, Operand, {}, nullptr};
    if (std::optional<ShieldCall> Shield =
            Call ? shieldCall(Model, *Call, T) : std::nullopt) {
      // The user's own shields shield the operand and, as statements, what
      // follows. A shield of another style is not judged.
      if (Shield->Fw == Framework::Unknown) {
        Shielded = true;
        continue;
      }
      if (!Shield->SameStyle)
        continue;
      if (T.Shield == ShieldStyle::ResetStateStatement) {
        // throw_if_cancelled(false) shields, and so does an argument whose
        // value is unknown; () and (true) are queries. Resets shield what
        // follows.
        const Expr *Arg = Shield->Args.empty() ? nullptr : Shield->Args.front();
        Shielded |= !Shield->WhenFalse || (Arg && knownBool(Arg, Ctx) != true);
        continue;
      }
      // co_withCancellation(token, op): the token decides. Only the
      // coroutine's own token leaves op exposed; any other was chosen.
      if (T.Shield != ShieldStyle::WrapWithEmptyToken || Shield->Args.empty() ||
          !isOwnToken(Shield->Args.front(), Model, T))
        continue;
      E.OwnToken = Shield->Args.front();
    }
    // Queries (this_coro::executor) never fail.
    if (Shielded || matchesNameList(operandDecl(Operand), T.CancellationFreeAwaits))
      continue;
    if (T.Shield == ShieldStyle::DefaultTokenArgument) {
      if (!Call)
        continue;
      for (const Expr *Token : tokenArguments(*Call, T.CancellationTokenType))
        if (!isDefaultToken(Token))
          E.Tokens.push_back(Token);
      if (E.Tokens.empty())
        continue;
    }
    // A shield that lasts may run before the try (computed only now, for the
    // first await that would be reported).
    if (!LookedBefore) {
      LookedBefore = true;
      if (T.Shield == ShieldStyle::ResetStateStatement &&
          shieldedBefore(Region, Model, T, Ctx))
        return {};
    }
    Exposed.push_back(std::move(E));
  }
  return Exposed;
}

} // namespace coro_tidy
