//===- CoroModel.cpp - Classify coroutine types and calls -----------------===//

#include "lib/CoroModel.h"
#include "lib/AstHelpers.h"
#include "lib/ExprUtils.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace coro_tidy {

llvm::ArrayRef<GlobalOption> globalOptions() {
  static const GlobalOption Options[] = {
      {"coro.LazyTaskTypes", &ModelOptions::LazyTaskTypes,
       "Types that are lazy tasks (nothing runs until awaited)."},
      {"coro.EagerTaskTypes", &ModelOptions::EagerTaskTypes,
       "Types that are eager tasks owning their frame."},
      {"coro.DetachedCoroutineTypes", &ModelOptions::DetachedCoroutineTypes,
       "Fire-and-forget coroutine return types that own nothing."},
      {"coro.GeneratorTypes", &ModelOptions::GeneratorTypes,
       "Synchronous generator types."},
      {"coro.AsyncGeneratorTypes", &ModelOptions::AsyncGeneratorTypes,
       "Asynchronous generator types (iteration is awaited)."},
      {"coro.DetachFunctions", &ModelOptions::DetachFunctions,
       "Functions whose call detaches a task from any owner."},
      {"coro.ShieldFunctions", &ModelOptions::ShieldFunctions,
       "Functions that protect an await from cancellation."},
      {"coro.AsyncCleanupFunctions", &ModelOptions::AsyncCleanupFunctions,
       "Functions that register cleanup to run when the coroutine ends."},
      {"coro.CancellationExceptions", &ModelOptions::CancellationExceptions,
       "Exception types that signal cancellation."},
      {"coro.BlockingWaitFunctions", &ModelOptions::BlockingWaitFunctions,
       "Functions that block the thread until a task completes."},
      {"coro.AsyncScopeTypes", &ModelOptions::AsyncScopeTypes,
       "Structured scope types and their join methods: 'Type=join,join2'."},
  };
  return Options;
}

//===----------------------------------------------------------------------===//
// Names
//===----------------------------------------------------------------------===//

std::string qualifiedName(const NamedDecl *D) {
  llvm::SmallVector<std::string, 8> Parts;
  Parts.push_back(D->getNameAsString());
  for (const DeclContext *DC = D->getDeclContext(); DC; DC = DC->getParent()) {
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC)) {
      if (NS->isInline() || NS->isAnonymousNamespace() ||
          isTransparentNamespace(NS->getName()))
        continue;
      Parts.push_back(NS->getName().str());
    } else if (const auto *ND = dyn_cast<NamedDecl>(DC)) {
      if (ND->getIdentifier() || isa<FunctionDecl>(ND))
        Parts.push_back(ND->getNameAsString());
    }
  }
  std::string Result;
  for (const std::string &P : llvm::reverse(Parts)) {
    if (!Result.empty())
      Result += "::";
    Result += P;
  }
  return Result;
}

bool matchesNameList(const NamedDecl *D, llvm::ArrayRef<std::string> List) {
  if (!D || List.empty())
    return false;
  std::string Name = qualifiedName(D);
  for (const std::string &Entry : List)
    if (llvm::StringRef(Entry).ends_with("::")
            ? llvm::StringRef(Name).starts_with(Entry)
            : Name == Entry)
      return true;
  return false;
}

std::string normalizeName(llvm::StringRef Written) {
  std::string Out;
  int Depth = 0;
  for (char C : Written) {
    if (C == '<')
      ++Depth;
    else if (C == '>')
      --Depth;
    else if (Depth == 0 && C != ' ')
      Out += C;
  }
  llvm::StringRef R(Out);
  R.consume_front("::");
  return R.str();
}

static llvm::StringRef lastComponent(llvm::StringRef Name) {
  size_t Pos = Name.rfind("::");
  return Pos == llvm::StringRef::npos ? Name : Name.substr(Pos + 2);
}

/// A cheap filter before building a qualified name: is the unqualified name
/// of \p D (an identifier, an operator or a constructor) in \p Names?
static bool lastNameIn(const NamedDecl *D, const llvm::StringSet<> &Names) {
  if (!D)
    return false;
  if (const IdentifierInfo *II = D->getIdentifier())
    return Names.contains(II->getName());
  return Names.contains(D->getNameAsString());
}

//===----------------------------------------------------------------------===//
// Reading the promise
//===----------------------------------------------------------------------===//

namespace {
enum class Suspends { Always, Never, Unknown };
constexpr unsigned MaxDepth = 8;
} // namespace

/// The definition of \p RD, or, for a specialization that was not
/// instantiated in this translation unit, the definition of its pattern.
static const CXXRecordDecl *definitionOrPattern(const CXXRecordDecl *RD) {
  if (!RD)
    return nullptr;
  if (const CXXRecordDecl *Def = RD->getDefinition())
    return Def;
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD)) {
    auto From = Spec->getSpecializedTemplateOrPartial();
    if (const auto *Partial =
            From.dyn_cast<ClassTemplatePartialSpecializationDecl *>())
      return Partial->getDefinition();
    if (const auto *Template = From.dyn_cast<ClassTemplateDecl *>())
      return Template->getTemplatedDecl()->getDefinition();
  }
  if (const CXXRecordDecl *Member = RD->getInstantiatedFromMemberClass())
    return Member->getDefinition();
  return nullptr;
}

/// The class a (possibly dependent) type names.
static const CXXRecordDecl *recordOf(QualType T) {
  if (T.isNull())
    return nullptr;
  T = T.getNonReferenceType();
  if (const CXXRecordDecl *RD = T->getAsCXXRecordDecl())
    return RD;
  if (const auto *TST = T->getAs<TemplateSpecializationType>())
    if (const auto *CTD = dyn_cast_or_null<ClassTemplateDecl>(
            TST->getTemplateName().getAsTemplateDecl()))
      return CTD->getTemplatedDecl();
  return nullptr;
}

/// Finds a member by name in \p RD or its bases, looking into patterns of
/// uninstantiated templates and dependent bases.
static const NamedDecl *findMember(const CXXRecordDecl *RD,
                                   DeclarationName Name, unsigned Depth = 0) {
  RD = definitionOrPattern(RD);
  if (!RD || Depth > MaxDepth)
    return nullptr;
  DeclContextLookupResult Found = RD->lookup(Name);
  if (!Found.empty())
    return Found.front();
  for (const CXXBaseSpecifier &Base : RD->bases())
    if (const NamedDecl *D = findMember(recordOf(Base.getType()), Name,
                                       Depth + 1))
      return D;
  return nullptr;
}

static const NamedDecl *findMember(const CXXRecordDecl *RD,
                                   llvm::StringRef Name) {
  if (!RD)
    return nullptr;
  return findMember(RD, &RD->getASTContext().Idents.get(Name));
}

static const FunctionDecl *asFunction(const NamedDecl *D) {
  if (!D)
    return nullptr;
  if (const auto *Shadow = dyn_cast<UsingShadowDecl>(D))
    D = Shadow->getTargetDecl();
  if (const auto *FTD = dyn_cast<FunctionTemplateDecl>(D))
    return FTD->getTemplatedDecl();
  return dyn_cast<FunctionDecl>(D);
}

/// `return true;` / `return false;` as the whole body of \p FD.
static std::optional<bool> returnsBoolLiteral(const FunctionDecl *FD) {
  if (!FD)
    return std::nullopt;
  const Stmt *Body = FD->getBody();
  if (!Body)
    if (const FunctionDecl *Pattern = FD->getTemplateInstantiationPattern())
      Body = Pattern->getBody();
  const auto *Block = dyn_cast_or_null<CompoundStmt>(Body);
  if (!Block || Block->size() != 1)
    return std::nullopt;
  const auto *Ret = dyn_cast<ReturnStmt>(Block->body_front());
  if (!Ret || !Ret->getRetValue())
    return std::nullopt;
  if (const auto *Lit =
          dyn_cast<CXXBoolLiteralExpr>(Ret->getRetValue()->IgnoreParenImpCasts()))
    return Lit->getValue();
  return std::nullopt;
}

/// Whether awaiting an object of type \p T suspends.
static Suspends awaiterSuspends(QualType T) {
  if (T.isNull() || T->isUndeducedType())
    return Suspends::Unknown;
  const CXXRecordDecl *RD = recordOf(T);
  if (!RD)
    return Suspends::Unknown;
  std::string Name = qualifiedName(RD);
  if (Name == "std::suspend_always" ||
      Name == "std::experimental::suspend_always")
    return Suspends::Always;
  if (Name == "std::suspend_never" || Name == "std::experimental::suspend_never")
    return Suspends::Never;
  std::optional<bool> Ready =
      returnsBoolLiteral(asFunction(findMember(RD, "await_ready")));
  if (!Ready)
    return Suspends::Unknown;
  if (*Ready)
    return Suspends::Never;
  // await_ready() is false; a bool await_suspend may still decline.
  const FunctionDecl *Suspend = asFunction(findMember(RD, "await_suspend"));
  if (Suspend && Suspend->getReturnType()->isBooleanType())
    return Suspends::Unknown;
  return Suspends::Always;
}

static Suspends promiseHookSuspends(const CXXRecordDecl *Promise,
                                    llvm::StringRef Hook) {
  const FunctionDecl *FD = asFunction(findMember(Promise, Hook));
  return FD ? awaiterSuspends(FD->getReturnType()) : Suspends::Unknown;
}

static bool isAwaitableRecord(const CXXRecordDecl *RD) {
  if (!RD)
    return false;
  ASTContext &Ctx = RD->getASTContext();
  return findMember(RD, "await_ready") ||
         findMember(RD, Ctx.DeclarationNames.getCXXOperatorName(OO_Coawait));
}

static bool isAwaitable(QualType T) { return isAwaitableRecord(recordOf(T)); }

/// Calls \p Fn on every member named \p Name of \p RD and its bases (each
/// overload, templates included), looking into patterns.
static void forEachMember(const CXXRecordDecl *RD, llvm::StringRef Name,
                          llvm::function_ref<void(const NamedDecl &)> Fn,
                          unsigned Depth = 0) {
  RD = definitionOrPattern(RD);
  if (!RD || Depth > MaxDepth)
    return;
  for (const NamedDecl *D : RD->lookup(&RD->getASTContext().Idents.get(Name)))
    Fn(*D);
  for (const CXXBaseSpecifier &Base : RD->bases())
    forEachMember(recordOf(Base.getType()), Name, Fn, Depth + 1);
}

/// Iteration of \p RD is awaited: next()/begin() return awaitables, it has
/// async_resume(), or the object itself is awaitable.
static bool hasAwaitedIteration(const CXXRecordDecl *RD) {
  for (llvm::StringRef Step : {"next", "begin"})
    if (const FunctionDecl *FD = asFunction(findMember(RD, Step)))
      if (isAwaitable(FD->getReturnType()))
        return true;
  ASTContext &Ctx = RD->getASTContext();
  return findMember(RD, "async_resume") || findMember(RD, "await_ready") ||
         findMember(RD, Ctx.DeclarationNames.getCXXOperatorName(OO_Coawait));
}

/// The return object can be iterated: begin(), next(), async_resume(), or
/// awaited repeatedly while it converts to true (`while (g) co_await g;`). A
/// task is awaitable too, but has none of these.
static bool isIterable(const CXXRecordDecl *RD) {
  for (llvm::StringRef Step : {"begin", "next", "async_resume"})
    if (findMember(RD, Step))
      return true;
  bool Converts = false;
  if (const CXXRecordDecl *Def = definitionOrPattern(RD))
    for (const Decl *D : Def->decls()) {
      const auto *Conv = dyn_cast<CXXConversionDecl>(D);
      if (const auto *T = dyn_cast<FunctionTemplateDecl>(D))
        Conv = dyn_cast<CXXConversionDecl>(T->getTemplatedDecl());
      Converts = Converts ||
                 (Conv && Conv->getConversionType()->isBooleanType());
    }
  return Converts && isAwaitableRecord(RD);
}

/// The promise yields elements: a yield_value that takes a value. The dummy
/// `void yield_value()` of Asio's experimental::task yields nothing; the
/// error and stop channels of folly's and stdexec's tasks (yield_value(
/// co_error), yield_value(with_stopped)) do take one, which is why a
/// generator must also be iterable.
static bool yieldsElements(const CXXRecordDecl *Promise) {
  bool Yields = false;
  forEachMember(Promise, "yield_value", [&](const NamedDecl &D) {
    if (const FunctionDecl *FD = asFunction(&D))
      Yields = Yields || FD->getNumParams() > 0;
  });
  return Yields;
}

/// Whether \p T is a std::coroutine_handle.
static bool isCoroutineHandle(QualType T) {
  const CXXRecordDecl *RD = recordOf(T);
  if (!RD)
    return false;
  std::string Name = qualifiedName(RD);
  return Name == "std::coroutine_handle" ||
         Name == "std::experimental::coroutine_handle";
}

/// The user-written destructor of \p RD, with a body, if any.
static const FunctionDecl *writtenDestructor(const CXXRecordDecl *RD) {
  RD = definitionOrPattern(RD);
  if (!RD)
    return nullptr;
  for (const Decl *D : RD->decls())
    if (const auto *Dtor = dyn_cast<CXXDestructorDecl>(D))
      if (Dtor->isUserProvided())
        return Dtor;
  return nullptr;
}

static const Stmt *bodyOrPattern(const FunctionDecl *FD) {
  if (!FD)
    return nullptr;
  if (const Stmt *Body = FD->getBody())
    return Body;
  if (const FunctionDecl *Pattern = FD->getTemplateInstantiationPattern())
    return Pattern->getBody();
  return nullptr;
}

/// Whether \p Body calls a member named one of \p Names.
static bool callsMemberNamed(const Stmt *Body,
                             std::initializer_list<llvm::StringRef> Names) {
  if (!Body)
    return false;
  if (const auto *Call = dyn_cast<CallExpr>(Body)) {
    llvm::StringRef Name;
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call)) {
      if (const CXXMethodDecl *M = Member->getMethodDecl(); M && M->getIdentifier())
        Name = M->getName();
    } else if (const auto *Dep = dyn_cast<CXXDependentScopeMemberExpr>(
                   Call->getCallee()->IgnoreParens())) {
      if (Dep->getMember().isIdentifier())
        Name = Dep->getMember().getAsIdentifierInfo()->getName();
    }
    if (!Name.empty() && llvm::is_contained(Names, Name))
      return true;
  }
  for (const Stmt *Child : Body->children())
    if (callsMemberNamed(Child, Names))
      return true;
  return false;
}

/// The return object owns the frame: it holds anything but coroutine
/// handles, or it destroys the handle it holds. A type that holds a handle
/// it never destroys (Drogon's AsyncTask) owns nothing.
static bool ownsFrame(const CXXRecordDecl *RD, unsigned Depth = 0) {
  RD = definitionOrPattern(RD);
  if (!RD || Depth > MaxDepth)
    return true; // Unknown: assume it owns something.
  bool Handles = false;
  for (const FieldDecl *Field : RD->fields()) {
    if (!isCoroutineHandle(Field->getType()))
      return true;
    Handles = true;
  }
  for (const CXXBaseSpecifier &B : RD->bases())
    if (ownsFrame(recordOf(B.getType()), Depth + 1))
      return true;
  if (!Handles)
    return false;
  if (const FunctionDecl *Dtor = writtenDestructor(RD))
    return !bodyOrPattern(Dtor) || callsMemberNamed(bodyOrPattern(Dtor), {"destroy"});
  // A destructor declared but not written here may destroy it.
  for (const Decl *D : RD->decls())
    if (isa<CXXDestructorDecl>(D) && !D->isImplicit())
      return true;
  return false;
}

/// The return object's destructor waits for the coroutine (a future's
/// get() or wait(), a join()): nothing is lost when it is dropped.
static bool joinsOnDestroy(const CXXRecordDecl *RD) {
  const FunctionDecl *Dtor = writtenDestructor(RD);
  return Dtor && callsMemberNamed(bodyOrPattern(Dtor), {"get", "wait", "join"});
}

const ClassTemplateDecl *CoroModel::coroutineTraits(const ASTContext &Ctx) {
  if (TraitsContext == &Ctx)
    return CoroutineTraits;
  TraitsContext = &Ctx;
  CoroutineTraits = nullptr;
  auto &Idents = const_cast<ASTContext &>(Ctx).Idents;
  for (const NamedDecl *Std :
       Ctx.getTranslationUnitDecl()->lookup(&Idents.get("std")))
    if (const auto *NS = dyn_cast<NamespaceDecl>(Std))
      for (const NamedDecl *D : NS->lookup(&Idents.get("coroutine_traits")))
        if (const auto *CTD = dyn_cast<ClassTemplateDecl>(D))
          CoroutineTraits = CTD;
  return CoroutineTraits;
}

static const CXXRecordDecl *promiseMemberOf(const CXXRecordDecl *RD) {
  const NamedDecl *D = findMember(RD, "promise_type");
  // coroutine_traits<R> reads R::promise_type from outside R: a private or
  // protected one (QCoro's generator iterator keeps one for itself) makes
  // no coroutine type.
  if (!D || D->getAccess() == AS_private || D->getAccess() == AS_protected)
    return nullptr;
  if (const auto *Nested = dyn_cast<CXXRecordDecl>(D))
    return Nested;
  if (const auto *Alias = dyn_cast<TypedefNameDecl>(D))
    return recordOf(Alias->getUnderlyingType());
  return nullptr;
}

/// The promise of coroutines returning \p T: a nested promise_type, or the
/// promise_type of the std::coroutine_traits specialization that the
/// coroutine's signature selects.
class StructureReader {
public:
  /// \p Args are the coroutine's parameter types (with the implicit object
  /// parameter first, for a member), or none when the signature is unknown
  /// (a type seen without a function): then the specialization that needs
  /// the fewest arguments is taken.
  static const CXXRecordDecl *promiseOf(CoroModel &M, const CXXRecordDecl *RD,
                                        QualType T,
                                        const std::vector<QualType> *Args) {
    const ClassTemplateDecl *Traits = M.coroutineTraits(RD->getASTContext());
    const CXXRecordDecl *Nested = promiseMemberOf(RD);
    if (!Traits)
      return Nested;
    CanQualType Want = T->getCanonicalTypeUnqualified();

    // A specialization the compiler made for exactly this signature has the
    // promise it used. Without a signature, one for no parameters.
    std::vector<QualType> None;
    for (const ClassTemplateSpecializationDecl *Spec :
         Traits->specializations())
      if (sameSignature(Spec->getTemplateArgs().asArray(), Want,
                        Args ? *Args : None))
        if (const CXXRecordDecl *P = promiseMemberOf(Spec))
          return P;

    // Without a signature, where the parameters cannot change the promise,
    // any specialization the compiler made for this return type.
    bool ByArguments = choosesByArguments(M, RD, T);
    if (!Args && !ByArguments)
      for (const ClassTemplateSpecializationDecl *Spec :
           Traits->specializations()) {
        llvm::ArrayRef<TemplateArgument> A = Spec->getTemplateArgs().asArray();
        if (!A.empty() && sameType(A[0], QualType(Want)))
          if (const CXXRecordDecl *P = promiseMemberOf(Spec))
            return P;
      }

    // Otherwise the best partial specialization whose pattern fits.
    const CXXRecordDecl *Best = nullptr;
    int BestScore = -1;
    for (const ClassTemplatePartialSpecializationDecl *Partial :
         partials(Traits)) {
      std::optional<int> Score =
          fits(Partial->getTemplateArgs().asArray(), Want, Args);
      if (!Score || *Score <= BestScore)
        continue;
      if (const CXXRecordDecl *P = promiseMemberOf(Partial)) {
        Best = P;
        BestScore = *Score;
      }
    }
    return Best ? Best : Nested;
  }

  /// Whether the traits can choose between promises for coroutines
  /// returning \p T by their parameter types: more than one partial or
  /// explicit specialization fits the return type.
  static bool choosesByArguments(CoroModel &M, const CXXRecordDecl *RD,
                                 QualType T) {
    const ClassTemplateDecl *Traits = M.coroutineTraits(RD->getASTContext());
    if (!Traits)
      return false;
    CanQualType Want = T->getCanonicalTypeUnqualified();
    unsigned Candidates = 0;
    for (const ClassTemplatePartialSpecializationDecl *Partial :
         partials(Traits)) {
      llvm::ArrayRef<TemplateArgument> A = Partial->getTemplateArgs().asArray();
      Candidates += !A.empty() && fitsOne(A[0], QualType(Want)).has_value();
    }
    for (const ClassTemplateSpecializationDecl *Spec : Traits->specializations()) {
      llvm::ArrayRef<TemplateArgument> A = Spec->getTemplateArgs().asArray();
      Candidates += Spec->getSpecializationKind() == TSK_ExplicitSpecialization &&
                    !A.empty() && sameType(A[0], QualType(Want));
    }
    return Candidates > 1;
  }

private:
  static llvm::SmallVector<ClassTemplatePartialSpecializationDecl *, 4>
  partials(const ClassTemplateDecl *Traits) {
    llvm::SmallVector<ClassTemplatePartialSpecializationDecl *, 4> Partials;
    const_cast<ClassTemplateDecl *>(Traits)->getPartialSpecializations(Partials);
    return Partials;
  }

  /// The template arguments, with packs expanded.
  static std::vector<TemplateArgument>
  flatten(llvm::ArrayRef<TemplateArgument> Args) {
    std::vector<TemplateArgument> Out;
    for (const TemplateArgument &A : Args) {
      if (A.getKind() == TemplateArgument::Pack)
        for (const TemplateArgument &P : A.pack_elements())
          Out.push_back(P);
      else
        Out.push_back(A);
    }
    return Out;
  }

  static bool sameType(const TemplateArgument &A, QualType T) {
    return A.getKind() == TemplateArgument::Type &&
           !A.getAsType()->isDependentType() &&
           A.getAsType()->getCanonicalTypeUnqualified() ==
               T->getCanonicalTypeUnqualified() &&
           A.getAsType().getCanonicalType().getLocalQualifiers() ==
               T.getCanonicalType().getLocalQualifiers();
  }

  static bool sameSignature(llvm::ArrayRef<TemplateArgument> Written,
                            CanQualType Want, const std::vector<QualType> &Args) {
    std::vector<TemplateArgument> A = flatten(Written);
    if (A.size() != Args.size() + 1 || !sameType(A[0], QualType(Want)))
      return false;
    for (size_t I = 0; I < Args.size(); ++I)
      if (!sameType(A[I + 1], Args[I]))
        return false;
    return true;
  }

  /// Whether a pattern argument fits \p T: equal when it is not dependent;
  /// a template-id of a dependent argument (`result<T>`) fits a
  /// specialization of that template; a bare parameter fits anything.
  static std::optional<int> fitsOne(const TemplateArgument &A, QualType T) {
    if (A.getKind() != TemplateArgument::Type)
      return std::nullopt;
    QualType P = A.getAsType();
    if (!P->isDependentType())
      return P->getCanonicalTypeUnqualified() == T->getCanonicalTypeUnqualified()
                 ? std::optional<int>(2)
                 : std::nullopt;
    if (const auto *TST = P->getAs<TemplateSpecializationType>()) {
      const TemplateDecl *Want = TST->getTemplateName().getAsTemplateDecl();
      const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
          T->getAsCXXRecordDecl());
      if (!Want || !Spec ||
          Spec->getSpecializedTemplate()->getCanonicalDecl() !=
              Want->getCanonicalDecl())
        return std::nullopt;
      return 1;
    }
    // `ExecutorType *`: a pointer fits a pointer.
    if (P->isPointerType() != T->isPointerType() &&
        !isa<TemplateTypeParmType>(P.getCanonicalType()))
      return std::nullopt;
    return 0;
  }

  /// How well a partial specialization's pattern fits the signature (the
  /// more arguments fixed, the better), or nullopt when it does not.
  static std::optional<int> fits(llvm::ArrayRef<TemplateArgument> Pattern,
                                 CanQualType Want,
                                 const std::vector<QualType> *Args) {
    if (Pattern.empty())
      return std::nullopt;
    std::optional<int> First = fitsOne(Pattern[0], QualType(Want));
    if (!First)
      return std::nullopt;
    int Score = *First;
    // The rest: fixed arguments, then perhaps a pack expansion.
    llvm::ArrayRef<TemplateArgument> Rest = Pattern.drop_front();
    std::vector<TemplateArgument> Fixed;
    bool Open = false;
    for (const TemplateArgument &A : Rest) {
      if (A.getKind() == TemplateArgument::Pack) {
        for (const TemplateArgument &E : A.pack_elements()) {
          if (E.getKind() == TemplateArgument::Type &&
              E.getAsType()->getAs<PackExpansionType>())
            Open = true;
          else
            Fixed.push_back(E);
        }
      } else if (A.getKind() == TemplateArgument::Type &&
                 A.getAsType()->getAs<PackExpansionType>()) {
        Open = true;
      } else {
        Fixed.push_back(A);
      }
    }
    if (!Args)
      // No signature: prefer the pattern that needs the fewest arguments.
      return Fixed.empty() ? Score : std::optional<int>();
    if (Fixed.size() > Args->size() || (!Open && Fixed.size() != Args->size()))
      return std::nullopt;
    for (size_t I = 0; I < Fixed.size(); ++I) {
      std::optional<int> One = fitsOne(Fixed[I], (*Args)[I]);
      if (!One)
        return std::nullopt;
      Score += *One + 1;
    }
    return Score;
  }
};

//===----------------------------------------------------------------------===//
// The model
//===----------------------------------------------------------------------===//

static void addNames(llvm::StringMap<Framework> &Set,
                     const std::vector<std::string> &Names, Framework Fw,
                     llvm::StringSet<> &LastNames) {
  for (const std::string &N : Names) {
    std::string Norm = normalizeName(N);
    LastNames.insert(lastComponent(Norm));
    Set.try_emplace(Norm, Fw);
  }
}

CoroModel::CoroModel(const ModelOptions &Opts) {
  for (const FrameworkTable &Table : frameworkTables()) {
    Framework Fw = Table.Id;
    for (const TypeEntry &T : Table.Types)
      TableTypes.try_emplace(normalizeName(T.QualifiedName), &T, Fw);
    for (const LazyCallEntry &L : Table.LazyOperationCalls) {
      std::string N = normalizeName(L.Function);
      FunctionLastNames.insert(lastComponent(N));
      LazyCalls[N].push_back({&L, Fw});
    }
    for (const DetachEntry &D : Table.Detach) {
      std::string N = normalizeName(D.Function);
      FunctionLastNames.insert(lastComponent(N));
      Detaches[N].push_back({&D, Fw});
    }
    addNames(Shields, Table.ShieldFunctions, Fw, FunctionLastNames);
    addNames(AsyncCleanups, Table.AsyncCleanupFunctions, Fw, FunctionLastNames);
    for (const BlockingWaitEntry &B : Table.BlockingWaits) {
      std::string N = normalizeName(B.Function);
      FunctionLastNames.insert(lastComponent(N));
      BlockingWaits.try_emplace(N, &B, Fw);
    }
    addNames(Observers, Table.ObserveFunctions, Fw, FunctionLastNames);
    for (const std::string &E : Table.CancellationExceptions)
      CancellationExceptions.try_emplace(normalizeName(E), Fw);
    for (const ScopeEntry &Scope : Table.Scopes)
      ScopeTypes.try_emplace(normalizeName(Scope.Type), &Scope, Fw);
    addNames(ScopeSpawns, Table.ScopeSpawnFunctions, Fw, FunctionLastNames);
    addNames(TaskKeepers, Table.TaskKeepers, Fw, FunctionLastNames);
    addNames(Combinators, Table.AwaitableCombinators, Fw, FunctionLastNames);
    addNames(ReadinessTests, Table.FutureReadinessTests, Fw, FunctionLastNames);
  }

  // The user's options come last and win over structure and tables.
  std::pair<const std::vector<std::string> *, Role> UserRoles[] = {
      {&Opts.LazyTaskTypes, Role::LazyTask},
      {&Opts.EagerTaskTypes, Role::EagerTask},
      {&Opts.DetachedCoroutineTypes, Role::DetachedCoroutine},
      {&Opts.GeneratorTypes, Role::Generator},
      {&Opts.AsyncGeneratorTypes, Role::AsyncGenerator},
  };
  for (auto &[Names, R] : UserRoles)
    for (const std::string &N : *Names)
      UserTypes[normalizeName(N)] = R;
  UserDetachEntries.reserve(Opts.DetachFunctions.size());
  for (const std::string &N : Opts.DetachFunctions)
    UserDetachEntries.push_back({normalizeName(N), DetachKind::NoScope, ""});
  for (const DetachEntry &D : UserDetachEntries) {
    FunctionLastNames.insert(lastComponent(D.Function));
    Detaches[D.Function].push_back({&D, Framework::Unknown});
  }
  addNames(Shields, Opts.ShieldFunctions, Framework::Unknown, FunctionLastNames);
  addNames(AsyncCleanups, Opts.AsyncCleanupFunctions, Framework::Unknown,
           FunctionLastNames);
  UserBlockingWaits.reserve(Opts.BlockingWaitFunctions.size());
  for (const std::string &N : Opts.BlockingWaitFunctions)
    UserBlockingWaits.push_back(
        {normalizeName(N), BlockingKind::SyncWait, "co_await it", false});
  for (const BlockingWaitEntry &B : UserBlockingWaits) {
    FunctionLastNames.insert(lastComponent(B.Function));
    BlockingWaits.try_emplace(B.Function, &B, Framework::Unknown);
  }
  for (const std::string &E : Opts.CancellationExceptions)
    CancellationExceptions.try_emplace(normalizeName(E), Framework::Unknown);
  // "Type=join1,join2": the joins are separated by commas or '|'.
  UserScopes.reserve(Opts.AsyncScopeTypes.size());
  for (llvm::StringRef Entry : Opts.AsyncScopeTypes) {
    auto [Type, Joins] = Entry.split('=');
    ScopeEntry Scope{normalizeName(Type.trim()), userScopeAddMethods().vec(),
                     {}, ""};
    llvm::SmallVector<llvm::StringRef, 4> Parts;
    llvm::SplitString(Joins, Parts, ",|");
    for (llvm::StringRef J : Parts)
      if (!J.trim().empty())
        Scope.JoinMethods.push_back(J.trim().str());
    if (!Scope.Type.empty() && !Scope.JoinMethods.empty())
      UserScopes.push_back(std::move(Scope));
  }
  for (const ScopeEntry &Scope : UserScopes)
    ScopeTypes[Scope.Type] = {&Scope, Framework::Unknown};
}

const ScopeEntry *CoroModel::scopeOf(QualType T, Framework *Fw) const {
  if (T.isNull())
    return nullptr;
  const CXXRecordDecl *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!RD)
    return nullptr;
  auto It = ScopeTypes.find(qualifiedName(RD));
  if (It == ScopeTypes.end())
    return nullptr;
  if (Fw)
    *Fw = It->second.second;
  return It->second.first;
}

bool CoroModel::isScopeSpawnFunction(const NamedDecl *Callee) const {
  return inNameSet(ScopeSpawns, Callee, nullptr);
}

bool CoroModel::isTaskKeeper(const NamedDecl *Callee) const {
  return inNameSet(TaskKeepers, Callee, nullptr);
}

bool CoroModel::isAwaitableCombinator(const NamedDecl *Callee) const {
  return inNameSet(Combinators, Callee, nullptr);
}

Framework CoroModel::frameworkOf(const NamedDecl *D) const {
  if (!D)
    return Framework::Unknown;
  std::string Name = qualifiedName(D);
  Framework Best = Framework::Unknown;
  size_t BestLen = 0;
  for (const FrameworkTable &Table : frameworkTables())
    for (const std::string &NS : Table.Namespaces)
      if (llvm::StringRef(Name).starts_with(NS) && NS.size() > BestLen) {
        Best = Table.Id;
        BestLen = NS.size();
      }
  return Best;
}

/// The class template a specialization comes from, or the class itself.
static const NamedDecl *familyOf(const CXXRecordDecl *RD) {
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD))
    return Spec->getSpecializedTemplate()->getCanonicalDecl();
  if (const CXXRecordDecl *Member = RD->getInstantiatedFromMemberClass())
    return Member->getCanonicalDecl();
  return RD->getCanonicalDecl();
}

/// For a table entry whose role depends on a template argument (Asio's
/// experimental::coro<Yield, Return>): the role of this specialization.
static std::optional<Role> roleByYieldArgument(const TypeEntry &Entry,
                                               const CXXRecordDecl *RD) {
  if (Entry.YieldTypeArg < 0)
    return std::nullopt;
  const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD);
  if (!Spec)
    return std::nullopt;
  const TemplateArgumentList &Args = Spec->getTemplateArgs();
  unsigned Index = Entry.YieldTypeArg;
  if (Index >= Args.size() || Args[Index].getKind() != TemplateArgument::Type)
    return std::nullopt;
  QualType Yield = Args[Index].getAsType();
  // `void` or `void()`: nothing is yielded and nothing pushed in.
  if (const auto *Signature = Yield->getAs<FunctionProtoType>())
    Yield = Signature->getNumParams() == 0 ? Signature->getReturnType()
                                           : QualType();
  return !Yield.isNull() && Yield->isVoidType() ? Role::LazyTask : Entry.Kind;
}

Classification CoroModel::classifyRecord(const CXXRecordDecl *RD, QualType T,
                                         const CXXRecordDecl *Promise) {
  Classification Result;
  Result.Family = familyOf(RD);
  std::string Name = qualifiedName(RD);

  // Structure: the promise decides. A generator is iterable and its
  // promise yields elements; otherwise initial_suspend decides.
  if (Promise) {
    Suspends Initial = promiseHookSuspends(Promise, "initial_suspend");
    if (isIterable(RD) && yieldsElements(Promise))
      Result.Kind = hasAwaitedIteration(RD) ? Role::AsyncGenerator
                                            : Role::Generator;
    else if (Initial == Suspends::Always)
      Result.Kind = Role::LazyTask;
    else if (Initial == Suspends::Never && ownsFrame(RD))
      Result.Kind = Role::EagerTask;
    else if (Initial == Suspends::Never &&
             promiseHookSuspends(Promise, "final_suspend") != Suspends::Always)
      Result.Kind = Role::DetachedCoroutine;
    Result.FromStructure = !Result.isNone();
    Result.JoinsOnDestroy =
        Result.Kind == Role::EagerTask && joinsOnDestroy(RD);
  }

  // Tables: fill in what structure could not see, refine a generator whose
  // awaited iteration is not visible in its declaration, and correct what
  // the real header's structure misreads.
  auto Table = TableTypes.find(Name);
  if (Table != TableTypes.end()) {
    const auto &[Entry, Fw] = Table->second;
    Result.Entry = Entry;
    Role Want = roleByYieldArgument(*Entry, RD).value_or(Entry->Kind);
    if (Result.isNone() || Entry->Pinned || Entry->YieldTypeArg >= 0 ||
        (Result.isGenerator() &&
         (Want == Role::Generator || Want == Role::AsyncGenerator))) {
      Result.FromStructure = Result.FromStructure && Result.Kind == Want;
      Result.Kind = Want;
    }
  }

  // The user's options win.
  auto User = UserTypes.find(Name);
  if (User != UserTypes.end()) {
    Result.Kind = User->second;
    Result.FromStructure = false;
  }

  if (!Result.isNone())
    Result.Fw = Table != TableTypes.end() ? Table->second.second
                                          : frameworkOf(RD);
  return Result;
}

Classification CoroModel::classifyType(QualType T) {
  if (T.isNull())
    return {};
  T = T.getNonReferenceType();
  if (T->isDependentType() || T->isVoidType())
    return {};
  const Type *Key = T->getCanonicalTypeUnqualified().getTypePtr();
  auto It = Cache.find(Key);
  if (It != Cache.end())
    return It->second;
  Classification Result;
  if (const CXXRecordDecl *RD = Key->getAsCXXRecordDecl())
    Result = classifyRecord(
        RD, QualType(Key, 0),
        StructureReader::promiseOf(*this, RD, QualType(Key, 0), nullptr));
  Cache.try_emplace(Key, Result);
  return Result;
}

/// The types std::coroutine_traits receives for a coroutine \p FD: its
/// parameters, after the implicit object parameter of a member.
static std::vector<QualType> signatureOf(const FunctionDecl &FD) {
  std::vector<QualType> Args;
  if (const auto *Method = dyn_cast<CXXMethodDecl>(&FD);
      Method && Method->isImplicitObjectMemberFunction()) {
    QualType Object = Method->getFunctionObjectParameterType();
    Args.push_back(Method->getRefQualifier() == RQ_RValue
                       ? FD.getASTContext().getRValueReferenceType(Object)
                       : FD.getASTContext().getLValueReferenceType(Object));
  }
  for (const ParmVarDecl *P : FD.parameters())
    Args.push_back(P->getType());
  return Args;
}

Classification CoroModel::classifyFunction(const FunctionDecl *FD) {
  if (!FD)
    return {};
  QualType T = FD->getReturnType().getNonReferenceType();
  if (T->isDependentType() || T->isVoidType())
    return {};
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  QualType Key(T->getCanonicalTypeUnqualified().getTypePtr(), 0);
  if (!RD || !StructureReader::choosesByArguments(*this, RD, Key))
    return classifyType(T);
  // The traits may choose the promise by the parameter types (a tag that
  // makes a coroutine lazy or eager): classify this signature.
  auto Found = FunctionCache.find(FD->getCanonicalDecl());
  if (Found != FunctionCache.end())
    return Found->second;
  std::vector<QualType> Args = signatureOf(*FD);
  const CXXRecordDecl *Promise = StructureReader::promiseOf(*this, RD, Key, &Args);
  Classification Result =
      Promise == StructureReader::promiseOf(*this, RD, Key, nullptr)
          ? classifyType(T)
          : classifyRecord(RD, Key, Promise);
  FunctionCache.try_emplace(FD->getCanonicalDecl(), Result);
  return Result;
}

llvm::StringRef CoroModel::requiredAsyncCleanup(QualType T) {
  Classification C = classifyType(T);
  if (!C.Entry || C.Entry->RequiresCleanupArg < 0)
    return {};
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T.getNonReferenceType()->getAsCXXRecordDecl());
  if (!Spec)
    return {};
  const TemplateArgumentList &Args = Spec->getTemplateArgs();
  unsigned Index = C.Entry->RequiresCleanupArg;
  if (Index >= Args.size() ||
      Args[Index].getKind() != TemplateArgument::Integral ||
      Args[Index].getAsIntegral().isZero())
    return {};
  return C.Entry->CleanupMember;
}

static bool tokenIsDefaulted(const CallExpr *Call, unsigned TokenIndex) {
  return Call->getNumArgs() <= TokenIndex ||
         isa<CXXDefaultArgExpr>(Call->getArg(TokenIndex));
}

Classification CoroModel::classifyCall(const CallExpr *Call) {
  if (const NamedDecl *FD = calleeOf(*Call);
      lastNameIn(FD, FunctionLastNames)) {
    auto It = LazyCalls.find(qualifiedName(FD));
    if (It != LazyCalls.end())
      for (const auto &[Entry, Fw] : It->second)
        // co_spawn(executor, awaitable[, token]): the token is argument 2.
        if (!Entry->RequiresNoToken || tokenIsDefaulted(Call, 2)) {
          Classification C;
          C.Kind = Role::LazyOperation;
          C.Fw = Fw;
          C.Family = cast<NamedDecl>(FD->getCanonicalDecl());
          return C;
        }
  }
  if (const FunctionDecl *FD = Call->getDirectCallee();
      FD && !Call->getType()->isReferenceType()) {
    Classification C = classifyFunction(FD);
    // A runner whose result is an awaitable runs the task it was given only
    // when that awaitable is awaited: a lazy operation.
    if (C.isNone() && isAwaitable(Call->getType()))
      if (const Expr *Task = runnerTask(Call)) {
        C = classifyType(Task->getType());
        C.Kind = Role::LazyOperation;
        C.Entry = nullptr;
      }
    return C;
  }
  return classifyType(Call->getType());
}

const Expr *CoroModel::runnerTask(const CallExpr *Call) {
  const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call);
  if (!Op || Op->getOperator() != OO_Call || Op->getNumArgs() != 2)
    return nullptr;
  // A runner is used once, at once: its operator() takes the object as an
  // rvalue (`void operator()(Task t) &&`), unlike a std::function or a
  // lambda.
  const auto *Method = dyn_cast_or_null<CXXMethodDecl>(Op->getDirectCallee());
  if (!Method || Method->getRefQualifier() != RQ_RValue)
    return nullptr;
  // The runner is a temporary that a call returned: run(ex)(task).
  const Expr *Runner = Op->getArg(0)->IgnoreImplicit();
  if (!isa<CallExpr>(Runner) || !Runner->isPRValue())
    return nullptr;
  const Expr *Task = Op->getArg(1)->IgnoreImplicit();
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Task);
      Construct && Construct->getNumArgs() == 1)
    Task = Construct->getArg(0)->IgnoreImplicit();
  if (Task->getType()->isDependentType() ||
      classifyType(Task->getType()).Kind != Role::LazyTask)
    return nullptr;
  return Task;
}

Classification CoroModel::classifyCoroutine(const FunctionDecl *FD) {
  if (!FD || !isa_and_nonnull<CoroutineBodyStmt>(FD->getBody()))
    return {};
  return classifyFunction(FD);
}

bool CoroModel::awaitIsDeprecated(QualType T) {
  const CXXRecordDecl *RD = recordOf(T);
  if (!RD)
    return false;
  RD = definitionOrPattern(RD);
  if (!RD)
    return false;
  DeclarationName Name =
      RD->getASTContext().DeclarationNames.getCXXOperatorName(OO_Coawait);
  for (const NamedDecl *D : RD->lookup(Name)) {
    if (const auto *Template = dyn_cast<FunctionTemplateDecl>(D))
      D = Template->getTemplatedDecl();
    if (D->hasAttr<DeprecatedAttr>())
      return true;
  }
  for (const CXXBaseSpecifier &Base : RD->bases())
    if (awaitIsDeprecated(Base.getType()))
      return true;
  return false;
}

bool CoroModel::canAwaitIn(const Classification &Task,
                           const Classification &Coroutine) {
  if (Task.isNone() || Coroutine.isNone() || Coroutine.isGenerator())
    return false;
  if (Task.Entry && Task.Entry->AwaitedOnlyBySameType)
    return Coroutine.Entry == Task.Entry;
  if (Task.Fw != Framework::Unknown)
    return Task.Fw == Coroutine.Fw;
  return Coroutine.Fw == Framework::Unknown && Task.Family &&
         Task.Family == Coroutine.Family;
}

DetachMatch CoroModel::detachApi(const CallExpr *Call) const {
  const NamedDecl *FD = calleeOf(*Call);
  if (!lastNameIn(FD, FunctionLastNames))
    return {};
  auto It = Detaches.find(qualifiedName(FD));
  if (It == Detaches.end())
    return {};
  for (const auto &[Entry, Fw] : It->second) {
    if (Entry->TokenType.empty())
      return {Entry, Fw};
    // The completion token is the last argument written.
    for (unsigned I = Call->getNumArgs(); I-- > 0;) {
      const Expr *Arg = Call->getArg(I);
      if (isa<CXXDefaultArgExpr>(Arg))
        continue;
      const CXXRecordDecl *Token = unwrapTokenBinders(
          Arg->getType().getNonReferenceType()->getAsCXXRecordDecl(), Fw);
      if (Token && qualifiedName(Token) == normalizeName(Entry->TokenType))
        return {Entry, Fw};
      break;
    }
  }
  return {};
}

const CXXRecordDecl *CoroModel::unwrapTokenBinders(const CXXRecordDecl *Token,
                                                    Framework Fw) const {
  // bind_cancellation_slot(slot, detached), bind_executor(ex, detached),
  // bind_allocator(a, detached): the binder's first argument is the token.
  for (unsigned Depth = 0; Token && Depth < MaxDepth; ++Depth) {
    const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Token);
    if (!Spec || !matchesNameList(Spec, frameworkTable(Fw).TokenBinders))
      return Token;
    const TemplateArgumentList &Args = Spec->getTemplateArgs();
    if (Args.size() == 0 || Args[0].getKind() != TemplateArgument::Type)
      return Token;
    Token = Args[0].getAsType()->getAsCXXRecordDecl();
  }
  return Token;
}

std::vector<std::string> CoroModel::detachFunctionNames() const {
  std::vector<std::string> Names;
  for (const auto &Entry : Detaches)
    Names.push_back(lastComponent(Entry.getKey()).str());
  llvm::sort(Names);
  Names.erase(std::unique(Names.begin(), Names.end()), Names.end());
  return Names;
}

bool CoroModel::inNameSet(const llvm::StringMap<Framework> &Set,
                          const NamedDecl *D, Framework *Fw) const {
  if (!lastNameIn(D, FunctionLastNames))
    return false;
  auto It = Set.find(qualifiedName(D));
  if (It == Set.end())
    return false;
  if (Fw)
    *Fw = It->second;
  return true;
}

bool CoroModel::isShieldFunction(const NamedDecl *Callee, Framework *Fw) const {
  return inNameSet(Shields, Callee, Fw);
}

bool CoroModel::isAsyncCleanupFunction(const NamedDecl *Callee) const {
  return inNameSet(AsyncCleanups, Callee, nullptr);
}

/// The C library's waits (sleep, usleep, nanosleep) are matched only where
/// the callee is the C function: a user's own `sleep` coroutine is not.
static bool matchesCallee(const BlockingWaitEntry &Entry, Framework Fw,
                          const NamedDecl *Callee) {
  if (Fw != Framework::Std || llvm::StringRef(Entry.Function).contains("::"))
    return true;
  const auto *FD = dyn_cast_or_null<FunctionDecl>(Callee);
  return FD && FD->isExternC();
}

BlockingWaitMatch CoroModel::blockingWait(const NamedDecl *Callee) const {
  if (!lastNameIn(Callee, FunctionLastNames))
    return {};
  auto It = BlockingWaits.find(qualifiedName(Callee));
  if (It == BlockingWaits.end() ||
      !matchesCallee(*It->second.first, It->second.second, Callee))
    return {};
  return {It->second.first, It->second.second};
}

llvm::SmallVector<std::string, 2>
CoroModel::callNames(const CallExpr &Call) const {
  llvm::SmallVector<std::string, 2> Names;
  const NamedDecl *Callee = calleeOrCandidate(Call);
  if (!lastNameIn(Callee, FunctionLastNames))
    return Names;
  Names.push_back(qualifiedName(Callee));
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call))
    if (const Expr *Object = Member->getImplicitObjectArgument()) {
      // The object as written: a base-class member is called through an
      // implicit derived-to-base cast.
      QualType T = Object->IgnoreParenImpCasts()->getType();
      if (const auto *Ptr = T->getAs<PointerType>())
        T = Ptr->getPointeeType();
      const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
      if (const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
          RD && Method && RD != Method->getParent())
        Names.push_back(qualifiedName(RD) + "::" + Callee->getNameAsString());
    }
  return Names;
}

BlockingWaitMatch CoroModel::blockingWait(const CallExpr &Call) const {
  for (const std::string &Name : callNames(Call))
    if (auto It = BlockingWaits.find(Name);
        It != BlockingWaits.end() &&
        matchesCallee(*It->second.first, It->second.second,
                      calleeOrCandidate(Call)))
      return {It->second.first, It->second.second};
  return {};
}

bool CoroModel::isReadinessTest(const CallExpr &Call) const {
  return llvm::any_of(callNames(Call), [&](const std::string &Name) {
    return ReadinessTests.count(Name) != 0;
  });
}

bool CoroModel::isObserveFunction(const NamedDecl *Callee) const {
  return inNameSet(Observers, Callee, nullptr);
}

bool CoroModel::isCancellationException(QualType T) const {
  const CXXRecordDecl *RD = T.isNull() ? nullptr : T->getAsCXXRecordDecl();
  return RD && CancellationExceptions.count(qualifiedName(RD));
}

} // namespace coro_tidy
