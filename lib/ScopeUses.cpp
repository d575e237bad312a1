//===- ScopeUses.cpp - How a local structured scope is used ---------------===//

#include "lib/ScopeUses.h"
#include "lib/ExprUtils.h"
#include "lib/RunOrder.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;

namespace coro_tidy {

ScopeUses::ScopeUses(const VarDecl &Scope, const ScopeEntry &Entry,
                     const CompoundStmt &Block, const CoroModel &Model)
    : Var(Scope), Entry(Entry), Block(Block), Model(Model) {
  visit(&Block, /*InLambda=*/false);
}

std::string ScopeUses::memberCalled(const CallExpr &Call) const {
  // A member call, also one a template leaves unresolved; not the first
  // argument of a free function.
  if (!isa<CXXMemberCallExpr>(Call) &&
      !isa<CXXDependentScopeMemberExpr, UnresolvedMemberExpr>(
          strip(Call.getCallee())))
    return "";
  CallTarget T = callTarget(&Call);
  return T.Resource == &Var ? T.Name : "";
}

std::string ScopeUses::joinCalled(const Stmt &S) const {
  if (const auto *Call = dyn_cast<CallExpr>(&S)) {
    std::string Name = memberCalled(*Call);
    return llvm::is_contained(Entry.JoinMethods, Name) ? Name : "";
  }
  if (const auto *Ref = dyn_cast<DeclRefExpr>(&S))
    if (const auto *Local = dyn_cast<VarDecl>(Ref->getDecl()))
      return JoinLocals.lookup(Local);
  return "";
}

bool ScopeUses::refersToScope(const Expr *Arg) const {
  if (namedDecl(Arg) == &Var)
    return true;
  const Expr *E = strip(Arg);
  // A token passed by value: the copy of a local.
  if (const auto *Copy = dyn_cast_or_null<CXXConstructExpr>(E);
      Copy && Copy->getNumArgs() == 1 && Copy->getConstructor() &&
      Copy->getConstructor()->isCopyOrMoveConstructor())
    E = strip(Copy->getArg(0));
  if (const auto *Call = dyn_cast_or_null<CallExpr>(E))
    return !memberCalled(*Call).empty();
  if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E))
    if (const auto *Local = dyn_cast<VarDecl>(Ref->getDecl()))
      return TokenLocals.contains(Local);
  return false;
}

void ScopeUses::addWork(const Stmt &Call, bool InLambda) {
  // Work added where the lambda runs, at a time we cannot see.
  if (InLambda) {
    if (!Escape)
      Escape = &Call;
    return;
  }
  if (!AwaitedCalls.contains(&Call))
    Adds.push_back(&Call);
}

void ScopeUses::visit(const Stmt *S, bool InLambda) {
  if (!S || isUnevaluated(*S))
    return;
  if (const auto *Lambda = dyn_cast<LambdaExpr>(S)) {
    // A capture by reference is no use of its own: what the body does
    // with the scope is.
    for (auto [Capture, Init] :
         llvm::zip(Lambda->captures(), Lambda->capture_inits()))
      if (!(Capture.capturesVariable() && Capture.getCapturedVar() == &Var &&
            Capture.getCaptureKind() == LCK_ByRef))
        visit(Init, InLambda);
    visit(Lambda->getBody(), /*InLambda=*/true);
    return;
  }
  if (const auto *Decls = dyn_cast<DeclStmt>(S)) {
    for (const Decl *D : Decls->decls()) {
      const auto *Local = dyn_cast<VarDecl>(D);
      if (!Local || !Local->getInit())
        continue;
      if (const auto *Call = dyn_cast<CallExpr>(strip(Local->getInit()))) {
        // auto f = with_gate(g, work); ... co_await std::move(f): the
        // work's own future is kept, and whoever holds it waits for it.
        if (const NamedDecl *Callee = calleeOrCandidate(*Call);
            Entry.DoneWorkSuffices && Callee &&
            Model.isScopeSpawnFunction(Callee) &&
            !Call->getType()->isVoidType())
          AwaitedCalls.insert(Call);
        std::string Name = memberCalled(*Call);
        if (llvm::is_contained(Entry.JoinMethods, Name))
          JoinLocals[Local] = Name;
        else if (!Name.empty() && !llvm::is_contained(Entry.AddMethods, Name))
          TokenLocals.insert(Local);
      }
      visit(Local->getInit(), InLambda);
    }
    return;
  }
  // Where done work suffices (a gate), an awaited scope-spawn function
  // gives the work's own result (co_await with_gate(g, f)): the work is
  // done when the await resumes. An awaited member (co_await
  // scope.co_schedule(t)) only adds the work.
  if (Entry.DoneWorkSuffices && isAwait(*S))
    if (const Expr *Operand = awaitOperand(*cast<Expr>(S)))
      if (const auto *Call = dyn_cast_or_null<CallExpr>(strip(Operand));
          Call && memberCalled(*Call).empty())
        AwaitedCalls.insert(Call);
  // A lambda that awaits the join (co_invoke([&]() -> Task<void> { ...
  // co_await scope.joinAsync(); })) joins where it runs.
  if (InLambda && joins(*S)) {
    if (!Deferred)
      Deferred = S;
    return;
  }
  if (const auto *Call = dyn_cast<CallExpr>(S)) {
    // scope.member(args): an add, a join, or a query (request_stop(),
    // close(), get_token() are neither).
    std::string Name = memberCalled(*Call);
    if (!Name.empty()) {
      if (llvm::is_contained(Entry.AddMethods, Name))
        addWork(*Call, InLambda);
      for (const Expr *Arg : Call->arguments())
        visit(Arg, InLambda);
      return;
    }
    const NamedDecl *Callee = calleeOrCandidate(*Call);
    // co_scope_exit(...) / at_coroutine_exit(...) that names the scope: its
    // join is registered to run when the coroutine ends.
    if (Callee && Model.isAsyncCleanupFunction(Callee) &&
        mentions(Call, &Var, InLambdas::Include)) {
      if (!Deferred)
        Deferred = Call;
      return;
    }
    // spawn_detached(sender, scope), spawn(sender, scope.get_token()).
    if (Callee && Model.isScopeSpawnFunction(Callee)) {
      bool Given = false;
      for (unsigned I = firstArgument(*Call); I < Call->getNumArgs(); ++I) {
        if (refersToScope(Call->getArg(I)))
          Given = true;
        else
          visit(Call->getArg(I), InLambda);
      }
      if (Given)
        addWork(*Call, InLambda);
      return;
    }
  }
  if (const auto *Ref = dyn_cast<DeclRefExpr>(S);
      Ref && Ref->getDecl() == &Var) {
    // Passed, stored, moved, its address taken: its lifetime is someone
    // else's.
    if (!Escape)
      Escape = Ref;
    return;
  }
  for (const Stmt *Child : S->children())
    visit(Child, InLambda);
}

bool ScopeUses::joins(const Stmt &S) const {
  auto IsJoin = [&](const Stmt &X) { return isJoinCall(X); };
  if (isAwait(S)) {
    const Expr *Operand = awaitOperand(cast<Expr>(S));
    return Operand && findRun(*Operand, IsJoin);
  }
  if (const auto *Call = dyn_cast<CallExpr>(&S))
    if (const NamedDecl *Callee = calleeOrCandidate(*Call);
        Callee && Model.blockingWait(Callee))
      return findRun(*Call, IsJoin) != nullptr;
  return false;
}

std::vector<const Stmt *> ScopeUses::joinStatements() const {
  std::vector<const Stmt *> Result;
  walkRunOrder(
      Block, [](const Stmt &) { return true; },
      [&](const Stmt &S) {
        if (joins(S))
          Result.push_back(&S);
      });
  return Result;
}

std::string ScopeUses::awaitedJoin() const {
  auto IsJoin = [&](const Stmt &X) { return isJoinCall(X); };
  for (const Stmt *S : joinStatements()) {
    if (!isAwait(*S))
      continue;
    const Expr *Operand = awaitOperand(cast<Expr>(*S));
    if (const Stmt *Join = Operand ? findRun(*Operand, IsJoin) : nullptr)
      return joinCalled(*Join);
  }
  return "";
}

} // namespace coro_tidy
