//===- CancellationHandlers.h - Handlers that swallow a cancellation -*- C++ -*-===//
//
// Answers: which catch handlers inside a loop catch a coroutine's
// cancellation exception and let the loop go on? In folly, cppcoro,
// Boost.Asio, asio and Cobalt a cancellation is an exception, and once a
// coroutine is cancelled every later await fails at once: a handler that
// swallows the exception turns the loop into one that spins.
//
// The question comes in the parts the rules of coro-swallowed-cancellation
// ask, in their order: the try statements inside loops (triesInLoops) and
// whether their blocks can be cancelled (canBeCancelled); the first handler
// that can catch the cancellation (firstCancellationHandler); whether it
// leaves the loop (loopExit); whether it or a loop condition tests for the
// cancellation (testsCancellation).
//
//===----------------------------------------------------------------------===//

#ifndef CORO_TIDY_LIB_CANCELLATIONHANDLERS_H
#define CORO_TIDY_LIB_CANCELLATIONHANDLERS_H

#include "lib/Frameworks.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include <string>
#include <vector>

namespace coro_tidy {

class CoroModel;

/// A try statement inside a loop of a function. Lambdas are functions of
/// their own: a loop around a lambda does not hold the lambda's statements.
struct TryInLoop {
  const clang::CXXTryStmt *Try = nullptr;
  /// The loops around Try, outermost first; never empty. "The loop" of the
  /// rules is the outermost one: when a handler leaves only an inner loop,
  /// the outer one goes on and comes back to the try.
  llvm::SmallVector<const clang::Stmt *, 2> Loops;
  /// The innermost loop or switch around Try: what a `break` in a handler
  /// leaves.
  const clang::Stmt *BreakTarget = nullptr;
  /// What runs before Try, as CleanupRegion::Before: for each block around
  /// Try, outermost first, the statements ahead of the one that holds Try.
  llvm::SmallVector<llvm::ArrayRef<clang::Stmt *>, 4> Before;
  /// Statements that may run after a handler of Try before the outermost
  /// loop goes on: for each block inside that loop around Try, the
  /// statements after the one that holds Try, and what a `break` among them
  /// leaves.
  struct Following {
    llvm::ArrayRef<clang::Stmt *> Stmts;
    const clang::Stmt *BreakTarget = nullptr;
  };
  llvm::SmallVector<Following, 4> After;
};

/// The try statements inside loops of the function body \p Body, in source
/// order (nested ones too).
std::vector<TryInLoop> triesInLoops(const clang::Stmt &Body);

/// The exception classes that carry a coroutine's cancellation.
class CancellationTypes {
public:
  /// \p Names: the qualified names of the exception classes (or typedefs of
  /// them), as the tables and coro.CancellationExceptions write them.
  /// \p KnownBases: the classes the table's exceptions derive from, used for
  /// a class that the unit \p Ctx does not declare.
  CancellationTypes(llvm::ArrayRef<std::string> Names,
                    llvm::ArrayRef<std::string> KnownBases,
                    const clang::ASTContext &Ctx);

  bool empty() const { return Entries.empty(); }

  /// What a handler catches of the cancellation.
  struct Caught {
    enum { No, Yes, Unknown } What = No;
    /// The cancellation exception it catches, as the table names it.
    std::string Name;
    /// The handler's type is that exception's class itself (not `...`, not
    /// a base).
    bool Exactly = false;
  };
  /// A handler catches the cancellation when it is `catch (...)`, or its
  /// type (by value or reference, not a pointer) is the class of a
  /// cancellation exception or one of its bases: the real bases when the
  /// class is declared in the unit, the known bases otherwise. A class
  /// derived from the exception, or from one of its bases, does not catch
  /// it. Unknown for a type that depends on a template parameter.
  Caught catches(const clang::CXXCatchStmt &Handler) const;

  /// The qualified names, as given.
  std::vector<std::string> names() const;

private:
  struct Entry {
    std::string Name;
    /// The class, when the unit declares (and defines) it.
    const clang::CXXRecordDecl *Record = nullptr;
  };
  std::vector<Entry> Entries;
  std::vector<std::string> KnownBases;
};

/// The class named \p QualifiedName ("folly::OperationCancelled"; a typedef
/// gives the class it names), when the unit defines it; null otherwise.
const clang::CXXRecordDecl *lookupClass(llvm::StringRef QualifiedName,
                                        const clang::ASTContext &Ctx);

/// The first handler of \p Try that can catch the cancellation, and what it
/// catches; null when none does, or when a handler before it has a
/// dependent type (the template's instantiations decide).
const clang::CXXCatchStmt *
firstCancellationHandler(const clang::CXXTryStmt &Try,
                         const CancellationTypes &Types,
                         CancellationTypes::Caught *What = nullptr);

/// Whether the block of \p T's try holds an await or a co_yield that a
/// cancellation makes fail: an await that nothing shields (lib/Shields.h,
/// for the coroutine's framework \p Coroutine), outside a nested try whose
/// handler swallows the cancellation itself; a co_yield where the framework
/// fails every suspension after a cancellation and no shield is awaited.
bool canBeCancelled(const TryInLoop &T, const CoroModel &Model,
                    const FrameworkTable &Coroutine,
                    const CancellationTypes &Types,
                    const clang::ASTContext &Ctx);

/// The statement by which \p Handler of \p T's try leaves the loop, on any
/// of its paths: a throw (`throw;` too), a [[noreturn]] call
/// (std::rethrow_exception), return, co_return, a `break` that leaves the
/// outermost loop, a goto out of it, or a change to a variable that a loop
/// condition reads. The statements that run after the try before the loop
/// goes on (TryInLoop::After) count as well, but for the changes of a
/// condition's variable (a normal path sets them too). Lambdas do not run
/// there. Null when there is none.
const clang::Stmt *loopExit(const clang::CXXCatchStmt &Handler,
                            const TryInLoop &T,
                            const clang::SourceManager &SM);

/// The names that test for a cancellation.
struct CancellationTestNames {
  /// Functions, variables, enumerators, classes (their members, and
  /// variables of their type, count too), or namespace prefixes ending in
  /// "::" (FrameworkTable::CancellationTests).
  std::vector<std::string> Tests;
  /// Classes that count only where a type names them: the cancellation
  /// exceptions (a dynamic_cast to one tests; using the caught exception
  /// does not).
  std::vector<std::string> Types;
};

/// Whether \p S tests for a cancellation: it mentions one of \p Names, or
/// compares an error code (a comparison of `x.code()`). Lambdas in S count.
bool testsCancellation(const clang::Stmt &S, const CancellationTestNames &Names);

/// Whether the block of \p Handler, or the condition of a loop of \p T,
/// tests for a cancellation. The type in the handler's own declaration is
/// no test.
bool testsCancellation(const clang::CXXCatchStmt &Handler, const TryInLoop &T,
                       const CancellationTestNames &Names);

} // namespace coro_tidy

#endif // CORO_TIDY_LIB_CANCELLATIONHANDLERS_H
