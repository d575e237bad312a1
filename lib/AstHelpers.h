//===- AstHelpers.h - AST questions shared by the coro-* checks ---*- C++ -*-===//

#ifndef CORO_TIDY_LIB_ASTHELPERS_H
#define CORO_TIDY_LIB_ASTHELPERS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Stmt.h"
#include <vector>

namespace coro_tidy {

/// Whether \p FD's body is a coroutine body.
bool isCoroutine(const clang::FunctionDecl *FD);

/// Whether \p D belongs to a template instantiation: it is one, or it is
/// inside one (a lambda or a local class of an instantiated function, a
/// member of an instantiated class). A fix made there would edit the
/// template for every instantiation.
bool isInInstantiation(const clang::Decl *D);

/// Where a statement sits inside its function.
struct StmtContext {
  /// The innermost function, lambda call operator or block around it.
  const clang::FunctionDecl *Function = nullptr;
  /// It is inside a catch handler of that function (where co_await is
  /// ill-formed).
  bool InCatchHandler = false;
  /// It is inside an unevaluated operand (sizeof, noexcept, requires,
  /// __builtin_constant_p): it never runs.
  bool Unevaluated = false;
  /// It belongs to an instantiation of the template Function is the
  /// pattern of: the walk found its place in the pattern, not the node.
  bool FromInstantiation = false;
};

/// Finds the function around a statement by source position. clang's parent
/// map would serve too, but it is built for the whole translation unit
/// (every system header) on first use, which costs more than all the checks
/// together. Instead, the function definitions outside system headers are
/// indexed once per translation unit and found by binary search; the walk
/// then goes down that one function body (into lambdas, local classes and
/// catch handlers) along the path to the statement.
class FunctionLocator {
public:
  StmtContext contextOf(const clang::Stmt &S, const clang::ASTContext &Ctx);

  /// A range as offsets in one file, after macro expansion.
  struct FileRange {
    clang::FileID File;
    unsigned Begin = 0, End = 0;
    bool contains(const FileRange &Inner) const {
      return File == Inner.File && Begin <= Inner.Begin && Inner.End <= End;
    }
  };

private:
  void index(const clang::DeclContext &DC, const clang::SourceManager &SM,
             unsigned Depth);

  const clang::ASTContext *Indexed = nullptr;
  /// Function definitions, and variables whose initializer may hold a
  /// lambda, sorted by position; they never overlap.
  std::vector<std::pair<FileRange, const clang::Decl *>> Functions;
};

/// Whether a diagnostic at \p Loc must stay silent: the location comes from a
/// macro defined in a system header.
bool isInSystemMacro(clang::SourceLocation Loc, const clang::SourceManager &SM);

/// The declaration a call goes through: the function called, or, for a call
/// of a function object such as unifex's and stdexec's customization-point
/// objects, the object's variable. Null for indirect calls.
const clang::NamedDecl *calleeOf(const clang::CallExpr &Call);

/// Where a statement starts. Use it for calls: `CallExpr::getBeginLoc()`
/// called through a CallExpr gives the callee's location for an
/// `operator()` call; the Stmt version dispatches to the real node.
inline clang::SourceLocation startOf(const clang::Stmt &S) {
  return S.getBeginLoc();
}

/// The name to show for what a call invokes: "flush", "start_detached",
/// "lambda", "run(...)" for a runner object's call run(ex)(task). Empty for
/// indirect calls.
std::string calleeName(const clang::CallExpr &Call);

/// The coroutine a spawn call runs: the function called by one of its
/// arguments (`co_spawn(ex, session(s), detached)`), a lambda argument's
/// call operator, or the coroutine that a non-coroutine lambda returns
/// (`[self] { return self->reader(); }`); null when none is visible.
const clang::FunctionDecl *spawnedCoroutine(const clang::CallExpr &Spawn);

/// Whether the body of the coroutine \p FD is one try statement with a
/// handler that catches everything (`catch (...)` or
/// `catch (const std::exception &)`): its errors stay inside it.
bool handlesOwnErrors(const clang::FunctionDecl &FD);

} // namespace coro_tidy

#endif // CORO_TIDY_LIB_ASTHELPERS_H
