//===- CancellationHandlers.cpp - Handlers that swallow a cancellation ----===//

#include "lib/CancellationHandlers.h"
#include "lib/CleanupRegions.h"
#include "lib/CoroModel.h"
#include "lib/ExprUtils.h"
#include "lib/LoopExits.h"
#include "lib/RunOrder.h"
#include "lib/Shields.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;

namespace coro_tidy {

//===----------------------------------------------------------------------===//
// Try statements in loops
//===----------------------------------------------------------------------===//

namespace {
/// `do { ... } while (false)` (or `while (0)`, `while ((void)0, 0)`): a
/// block, not a loop.
static bool runsOnce(const Stmt &S) {
  const auto *Do = dyn_cast<DoStmt>(&S);
  const Expr *Cond = Do ? Do->getCond()->IgnoreParenImpCasts() : nullptr;
  // doctest writes `while ((void)0, 0)`.
  while (const auto *Comma = dyn_cast_or_null<BinaryOperator>(Cond)) {
    if (Comma->getOpcode() != BO_Comma)
      break;
    Cond = Comma->getRHS()->IgnoreParenImpCasts();
  }
  if (const auto *Bool = dyn_cast_or_null<CXXBoolLiteralExpr>(Cond))
    return !Bool->getValue();
  if (const auto *Int = dyn_cast_or_null<IntegerLiteral>(Cond))
    return Int->getValue().isZero();
  return false;
}

class TryFinder {
public:
  std::vector<TryInLoop> Found;

  void visit(const Stmt &S) {
    if (const auto *Block = dyn_cast<CompoundStmt>(&S)) {
      for (unsigned I = 0; I < Block->size(); ++I)
        if (const Stmt *Child = Block->body_begin()[I]) {
          Path.push_back({Block, I, Breakables.empty() ? nullptr
                                                       : Breakables.back()});
          visit(*Child);
          Path.pop_back();
        }
      return;
    }
    if (const auto *Try = dyn_cast<CXXTryStmt>(&S); Try && !Loops.empty())
      record(*Try);
    // do { ... } while (false), the wrapper of statement macros, runs once.
    bool Breakable = isLoop(S) || isa<SwitchStmt>(S);
    bool Loop = isLoop(S) && !runsOnce(S), Switch = Breakable && !Loop;
    if (Loop) {
      if (Loops.empty())
        OutermostLoopDepth = Path.size();
      Loops.push_back(&S);
    }
    if (Loop || Switch)
      Breakables.push_back(&S);
    forEachRunChild(S, [&](const Stmt &Child) { visit(Child); });
    if (Loop || Switch)
      Breakables.pop_back();
    if (Loop)
      Loops.pop_back();
  }

private:
  struct Level {
    const CompoundStmt *Block;
    unsigned Index;
    /// The innermost loop or switch around Block.
    const Stmt *BreakTarget;
  };

  void record(const CXXTryStmt &Try) {
    TryInLoop T;
    T.Try = &Try;
    T.Loops.append(Loops.begin(), Loops.end());
    T.BreakTarget = Breakables.back();
    for (size_t I = 0; I < Path.size(); ++I) {
      const auto &[Block, Index, BreakTarget] = Path[I];
      llvm::ArrayRef<Stmt *> Stmts(Block->body_begin(), Block->size());
      T.Before.push_back(Stmts.take_front(Index));
      if (I >= OutermostLoopDepth)
        T.After.push_back({Stmts.drop_front(Index + 1), BreakTarget});
    }
    Found.push_back(std::move(T));
  }

  llvm::SmallVector<Level, 8> Path;
  llvm::SmallVector<const Stmt *, 4> Loops, Breakables;
  size_t OutermostLoopDepth = 0;
};
} // namespace

std::vector<TryInLoop> triesInLoops(const Stmt &Body) {
  TryFinder Finder;
  Finder.visit(Body);
  return std::move(Finder.Found);
}

//===----------------------------------------------------------------------===//
// What a handler catches
//===----------------------------------------------------------------------===//

const CXXRecordDecl *lookupClass(llvm::StringRef QualifiedName,
                                 const ASTContext &Ctx) {
  std::string Normal = normalizeName(QualifiedName);
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  llvm::StringRef(Normal).split(Parts, "::");
  const DeclContext *DC = Ctx.getTranslationUnitDecl();
  for (size_t I = 0; I < Parts.size(); ++I) {
    // Look the identifier up without adding it to the table.
    auto Ident = Ctx.Idents.find(Parts[I]);
    if (Ident == Ctx.Idents.end())
      return nullptr;
    bool Last = I + 1 == Parts.size();
    const NamedDecl *Found = nullptr;
    for (const NamedDecl *D : DC->lookup(DeclarationName(Ident->second))) {
      D = D->getUnderlyingDecl();
      if (Last ? isa<TypeDecl>(D)
               : isa<NamespaceDecl, NamespaceAliasDecl, CXXRecordDecl>(D)) {
        Found = D;
        break;
      }
    }
    if (!Found)
      return nullptr;
    if (Last) {
      const CXXRecordDecl *RD = nullptr;
      if (const auto *Typedef = dyn_cast<TypedefNameDecl>(Found))
        RD = Typedef->getUnderlyingType()->getAsCXXRecordDecl();
      else
        RD = dyn_cast<CXXRecordDecl>(Found);
      return RD ? RD->getDefinition() : nullptr;
    }
    if (const auto *Alias = dyn_cast<NamespaceAliasDecl>(Found))
      Found = Alias->getNamespace();
    DC = cast<DeclContext>(Found);
  }
  return nullptr;
}

CancellationTypes::CancellationTypes(llvm::ArrayRef<std::string> Names,
                                     llvm::ArrayRef<std::string> Bases,
                                     const ASTContext &Ctx) {
  for (const std::string &Name : Names) {
    std::string Normal = normalizeName(Name);
    if (!Normal.empty())
      Entries.push_back({Normal, lookupClass(Normal, Ctx)});
  }
  for (const std::string &Base : Bases)
    KnownBases.push_back(normalizeName(Base));
}

std::vector<std::string> CancellationTypes::names() const {
  std::vector<std::string> Names;
  for (const Entry &E : Entries)
    Names.push_back(E.Name);
  return Names;
}

CancellationTypes::Caught
CancellationTypes::catches(const CXXCatchStmt &Handler) const {
  Caught Result;
  if (Entries.empty())
    return Result;
  if (!Handler.getExceptionDecl()) {
    Result.What = Caught::Yes;
    Result.Name = Entries.front().Name;
    return Result;
  }
  QualType T = Handler.getCaughtType();
  if (T.isNull())
    return Result;
  if (T->isDependentType()) {
    Result.What = Caught::Unknown;
    return Result;
  }
  // By value or by reference; a pointer never catches a class object.
  const CXXRecordDecl *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!RD)
    return Result;
  std::string Name = qualifiedName(RD);
  for (const Entry &E : Entries) {
    bool Same = E.Record ? E.Record->getCanonicalDecl() == RD->getCanonicalDecl()
                         : Name == E.Name;
    bool Base = !Same && (E.Record ? E.Record->isDerivedFrom(RD)
                                   : llvm::is_contained(KnownBases, Name));
    if (Same || Base) {
      Result.What = Caught::Yes;
      Result.Name = E.Name;
      Result.Exactly = Same;
      return Result;
    }
  }
  return Result;
}

const CXXCatchStmt *firstCancellationHandler(const CXXTryStmt &Try,
                                             const CancellationTypes &Types,
                                             CancellationTypes::Caught *What) {
  for (unsigned I = 0, N = Try.getNumHandlers(); I < N; ++I) {
    const CXXCatchStmt *Handler = Try.getHandler(I);
    CancellationTypes::Caught Caught = Types.catches(*Handler);
    if (Caught.What == CancellationTypes::Caught::No)
      continue;
    if (Caught.What == CancellationTypes::Caught::Unknown)
      return nullptr;
    if (What)
      *What = Caught;
    return Handler;
  }
  return nullptr;
}

//===----------------------------------------------------------------------===//
// How control leaves the loop
//===----------------------------------------------------------------------===//

static bool isNoReturnCall(const CallExpr &Call) {
  const NamedDecl *Callee = calleeOrCandidate(Call);
  const FunctionDecl *FD = Callee ? Callee->getAsFunction() : nullptr;
  return FD && FD->isNoReturn();
}

/// The variable or member an expression names, whatever object holds the
/// member: `state.running` names `running`.
static const ValueDecl *referencedDecl(const Expr *E) {
  E = strip(E);
  if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E))
    return Ref->getDecl();
  if (const auto *Member = dyn_cast_or_null<MemberExpr>(E))
    return Member->getMemberDecl();
  return namedDecl(E);
}

static const Expr *loopCondition(const Stmt &Loop) {
  if (const auto *While = dyn_cast<WhileStmt>(&Loop))
    return While->getCond();
  if (const auto *Do = dyn_cast<DoStmt>(&Loop))
    return Do->getCond();
  if (const auto *For = dyn_cast<ForStmt>(&Loop))
    return For->getCond();
  return nullptr;
}

namespace {
/// Finds the first statement that leaves the outermost loop of a TryInLoop.
class ExitFinder {
public:
  ExitFinder(const TryInLoop &T, const SourceManager &SM) : T(T), SM(SM) {
    for (const Stmt *Loop : T.Loops)
      if (const Expr *Cond = loopCondition(*Loop))
        walkRunOrder(*Cond, [&](const Stmt &S) {
          if (const auto *E = dyn_cast<Expr>(&S);
              E && isa<DeclRefExpr, MemberExpr>(E))
            if (const ValueDecl *D = referencedDecl(E))
              ConditionDecls.insert(D);
          return true;
        });
  }

  /// \p BreakTarget: what a `break` in \p S leaves (null: a loop or switch
  /// inside the handler). With \p Changes, a change to a variable that a
  /// loop condition reads counts.
  const Stmt *find(const Stmt &S, const Stmt *BreakTarget, bool Changes) {
    Found = nullptr;
    CountChanges = Changes;
    visit(S, BreakTarget);
    return Found;
  }

private:
  void visit(const Stmt &S, const Stmt *BreakTarget) {
    if (Found)
      return;
    if (leaves(S, BreakTarget)) {
      Found = &S;
      return;
    }
    const Stmt *Inner =
        isLoop(S) || isa<SwitchStmt>(S) ? nullptr : BreakTarget;
    forEachRunChild(S, [&](const Stmt &Child) { visit(Child, Inner); });
  }

  bool leaves(const Stmt &S, const Stmt *BreakTarget) const {
    if (isa<CXXThrowExpr, ReturnStmt, CoreturnStmt, IndirectGotoStmt>(S))
      return true;
    if (isa<BreakStmt>(S))
      return BreakTarget == T.Loops.front();
    if (const auto *Goto = dyn_cast<GotoStmt>(&S))
      return leavesOutermostLoop(*Goto);
    if (const auto *Call = dyn_cast<CallExpr>(&S)) {
      if (isNoReturnCall(*Call))
        return true;
      if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
        if (const CXXMethodDecl *Method = Member->getMethodDecl();
            Method && !Method->isConst())
          return isConditionDecl(Member->getImplicitObjectArgument());
      if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call))
        if (Op->getNumArgs() >= 1 &&
            (Op->isAssignmentOp() || Op->getOperator() == OO_PlusPlus ||
             Op->getOperator() == OO_MinusMinus))
          return isConditionDecl(Op->getArg(0));
      return false;
    }
    if (const auto *Op = dyn_cast<BinaryOperator>(&S))
      return Op->isAssignmentOp() && isConditionDecl(Op->getLHS());
    if (const auto *Op = dyn_cast<UnaryOperator>(&S))
      return Op->isIncrementDecrementOp() && isConditionDecl(Op->getSubExpr());
    return false;
  }

  bool isConditionDecl(const Expr *E) const {
    if (!CountChanges)
      return false;
    const ValueDecl *D = referencedDecl(E);
    return D && ConditionDecls.count(D);
  }

  bool leavesOutermostLoop(const GotoStmt &Goto) const {
    const LabelStmt *Label = Goto.getLabel()->getStmt();
    if (!Label)
      return true;
    const Stmt &Loop = *T.Loops.front();
    SourceLocation At = Label->getBeginLoc();
    return SM.isBeforeInTranslationUnit(At, Loop.getBeginLoc()) ||
           SM.isBeforeInTranslationUnit(Loop.getEndLoc(), At);
  }

  const TryInLoop &T;
  const SourceManager &SM;
  llvm::SmallPtrSet<const ValueDecl *, 4> ConditionDecls;
  const Stmt *Found = nullptr;
  bool CountChanges = true;
};
} // namespace

const Stmt *loopExit(const CXXCatchStmt &Handler, const TryInLoop &T,
                     const SourceManager &SM) {
  const auto *Block = dyn_cast_or_null<CompoundStmt>(Handler.getHandlerBlock());
  if (!Block)
    return nullptr;
  ExitFinder Finder(T, SM);
  if (const Stmt *Exit = Finder.find(*Block, T.BreakTarget, /*Changes=*/true))
    return Exit;
  // A handler that ends in `continue` goes back to the loop at once.
  if (!Block->body_empty() && isa<ContinueStmt>(Block->body_back()))
    return nullptr;
  for (const TryInLoop::Following &Next : T.After)
    for (const Stmt *S : Next.Stmts)
      if (S)
        if (const Stmt *Exit =
                Finder.find(*S, Next.BreakTarget, /*Changes=*/false))
          return Exit;
  return nullptr;
}

//===----------------------------------------------------------------------===//
// Whether the try can be cancelled
//===----------------------------------------------------------------------===//

/// Whether \p Handler passes the exception on: a throw or a [[noreturn]]
/// call (std::rethrow_exception) on one of its paths.
static bool passesOn(const CXXCatchStmt &Handler) {
  const Stmt *Block = Handler.getHandlerBlock();
  return Block && findRun(*Block, [](const Stmt &S) {
           if (isa<CXXThrowExpr>(S))
             return true;
           const auto *Call = dyn_cast<CallExpr>(&S);
           return Call && isNoReturnCall(*Call);
         });
}

bool canBeCancelled(const TryInLoop &T, const CoroModel &Model,
                    const FrameworkTable &Coroutine,
                    const CancellationTypes &Types, const ASTContext &Ctx) {
  const auto *Block = dyn_cast_or_null<CompoundStmt>(T.Try->getTryBlock());
  if (!Block || Block->body_empty())
    return false;
  // The awaits of nested tries whose handler keeps the cancellation: it
  // never reaches this try.
  llvm::SmallPtrSet<const Expr *, 8> Kept;
  walkRunOrder(*Block, [&](const Stmt &S) {
    if (const auto *Nested = dyn_cast<CXXTryStmt>(&S))
      if (const CXXCatchStmt *H = firstCancellationHandler(*Nested, Types);
          H && !passesOn(*H) && Nested->getTryBlock())
        forEachAwait(*Nested->getTryBlock(),
                     [&](const Expr &Await) { Kept.insert(&Await); });
    return true;
  });

  CleanupRegion Region;
  Region.Try = T.Try;
  Region.Stmts = llvm::ArrayRef<Stmt *>(Block->body_begin(), Block->size());
  Region.Before = T.Before;
  for (const ExposedAwait &E : exposedAwaits(Region, Model, Coroutine, Ctx))
    if (!Kept.count(E.Await))
      return true;

  // A co_yield fails too where every suspension after a cancellation does,
  // unless a shield is awaited (a token argument shields only the call it
  // is passed to).
  if (Coroutine.Shield == ShieldStyle::DefaultTokenArgument ||
      Coroutine.Cancellation == CancellationModel::NotResumed ||
      !findRun(*Block, [](const Stmt &S) { return isa<CoyieldExpr>(S); }))
    return false;
  bool Shielded = false;
  auto SeeShield = [&](const Expr &Await) {
    const auto *Call = dyn_cast_or_null<CallExpr>(awaitOperand(Await));
    Shielded |= Call && shieldCall(Model, *Call, Coroutine).has_value();
  };
  forEachAwait(*Block, SeeShield);
  for (llvm::ArrayRef<Stmt *> Stmts : T.Before)
    for (const Stmt *S : Stmts)
      if (S)
        forEachAwait(*S, SeeShield);
  return !Shielded;
}

//===----------------------------------------------------------------------===//
// Cancellation tests
//===----------------------------------------------------------------------===//

static llvm::StringRef lastComponent(llvm::StringRef Name) {
  size_t Pos = Name.rfind("::");
  return Pos == llvm::StringRef::npos ? Name : Name.substr(Pos + 2);
}

namespace {
// RecursiveASTVisitor rather than its dynamic variant, which LLVM 19 does
// not have; the walk does not modify the AST.
class TestFinder : public RecursiveASTVisitor<TestFinder> {
public:
  explicit TestFinder(const CancellationTestNames &Names) : Names(Names) {}
  bool Found = false;

  bool VisitStmt(const Stmt *S) {
    if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
      Found = isTest(Ref->getDecl()) || isTestType(Ref->getDecl()->getType());
    else if (const auto *Member = dyn_cast<MemberExpr>(S))
      Found = isTest(Member->getMemberDecl());
    else if (const auto *Dep = dyn_cast<CXXDependentScopeMemberExpr>(S))
      Found = isTestName(Dep->getMember().getAsString());
    else if (const auto *Unresolved = dyn_cast<UnresolvedMemberExpr>(S))
      Found = isTestName(Unresolved->getMemberName().getAsString());
    else if (const auto *Dep = dyn_cast<DependentScopeDeclRefExpr>(S))
      Found = isTestName(Dep->getDeclName().getAsString());
    else if (const auto *Lookup = dyn_cast<UnresolvedLookupExpr>(S))
      Found = llvm::any_of(Lookup->decls(), [&](const NamedDecl *D) {
        return isTest(D->getUnderlyingDecl());
      });
    else
      Found = comparesErrorCode(*S);
    return !Found;
  }

  bool VisitTypeLoc(TypeLoc TL) {
    QualType T = TL.getType();
    if (T.isNull())
      return true;
    if (const auto *Typedef = dyn_cast<TypedefType>(T.getTypePtr()))
      Found = isType(Typedef->getDecl()) || isTest(Typedef->getDecl());
    if (const TagDecl *Tag = T->getAsTagDecl(); !Found && Tag)
      Found = isType(Tag) || isTest(Tag);
    return !Found;
  }

private:
  static llvm::SmallVector<std::string, 2> namesOf(const NamedDecl *D) {
    llvm::SmallVector<std::string, 2> Names{qualifiedName(D)};
    // An enumerator of an unscoped enum is named in the enclosing scope
    // too: boost::asio::error::operation_aborted.
    if (const auto *Enumerator = dyn_cast<EnumConstantDecl>(D))
      if (const auto *Enum = dyn_cast<EnumDecl>(Enumerator->getDeclContext());
          Enum && !Enum->isScoped() && Enum->getIdentifier()) {
        llvm::StringRef Scope(Names.front());
        Scope = Scope.drop_back(Enumerator->getName().size());
        Scope.consume_back("::");
        Scope = Scope.drop_back(Enum->getName().size());
        Names.push_back((Scope + Enumerator->getName()).str());
      }
    return Names;
  }

  static bool matches(llvm::StringRef Name, llvm::StringRef Entry,
                      bool Members) {
    if (Entry.ends_with("::"))
      return Name.starts_with(Entry);
    return Name == Entry || (Members && Name.starts_with(Entry) &&
                             Name.substr(Entry.size()).starts_with("::"));
  }

  bool isTest(const NamedDecl *D) const {
    if (!D || !D->getDeclName())
      return false;
    for (const std::string &Name : namesOf(D))
      for (const std::string &Entry : Names.Tests)
        if (matches(Name, Entry, /*Members=*/true))
          return true;
    return false;
  }

  bool isType(const NamedDecl *D) const {
    std::string Name = qualifiedName(D);
    return llvm::any_of(Names.Types, [&](const std::string &Entry) {
      return matches(Name, Entry, /*Members=*/false);
    });
  }

  bool isTestType(QualType T) const {
    const CXXRecordDecl *RD =
        T.isNull() ? nullptr : T.getNonReferenceType()->getAsCXXRecordDecl();
    return RD && isTest(RD);
  }

  /// A name in a template, not resolved: its last component.
  bool isTestName(llvm::StringRef Name) const {
    return !Name.empty() &&
           llvm::any_of(Names.Tests, [&](const std::string &Entry) {
             return !llvm::StringRef(Entry).ends_with("::") &&
                    lastComponent(Entry) == Name;
           });
  }

  static bool callsCode(const Expr *E) {
    return E && findRun(*E, [](const Stmt &S) {
             const auto *Call = dyn_cast<CallExpr>(&S);
             if (!Call)
               return false;
             if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call)) {
               const CXXMethodDecl *Method = Member->getMethodDecl();
               return Method && Method->getIdentifier() &&
                      Method->getName() == "code";
             }
             const Expr *Callee = strip(Call->getCallee());
             if (const auto *Dep =
                     dyn_cast_or_null<CXXDependentScopeMemberExpr>(Callee))
               return Dep->getMember().getAsString() == "code";
             if (const auto *Unresolved =
                     dyn_cast_or_null<UnresolvedMemberExpr>(Callee))
               return Unresolved->getMemberName().getAsString() == "code";
             return false;
           });
  }

  static bool comparesErrorCode(const Stmt &S) {
    if (const auto *Op = dyn_cast<BinaryOperator>(&S))
      return Op->isEqualityOp() &&
             (callsCode(Op->getLHS()) || callsCode(Op->getRHS()));
    if (const auto *Op = dyn_cast<CXXRewrittenBinaryOperator>(&S))
      return Op->isComparisonOp() &&
             (callsCode(Op->getLHS()) || callsCode(Op->getRHS()));
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&S))
      return (Op->getOperator() == OO_EqualEqual ||
              Op->getOperator() == OO_ExclaimEqual) &&
             llvm::any_of(Op->arguments(),
                          [](const Expr *Arg) { return callsCode(Arg); });
    return false;
  }

  const CancellationTestNames &Names;
};
} // namespace

bool testsCancellation(const Stmt &S, const CancellationTestNames &Names) {
  TestFinder Finder(Names);
  Finder.TraverseStmt(const_cast<Stmt *>(&S));
  return Finder.Found;
}

bool testsCancellation(const CXXCatchStmt &Handler, const TryInLoop &T,
                       const CancellationTestNames &Names) {
  if (const Stmt *Block = Handler.getHandlerBlock();
      Block && testsCancellation(*Block, Names))
    return true;
  return llvm::any_of(T.Loops, [&](const Stmt *Loop) {
    const Expr *Cond = loopCondition(*Loop);
    return Cond && testsCancellation(*Cond, Names);
  });
}

} // namespace coro_tidy
