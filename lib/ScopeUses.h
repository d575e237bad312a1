//===- ScopeUses.h - How a local structured scope is used ---------*- C++ -*-===//
//
// Answers "how is this local structured scope used in its block?": the calls
// that add work to it (its add members, a scope-spawn function given the
// scope or one of its tokens), whether it escapes (any other use: passed by
// reference or pointer, stored, moved, or added to from inside a lambda),
// whether its join is left to something that runs outside the block's paths
// (an async-cleanup registration that names it, a lambda that awaits or
// blocks on the join), and which statements join it: a co_await whose
// operand runs one of its joins, or a blocking wait given one. A join that
// is only created (`(void)scope.join();`) joins nothing. Where done work
// suffices (seastar::gate), a scope-spawn function whose future is awaited
// or kept (`co_await with_gate(g, f)`) leaves nothing to join.
//
//===----------------------------------------------------------------------===//

#ifndef CORO_TIDY_LIB_SCOPEUSES_H
#define CORO_TIDY_LIB_SCOPEUSES_H

#include "lib/CoroModel.h"
#include "lib/Frameworks.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include <string>
#include <vector>

namespace coro_tidy {

class ScopeUses {
public:
  /// The uses of \p Scope, a local of the scope type \p Entry declared in
  /// \p Block.
  ScopeUses(const clang::VarDecl &Scope, const ScopeEntry &Entry,
            const clang::CompoundStmt &Block, const CoroModel &Model);

  /// The calls that add work to the scope, in the order they are written
  /// (lambda bodies excluded: an add there is an escape).
  const std::vector<const clang::Stmt *> &adds() const { return Adds; }
  /// The first use that gives the scope's lifetime to someone else; null
  /// when it has none.
  const clang::Stmt *escape() const { return Escape; }
  /// The first join that runs outside the block's paths: a call of an
  /// async-cleanup function that names the scope (co_scope_exit,
  /// at_coroutine_exit), or a join awaited or blocked on inside a lambda (a
  /// scope guard, a coroutine lambda that co_invoke runs); null when there
  /// is none.
  const clang::Stmt *deferredJoin() const { return Deferred; }

  /// Whether running \p S joins the scope: S is a co_await whose operand
  /// runs a join of the scope (or names a local that holds one), or a
  /// blocking wait whose operands do.
  bool joins(const clang::Stmt &S) const;
  /// The statements of the block, lambdas excluded, that join the scope.
  std::vector<const clang::Stmt *> joinStatements() const;
  /// The join member that the block's first awaiting join calls; empty
  /// when no join is awaited.
  std::string awaitedJoin() const;

private:
  void visit(const clang::Stmt *S, bool InLambda);
  void addWork(const clang::Stmt &Call, bool InLambda);
  /// The member of the scope \p Call calls ("add"), or empty.
  std::string memberCalled(const clang::CallExpr &Call) const;
  /// The join \p S calls, when it is a call of one of the scope's joins or
  /// names a local that holds one; empty otherwise.
  std::string joinCalled(const clang::Stmt &S) const;
  bool isJoinCall(const clang::Stmt &S) const { return !joinCalled(S).empty(); }
  /// \p Arg of a scope-spawn function is the scope, a pointer to it, what
  /// one of its members returns (a token) or a local that holds that.
  bool refersToScope(const clang::Expr *Arg) const;

  const clang::VarDecl &Var;
  const ScopeEntry &Entry;
  const clang::CompoundStmt &Block;
  const CoroModel &Model;
  std::vector<const clang::Stmt *> Adds;
  const clang::Stmt *Escape = nullptr;
  const clang::Stmt *Deferred = nullptr;
  /// Locals initialised with a join of the scope (and the join's name), and
  /// with what another of its members returns (a token).
  llvm::DenseMap<const clang::VarDecl *, std::string> JoinLocals;
  llvm::SmallPtrSet<const clang::VarDecl *, 4> TokenLocals;
  /// Scope-spawn calls that are the operand of a co_await: the work they
  /// add is finished before the coroutine goes on (co_await with_gate(g, f)).
  llvm::SmallPtrSet<const clang::Stmt *, 4> AwaitedCalls;
};

} // namespace coro_tidy

#endif // CORO_TIDY_LIB_SCOPEUSES_H
