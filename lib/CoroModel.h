//===- CoroModel.h - Classify coroutine types and calls ----------*- C++ -*-===//
//
// The one question every check asks: "what is this type, or this call?"
// Structure first (the promise found through std::coroutine_traits, its
// initial/final suspend, yield_value, awaited iteration, whether the return
// object owns the frame), then the framework tables, with the user's global
// `coro.*` options on top.
//
//===----------------------------------------------------------------------===//

#ifndef CORO_TIDY_LIB_COROMODEL_H
#define CORO_TIDY_LIB_COROMODEL_H

#include "lib/Frameworks.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class CallExpr;
class ClassTemplateDecl;
class CXXRecordDecl;
class FunctionDecl;
class NamedDecl;
} // namespace clang

namespace coro_tidy {

/// Extensions of the framework tables, from the global `coro.*` options.
/// Every list holds fully qualified names (template arguments optional).
struct ModelOptions {
  std::vector<std::string> LazyTaskTypes;
  std::vector<std::string> EagerTaskTypes;
  std::vector<std::string> DetachedCoroutineTypes;
  std::vector<std::string> GeneratorTypes;
  std::vector<std::string> AsyncGeneratorTypes;
  std::vector<std::string> DetachFunctions;
  std::vector<std::string> ShieldFunctions;
  std::vector<std::string> AsyncCleanupFunctions;
  std::vector<std::string> CancellationExceptions;
  std::vector<std::string> BlockingWaitFunctions;
  /// "Type=join;Type2=join1,join2": scope types and their join methods.
  std::vector<std::string> AsyncScopeTypes;
};

/// One global option: its key (read, documented and tested from this list).
struct GlobalOption {
  const char *Key;
  std::vector<std::string> ModelOptions::*Field;
  const char *Description;
};
llvm::ArrayRef<GlobalOption> globalOptions();

/// What the model says of a type or a call.
struct Classification {
  Role Kind = Role::None;
  Framework Fw = Framework::Unknown;
  /// True when the role was read from the promise, not from a table.
  bool FromStructure = false;
  /// The table entry of the type, when it has one.
  const TypeEntry *Entry = nullptr;
  /// An eager task whose return object waits for the coroutine when it is
  /// destroyed (its destructor calls get(), wait() or join()).
  bool JoinsOnDestroy = false;
  /// The class (template) that identifies the type; used to compare
  /// in-house types of unknown frameworks.
  const clang::NamedDecl *Family = nullptr;

  bool isNone() const { return Kind == Role::None; }
  bool isLazy() const {
    return Kind == Role::LazyTask || Kind == Role::LazyOperation;
  }
  bool isGenerator() const {
    return Kind == Role::Generator || Kind == Role::AsyncGenerator;
  }
};

/// The detach API a call goes through, if any.
struct DetachMatch {
  const DetachEntry *Entry = nullptr;
  Framework Fw = Framework::Unknown;
  explicit operator bool() const { return Entry != nullptr; }
};

/// The blocking-wait entry a call goes through, if any.
struct BlockingWaitMatch {
  const BlockingWaitEntry *Entry = nullptr;
  Framework Fw = Framework::Unknown;
  explicit operator bool() const { return Entry != nullptr; }
};

/// Qualified name of \p D without template arguments, inline or anonymous
/// namespaces: "unifex::_task::_task::type", "folly::coro::Task::semi".
std::string qualifiedName(const clang::NamedDecl *D);

/// Whether \p D's qualified name is in \p List: an entry is a qualified name,
/// or a namespace prefix ending in "::".
bool matchesNameList(const clang::NamedDecl *D, llvm::ArrayRef<std::string> List);

/// A name as written in a table or option, normalised like qualifiedName:
/// no leading "::", no template arguments, no spaces.
std::string normalizeName(llvm::StringRef Written);

class CoroModel {
public:
  explicit CoroModel(const ModelOptions &Opts = {});

  /// Classifies a (possibly cv/ref-qualified) type. Dependent types are None.
  Classification classifyType(clang::QualType T);

  /// Classifies the value a call produces: a lazy operation by the tables
  /// (Task::semi(), token-less co_spawn), otherwise by its type.
  Classification classifyCall(const clang::CallExpr *Call);
  /// The task a runner call takes: `runner(args)(task)`, an rvalue-qualified
  /// operator() of a temporary that a call returned, given a lazy task
  /// (Capy's run(ex)(task), run_async(ex)(task)). Null for any other call.
  const clang::Expr *runnerTask(const clang::CallExpr *Call);

  /// The member the owner of a \p T must co_await on an rvalue before \p T
  /// dies ("cleanup"), when T's table entry says this specialization requires
  /// asynchronous cleanup; empty otherwise.
  llvm::StringRef requiredAsyncCleanup(clang::QualType T);

  /// The classification of what a call of \p FD returns: by its return type,
  /// and by its parameter types where std::coroutine_traits chooses the
  /// promise by them.
  Classification classifyFunction(const clang::FunctionDecl *FD);

  /// The classification of the coroutine \p FD is the body of (by its
  /// signature); None when FD is not a coroutine.
  Classification classifyCoroutine(const clang::FunctionDecl *FD);

  /// The framework that owns the namespace of \p D.
  Framework frameworkOf(const clang::NamedDecl *D) const;

  /// Whether `co_await` of a \p T goes through a [[deprecated]] member
  /// operator co_await (async_simple's RescheduleLazy): an await the code
  /// should not be told to write.
  static bool awaitIsDeprecated(clang::QualType T);

  /// Whether a coroutine classified \p Coroutine can co_await a \p Task:
  /// both of one known framework, or of the same in-house class template.
  static bool canAwaitIn(const Classification &Task,
                         const Classification &Coroutine);

  /// The spawn/detach API \p Call goes through (tables and coro.DetachFunctions).
  DetachMatch detachApi(const clang::CallExpr *Call) const;

  /// Unqualified names of every detach function: a matcher's cheap first
  /// filter (detachApi() then checks the qualified name).
  std::vector<std::string> detachFunctionNames() const;

  /// Lookups by callee (see coro_tidy::calleeOf in AstHelpers.h), from the tables and the user's
  /// options. The framework is Unknown for names from the options.
  bool isShieldFunction(const clang::NamedDecl *Callee,
                        Framework *Fw = nullptr) const;
  bool isAsyncCleanupFunction(const clang::NamedDecl *Callee) const;
  /// The blocking wait \p Callee is (tables and coro.BlockingWaitFunctions).
  BlockingWaitMatch blockingWait(const clang::NamedDecl *Callee) const;
  /// The blocking wait \p Call goes through: its callee (see
  /// calleeOrCandidate in ExprUtils.h), or, for a member call, the member of
  /// the object's class (libstdc++ declares future::wait in a base class).
  BlockingWaitMatch blockingWait(const clang::CallExpr &Call) const;
  /// Whether \p Call tests a future for readiness without blocking
  /// (FutureReadinessTests), matched as blockingWait(const CallExpr &) is.
  bool isReadinessTest(const clang::CallExpr &Call) const;
  bool isObserveFunction(const clang::NamedDecl *Callee) const;
  bool isCancellationException(clang::QualType T) const;

  /// The structured scope a (possibly cv/ref-qualified) type is, from the
  /// tables and coro.AsyncScopeTypes; null when it is none.
  const ScopeEntry *scopeOf(clang::QualType T, Framework *Fw = nullptr) const;
  /// A free function that adds work to a scope passed as an argument.
  bool isScopeSpawnFunction(const clang::NamedDecl *Callee) const;
  /// A call that keeps the task it is given beyond the full-expression.
  bool isTaskKeeper(const clang::NamedDecl *Callee) const;
  /// An awaitable combinator (collectAll, when_all).
  bool isAwaitableCombinator(const clang::NamedDecl *Callee) const;

private:
  Classification classifyRecord(const clang::CXXRecordDecl *RD,
                                clang::QualType T,
                                const clang::CXXRecordDecl *Promise);
  /// The completion token a binder wraps (executor_binder<detached_t, E>
  /// -> detached_t), through any number of binders of \p Fw's table.
  const clang::CXXRecordDecl *unwrapTokenBinders(const clang::CXXRecordDecl *Token,
                                                 Framework Fw) const;
  bool inNameSet(const llvm::StringMap<Framework> &Set,
                 const clang::NamedDecl *D, Framework *Fw) const;

  llvm::StringMap<std::pair<const TypeEntry *, Framework>> TableTypes;
  llvm::StringMap<Role> UserTypes;
  std::vector<TypeEntry> UserTypeEntries;
  llvm::StringMap<std::vector<std::pair<const LazyCallEntry *, Framework>>>
      LazyCalls;
  llvm::StringMap<std::vector<std::pair<const DetachEntry *, Framework>>>
      Detaches;
  std::vector<DetachEntry> UserDetachEntries;
  llvm::StringMap<Framework> Shields, AsyncCleanups, Observers,
      CancellationExceptions;
  llvm::StringMap<std::pair<const BlockingWaitEntry *, Framework>> BlockingWaits;
  std::vector<BlockingWaitEntry> UserBlockingWaits;
  llvm::StringMap<std::pair<const ScopeEntry *, Framework>> ScopeTypes;
  std::vector<ScopeEntry> UserScopes;
  llvm::StringMap<Framework> ScopeSpawns, TaskKeepers, Combinators,
      ReadinessTests;
  /// The qualified names \p Call may go by: its callee's, and for a member
  /// call the member's name in the class of the object.
  llvm::SmallVector<std::string, 2> callNames(const clang::CallExpr &Call) const;
  /// Last name components of every function above: a cheap first filter.
  llvm::StringSet<> FunctionLastNames;

  llvm::DenseMap<const clang::Type *, Classification> Cache;
  llvm::DenseMap<const clang::FunctionDecl *, Classification> FunctionCache;
  const clang::ASTContext *TraitsContext = nullptr;
  const clang::ClassTemplateDecl *CoroutineTraits = nullptr;
  const clang::ClassTemplateDecl *coroutineTraits(const clang::ASTContext &Ctx);
  friend class StructureReader;
};

} // namespace coro_tidy

#endif // CORO_TIDY_LIB_COROMODEL_H
