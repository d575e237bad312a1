//===- GeneratorUses.h - How a local generator is used after its loop -*- C++ -*-===//
//
// Answers, for a local generator G declared in a block: where is G used
// after its declaration (in which loop, resuming it or not, handed
// elsewhere or not), which loop iterated it, and which early exit of that
// loop leaves it suspended while something still runs before its scope
// ends. Aliases (`auto &&r = g;`) and iterators (`auto it = g.begin();`)
// count as G.
//
//===----------------------------------------------------------------------===//

#ifndef CORO_TIDY_LIB_GENERATORUSES_H
#define CORO_TIDY_LIB_GENERATORUSES_H

#include "lib/LoopExits.h"
#include "clang/AST/Decl.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include <optional>
#include <vector>

namespace coro_tidy {

/// One use of the generator in the rest of its block.
struct GeneratorUse {
  /// The reference, or a lambda that captures the generator.
  const clang::Expr *Ref;
  /// The outermost loop of the block around the use, if any.
  const clang::Stmt *Loop;
  /// The innermost loop around the use, if any.
  const clang::Stmt *Inner;
  /// The use resumes the generator: it is awaited, awaits one of its
  /// members, is the range of a range-for or sits in a loop header.
  bool Iterates;
  /// The generator goes somewhere else: not a member call, not awaited.
  bool Escapes;
  /// The use sits in the header of its innermost loop.
  bool InHeader = false;
};

/// The uses of generator \p Var, declared by child \p DeclIndex of \p Block,
/// in the rest of the block.
class GeneratorUses {
public:
  GeneratorUses(const clang::VarDecl &Var, const clang::CompoundStmt &Block,
                unsigned DeclIndex);

  std::vector<GeneratorUse> Uses;
  /// Where each outermost loop sits.
  llvm::DenseMap<const clang::Stmt *, StmtPath> LoopPaths;
  /// Where each label that is a child of a compound statement sits.
  llvm::DenseMap<const clang::Stmt *, StmtPath> LabelPaths;
  /// Every goto in the rest of the block.
  std::vector<const clang::GotoStmt *> Gotos;

  /// Some use hands the generator elsewhere (an address taken, a lambda
  /// capture, a reference passed or stored, a move): it may be resumed or
  /// freed later through another name.
  bool escapes() const;

private:
  class Walker;
};

/// A loop that leaves the generator suspended.
struct SuspendedExit {
  /// The outermost loop around the generator's last use, which iterates it.
  const clang::Stmt *Loop = nullptr;
  /// Where Loop sits in the generator's block.
  StmtPath LoopPath;
  /// The first early exit (break, goto) after which something counts.
  const clang::Stmt *Exit = nullptr;
  /// Something counts after an exit inside the statement of the block that
  /// holds Loop: ending the scope with that statement would not help.
  bool CountsInside = false;
};

/// The loop of \p Uses that iterates the generator and an early exit of it
/// after which, before \p Block ends, a suspension point runs (any statement
/// with \p AnyStatement). None when the generator escapes, is used after the
/// loop, is resumed again by a goto, or is drained by an inner loop.
std::optional<SuspendedExit> findSuspendedExit(const GeneratorUses &Uses,
                                               const clang::CompoundStmt &Block,
                                               const clang::SourceManager &SM,
                                               bool AnyStatement);

} // namespace coro_tidy

#endif // CORO_TIDY_LIB_GENERATORUSES_H
