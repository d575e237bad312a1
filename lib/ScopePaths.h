//===- ScopePaths.h - Normal paths to the end of a variable's scope -*- C++ -*-===//
//
// Answers, from clang's CFG: "does every normal path from statement A to the
// end of variable V's scope pass a statement satisfying P?" A path ends the
// scope by a return, a co_return, a break, continue or goto out of it, or by
// falling off its end. Exception paths (a throw, a handler that only a
// throw reaches) are not normal paths and are not followed. When some path
// misses P, the answer says how that path leaves the scope, for the note.
//
//===----------------------------------------------------------------------===//

#ifndef CORO_TIDY_LIB_SCOPEPATHS_H
#define CORO_TIDY_LIB_SCOPEPATHS_H

#include "clang/AST/Decl.h"
#include "clang/AST/Stmt.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <memory>

namespace clang {
class ASTContext;
}

namespace coro_tidy {

class ScopePaths {
public:
  /// The paths of \p Body, the body of \p FD. The CFG is built on the first
  /// question.
  ScopePaths(const clang::Decl &FD, const clang::Stmt &Body,
             clang::ASTContext &Ctx);
  ~ScopePaths();

  /// How a path that misses P leaves V's scope.
  struct Miss {
    /// The return, co_return, break, continue or goto that leaves the
    /// scope; null when the path falls off the end of the scope.
    const clang::Stmt *Exit = nullptr;
    /// The block (or other statement) whose end is the end of V's scope.
    const clang::Stmt *Scope = nullptr;
  };

  enum class Answer {
    AllPass, ///< Every normal path passes P.
    Misses,  ///< Some path misses P: see the Miss.
    Unknown, ///< No CFG, or A is not in it: say nothing.
  };

  /// Whether every normal path from \p From (after it has run) to the end
  /// of \p Var's scope passes a statement for which \p Pred holds. \p Pred is
  /// asked of every statement and expression the CFG holds, in run order.
  /// With \p AllMisses, the search goes on after the first miss and lists
  /// every way out of the scope that some path reaches without P, once
  /// each (paths that meet before they leave are one way out).
  Answer everyPathPasses(const clang::Stmt &From, const clang::VarDecl &Var,
                         llvm::function_ref<bool(const clang::Stmt &)> Pred,
                         Miss *FirstMiss = nullptr,
                         llvm::SmallVectorImpl<Miss> *AllMisses = nullptr);

private:
  bool build();

  const clang::Decl &FD;
  const clang::Stmt &Body;
  clang::ASTContext &Ctx;
  bool Built = false;
  std::unique_ptr<clang::CFG> Graph;
  /// Where each statement of the CFG is: its block and element index.
  llvm::DenseMap<const clang::Stmt *, std::pair<const clang::CFGBlock *, unsigned>>
      Where;
};

} // namespace coro_tidy

#endif // CORO_TIDY_LIB_SCOPEPATHS_H
