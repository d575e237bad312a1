//===- CoroModelTest.cpp - Unit tests of the coroutine model --------------===//
//
// Classifies return types of declared functions, from in-house code (by
// structure alone), the stand-in headers, and the real Debian Boost.Asio,
// standalone asio and QCoro headers.
//
//===----------------------------------------------------------------------===//

#include "lib/AstHelpers.h"
#include "lib/CoroModel.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"
#include "gtest/gtest.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;
using namespace clang::ast_matchers;
using namespace coro_tidy;

namespace {

std::vector<std::string> flags(std::vector<std::string> Extra = {}) {
  std::vector<std::string> Args = {
      "-std=c++20", "-resource-dir", CORO_TIDY_CLANG_RESOURCE_DIR,
      "-isystem", CORO_TIDY_INPUTS,
      "-isystem", std::string(CORO_TIDY_INPUTS) + "/std-generator"};
  Args.insert(Args.end(), Extra.begin(), Extra.end());
  return Args;
}

std::vector<std::string> qcoroFlags() {
  std::string Qt = "/usr/include/x86_64-linux-gnu/qt6";
  return flags({"-fPIC", "-isystem", Qt, "-isystem", Qt + "/QtCore", "-isystem",
                "/usr/include/qcoro6", "-isystem", "/usr/include/qcoro6/qcoro"});
}

/// A parsed translation unit and a model to ask about it.
struct Parsed {
  std::unique_ptr<ASTUnit> AST;
  CoroModel Model;

  Parsed(llvm::StringRef Code, std::vector<std::string> Args,
         const ModelOptions &Opts = {})
      : AST(tooling::buildASTFromCodeWithArgs(Code, Args, "input.cc")),
        Model(Opts) {}

  bool ok() const {
    return AST && !AST->getDiagnostics().hasErrorOccurred();
  }

  const FunctionDecl *function(llvm::StringRef Name) {
    auto Found = match(functionDecl(hasName(Name)).bind("f"),
                       AST->getASTContext());
    return Found.empty() ? nullptr : Found[0].getNodeAs<FunctionDecl>("f");
  }

  /// The role and framework of the return type of function \p Name.
  Classification returnOf(llvm::StringRef Name) {
    const FunctionDecl *FD = function(Name);
    EXPECT_NE(FD, nullptr) << Name.str();
    return FD ? Model.classifyType(FD->getReturnType()) : Classification{};
  }

  /// The first call in function \p Name.
  const CallExpr *firstCallIn(llvm::StringRef Name) {
    auto Found =
        match(functionDecl(hasName(Name),
                           hasBody(hasDescendant(callExpr().bind("c")))),
              AST->getASTContext());
    return Found.empty() ? nullptr : Found[0].getNodeAs<CallExpr>("c");
  }
};

#define EXPECT_ROLE(P, Fn, R, F)                                               \
  do {                                                                         \
    Classification C = (P).returnOf(Fn);                                      \
    EXPECT_EQ(roleName(C.Kind), roleName(R)) << Fn;                            \
    EXPECT_EQ(frameworkName(C.Fw), frameworkName(F)) << Fn;                    \
  } while (0)

TEST(CoroModel, InHouseTypesByStructureOnly) {
  // Declarations only: no promise is instantiated, the model reads patterns.
  Parsed P(R"cc(
    #include <inhouse/inhouse.h>
    acme::Job<int> job();
    acme::EagerJob<int> eager();
    acme::Stream<int> stream();
    acme::AsyncStream<int> async_stream();
    acme::FireAndForget fire();
    acme::DeferredJob<int> deferred();
    struct NotACoroutine {};
    NotACoroutine plain();
  )cc",
           flags());
  ASSERT_TRUE(P.ok());
  EXPECT_ROLE(P, "job", Role::LazyTask, Framework::Unknown);
  EXPECT_ROLE(P, "eager", Role::EagerTask, Framework::Unknown);
  EXPECT_ROLE(P, "stream", Role::Generator, Framework::Unknown);
  EXPECT_ROLE(P, "async_stream", Role::AsyncGenerator, Framework::Unknown);
  EXPECT_ROLE(P, "fire", Role::DetachedCoroutine, Framework::Unknown);
  EXPECT_ROLE(P, "deferred", Role::LazyTask, Framework::Unknown);
  EXPECT_ROLE(P, "plain", Role::None, Framework::Unknown);
  EXPECT_TRUE(P.returnOf("job").FromStructure);
  EXPECT_TRUE(P.returnOf("deferred").FromStructure);
}

TEST(CoroModel, InHouseTypesWithInstantiatedPromises) {
  Parsed P(R"cc(
    #include <inhouse/inhouse.h>
    acme::Job<int> job() { co_return 1; }
    acme::EagerJob<int> eager() { co_return 1; }
    acme::Stream<int> stream() { co_yield 1; }
    acme::FireAndForget fire() { co_return; }
  )cc",
           flags());
  ASSERT_TRUE(P.ok());
  EXPECT_ROLE(P, "job", Role::LazyTask, Framework::Unknown);
  EXPECT_ROLE(P, "eager", Role::EagerTask, Framework::Unknown);
  EXPECT_ROLE(P, "stream", Role::Generator, Framework::Unknown);
  EXPECT_ROLE(P, "fire", Role::DetachedCoroutine, Framework::Unknown);
}

TEST(CoroModel, PromiseFromCoroutineTraitsSpecialization) {
  Parsed P(R"cc(
    #include <winrt/base.h>
    winrt::fire_and_forget declared();
    winrt::fire_and_forget defined() { co_return; }
  )cc",
           flags());
  ASSERT_TRUE(P.ok());
  EXPECT_ROLE(P, "declared", Role::DetachedCoroutine, Framework::WinRT);
  EXPECT_ROLE(P, "defined", Role::DetachedCoroutine, Framework::WinRT);
}

TEST(CoroModel, NewerFrameworksFromTheirTables) {
  Parsed P(R"cc(
    #include <async_simple/coro/Lazy.h>
    #include <async_simple/coro/Generator.h>
    #include <concurrencpp/concurrencpp.h>
    #include <drogon/utils/coroutine.h>
    #include <seastar/core/coroutine.hh>
    #include <winrt/Windows.Foundation.h>
    #include <boost/capy.hpp>
    async_simple::coro::Lazy<int> probe_lazy();
    async_simple::coro::RescheduleLazy<int> probe_rescheduled();
    async_simple::coro::Generator<int> probe_numbers();
    concurrencpp::result<int> probe_result();
    concurrencpp::result<int> probe_posted(concurrencpp::executor_tag,
                                     std::shared_ptr<concurrencpp::executor>);
    concurrencpp::lazy_result<int> probe_lazyResult();
    concurrencpp::null_result probe_nullResult();
    drogon::Task<int> probe_task();
    drogon::AsyncTask probe_asyncTask();
    seastar::future<int> probe_load();
    winrt::Windows::Foundation::IAsyncAction probe_action();
    winrt::Windows::Foundation::IAsyncOperation<int> probe_operation();
    boost::capy::task<int> probe_capyTask();
  )cc",
           flags());
  ASSERT_TRUE(P.ok());
  EXPECT_ROLE(P, "probe_lazy", Role::LazyTask, Framework::AsyncSimple);
  EXPECT_ROLE(P, "probe_rescheduled", Role::LazyTask, Framework::AsyncSimple);
  EXPECT_ROLE(P, "probe_numbers", Role::Generator, Framework::AsyncSimple);
  EXPECT_ROLE(P, "probe_result", Role::EagerTask, Framework::Concurrencpp);
  EXPECT_ROLE(P, "probe_posted", Role::EagerTask, Framework::Concurrencpp);
  EXPECT_ROLE(P, "probe_lazyResult", Role::LazyTask, Framework::Concurrencpp);
  EXPECT_ROLE(P, "probe_nullResult", Role::DetachedCoroutine, Framework::Concurrencpp);
  EXPECT_ROLE(P, "probe_task", Role::LazyTask, Framework::Drogon);
  EXPECT_ROLE(P, "probe_asyncTask", Role::DetachedCoroutine, Framework::Drogon);
  EXPECT_ROLE(P, "probe_load", Role::EagerTask, Framework::Seastar);
  EXPECT_ROLE(P, "probe_action", Role::EagerTask, Framework::WinRT);
  EXPECT_ROLE(P, "probe_operation", Role::EagerTask, Framework::WinRT);
  EXPECT_ROLE(P, "probe_capyTask", Role::LazyTask, Framework::Capy);
}

TEST(CoroModel, StandInFrameworks) {
  Parsed P(R"cc(
    #include <folly/coro/Task.h>
    #include <folly/coro/AsyncGenerator.h>
    #include <cppcoro/task.hpp>
    #include <cppcoro/shared_task.hpp>
    #include <cppcoro/generator.hpp>
    #include <cppcoro/async_generator.hpp>
    #include <unifex/task.hpp>
    #include <exec/task.hpp>
    #include <stdexec/execution.hpp>
    #include <boost/cobalt/task.hpp>
    #include <boost/cobalt/promise.hpp>
    #include <boost/cobalt/generator.hpp>
    #include <boost/cobalt/detached.hpp>
    #include <coro/task.hpp>
    #include <coro/generator.hpp>
    #include <generator>
    folly::coro::Task<int> folly_task();
    folly::coro::TaskWithExecutor<int> folly_with_executor();
    folly::coro::AsyncGenerator<int> folly_gen();
    folly::coro::CleanableAsyncGenerator<int> folly_cleanable();
    cppcoro::task<int> cppcoro_task();
    cppcoro::shared_task<int> cppcoro_shared();
    cppcoro::generator<int> cppcoro_gen();
    cppcoro::async_generator<int> cppcoro_async_gen();
    unifex::task<int> unifex_task();
    unifex::nothrow_task<int> unifex_nothrow();
    exec::task<int> exec_task();
    stdexec::task<int> stdexec_task();
    boost::cobalt::task<int> cobalt_task();
    boost::cobalt::promise<int> cobalt_promise();
    boost::cobalt::generator<int> cobalt_gen();
    boost::cobalt::detached cobalt_detached();
    coro::task<int> libcoro_task();
    coro::generator<int> libcoro_gen();
    std::generator<int> std_gen();
  )cc",
           flags());
  ASSERT_TRUE(P.ok());
  EXPECT_ROLE(P, "folly_task", Role::LazyTask, Framework::Folly);
  EXPECT_ROLE(P, "folly_with_executor", Role::LazyTask, Framework::Folly);
  EXPECT_ROLE(P, "folly_gen", Role::AsyncGenerator, Framework::Folly);
  EXPECT_ROLE(P, "folly_cleanable", Role::AsyncGenerator, Framework::Folly);
  EXPECT_ROLE(P, "cppcoro_task", Role::LazyTask, Framework::Cppcoro);
  EXPECT_ROLE(P, "cppcoro_shared", Role::LazyTask, Framework::Cppcoro);
  EXPECT_ROLE(P, "cppcoro_gen", Role::Generator, Framework::Cppcoro);
  EXPECT_ROLE(P, "cppcoro_async_gen", Role::AsyncGenerator, Framework::Cppcoro);
  EXPECT_ROLE(P, "unifex_task", Role::LazyTask, Framework::Unifex);
  EXPECT_ROLE(P, "unifex_nothrow", Role::LazyTask, Framework::Unifex);
  EXPECT_ROLE(P, "exec_task", Role::LazyTask, Framework::Stdexec);
  EXPECT_ROLE(P, "stdexec_task", Role::LazyTask, Framework::Stdexec);
  EXPECT_ROLE(P, "cobalt_task", Role::LazyTask, Framework::Cobalt);
  EXPECT_ROLE(P, "cobalt_promise", Role::EagerTask, Framework::Cobalt);
  EXPECT_ROLE(P, "cobalt_gen", Role::AsyncGenerator, Framework::Cobalt);
  EXPECT_ROLE(P, "cobalt_detached", Role::DetachedCoroutine, Framework::Cobalt);
  EXPECT_ROLE(P, "libcoro_task", Role::LazyTask, Framework::Libcoro);
  EXPECT_ROLE(P, "libcoro_gen", Role::Generator, Framework::Libcoro);
  EXPECT_ROLE(P, "std_gen", Role::Generator, Framework::Std);
  Classification Promise = P.returnOf("cobalt_promise");
  ASSERT_NE(Promise.Entry, nullptr);
  EXPECT_TRUE(Promise.Entry->CancelsOnDestroy);
  EXPECT_EQ(Promise.Entry->ShortName, "cobalt::promise");
}

TEST(CoroModel, RequiredAsyncCleanupReadsTheTemplateArgument) {
  Parsed P(R"cc(
    #include <folly/coro/AsyncGenerator.h>
    #include <generator>
    folly::coro::AsyncGenerator<int> folly_gen();
    folly::coro::CleanableAsyncGenerator<int> folly_cleanable();
    folly::coro::AsyncGenerator<int, int, true> folly_spelled_out();
    std::generator<int> std_gen();
  )cc",
           flags());
  ASSERT_TRUE(P.ok());
  auto CleanupOf = [&](llvm::StringRef Fn) {
    return P.Model.requiredAsyncCleanup(P.function(Fn)->getReturnType()).str();
  };
  EXPECT_EQ(CleanupOf("folly_gen"), "");
  EXPECT_EQ(CleanupOf("folly_cleanable"), "cleanup");
  EXPECT_EQ(CleanupOf("folly_spelled_out"), "cleanup");
  EXPECT_EQ(CleanupOf("std_gen"), "");
}

TEST(CoroModel, RealBoostAsio) {
  Parsed P(R"cc(
    #include <boost/asio.hpp>
    boost::asio::awaitable<int> declared();
    boost::asio::awaitable<void> defined() { co_return; }
  )cc",
           flags());
  ASSERT_TRUE(P.ok());
  EXPECT_ROLE(P, "declared", Role::LazyTask, Framework::BoostAsio);
  EXPECT_ROLE(P, "defined", Role::LazyTask, Framework::BoostAsio);
  EXPECT_TRUE(P.returnOf("defined").FromStructure);
}

TEST(CoroModel, RealStandaloneAsio) {
  // asio 1.22 enables co_await under clang only for the Coroutines TS;
  // with C++20 coroutines users define these.
  Parsed P(R"cc(
    #include <asio.hpp>
    asio::awaitable<int> declared();
  )cc",
           flags({"-DASIO_HAS_CO_AWAIT=1", "-DASIO_HAS_STD_COROUTINE=1"}));
  ASSERT_TRUE(P.ok());
  EXPECT_ROLE(P, "declared", Role::LazyTask, Framework::Asio);
}

TEST(CoroModel, RealQCoro) {
  Parsed P(R"cc(
    #include <qcoro/qcorotask.h>
    #include <qcoro/qcorogenerator.h>
    #include <qcoro/qcoroasyncgenerator.h>
    QCoro::Task<int> declared();
    QCoro::Task<void> defined() { co_return; }
    QCoro::Generator<int> gen();
    QCoro::AsyncGenerator<int> async_gen();
  )cc",
           qcoroFlags());
  ASSERT_TRUE(P.ok());
  EXPECT_ROLE(P, "declared", Role::EagerTask, Framework::QCoro);
  EXPECT_ROLE(P, "defined", Role::EagerTask, Framework::QCoro);
  EXPECT_ROLE(P, "gen", Role::Generator, Framework::QCoro);
  EXPECT_ROLE(P, "async_gen", Role::AsyncGenerator, Framework::QCoro);
}

TEST(CoroModel, LazyOperationsAreCalls) {
  Parsed Folly(R"cc(
    #include <folly/coro/Task.h>
    folly::coro::Task<int> t();
    void use() { t().semi(); }
  )cc",
               flags());
  ASSERT_TRUE(Folly.ok());
  const CallExpr *Semi = Folly.firstCallIn("use");
  ASSERT_NE(Semi, nullptr);
  EXPECT_EQ(Folly.Model.classifyCall(Semi).Kind, Role::LazyOperation);
  EXPECT_EQ(Folly.Model.classifyCall(Semi).Fw, Framework::Folly);
  // The same SemiFuture type is no coroutine by itself.
  EXPECT_EQ(Folly.Model.classifyType(Semi->getType()).Kind, Role::None);

  Parsed Asio(R"cc(
    #include <asio.hpp>
    asio::awaitable<void> body();
    void deferred(asio::any_io_executor ex) { asio::co_spawn(ex, body()); }
    void with_token(asio::any_io_executor ex) {
      asio::co_spawn(ex, body(), asio::detached);
    }
  )cc",
              flags({"-isystem", std::string(CORO_TIDY_INPUTS) + "/asio-1.31"}));
  ASSERT_TRUE(Asio.ok());
  EXPECT_EQ(Asio.Model.classifyCall(Asio.firstCallIn("deferred")).Kind,
            Role::LazyOperation);
  EXPECT_NE(Asio.Model.classifyCall(Asio.firstCallIn("with_token")).Kind,
            Role::LazyOperation);
  EXPECT_TRUE(Asio.Model.detachApi(Asio.firstCallIn("with_token")));
  EXPECT_FALSE(Asio.Model.detachApi(Asio.firstCallIn("deferred")));
}

TEST(CoroModel, UserOptionsExtendTheTables) {
  ModelOptions Opts;
  Opts.LazyTaskTypes = {"::corp::Lazy<T>"};
  Opts.DetachFunctions = {"corp::fire"};
  Parsed P(R"cc(
    namespace corp {
    template <class T> struct Lazy {};
    void fire(int);
    }
    corp::Lazy<int> lazy();
    void use() { corp::fire(1); }
  )cc",
           flags(), Opts);
  ASSERT_TRUE(P.ok());
  EXPECT_ROLE(P, "lazy", Role::LazyTask, Framework::Unknown);
  DetachMatch Detach = P.Model.detachApi(P.firstCallIn("use"));
  ASSERT_TRUE(Detach);
  EXPECT_EQ(Detach.Entry->Kind, DetachKind::NoScope);
}

TEST(CoroModel, CustomizationPointObjectsAreNamedByTheirVariable) {
  Parsed P(R"cc(
    #include <unifex/unstoppable.hpp>
    #include <unifex/just.hpp>
    #include <exec/start_detached.hpp>
    #include <stdexec/execution.hpp>
    void shield() { (void)unifex::unstoppable(unifex::just()); }
    void detach() { exec::start_detached(stdexec::just()); }
  )cc",
           flags());
  ASSERT_TRUE(P.ok());
  const CallExpr *Shield = P.firstCallIn("shield");
  ASSERT_NE(Shield, nullptr);
  Framework Fw = Framework::Unknown;
  EXPECT_TRUE(P.Model.isShieldFunction(calleeOf(*Shield), &Fw));
  EXPECT_EQ(Fw, Framework::Unifex);
  DetachMatch Detach = P.Model.detachApi(P.firstCallIn("detach"));
  ASSERT_TRUE(Detach);
  EXPECT_EQ(Detach.Fw, Framework::Stdexec);
}

TEST(CoroModel, CanAwaitInSameFrameworkOrSameInHouseTemplate) {
  Parsed P(R"cc(
    #include <inhouse/inhouse.h>
    #include <folly/coro/Task.h>
    #include <cppcoro/task.hpp>
    acme::Job<int> job();
    acme::Job<void> job_void();
    acme::EagerJob<int> eager();
    folly::coro::Task<int> folly_task();
    cppcoro::task<int> cppcoro_task();
  )cc",
           flags());
  ASSERT_TRUE(P.ok());
  EXPECT_TRUE(CoroModel::canAwaitIn(P.returnOf("job"), P.returnOf("job_void")));
  EXPECT_FALSE(CoroModel::canAwaitIn(P.returnOf("job"), P.returnOf("eager")));
  EXPECT_FALSE(
      CoroModel::canAwaitIn(P.returnOf("folly_task"), P.returnOf("cppcoro_task")));
  EXPECT_TRUE(
      CoroModel::canAwaitIn(P.returnOf("folly_task"), P.returnOf("folly_task")));
}

TEST(CoroModel, NamesAreNormalised) {
  EXPECT_EQ(normalizeName("::unifex::_task::_task<T, false>::type"),
            "unifex::_task::_task::type");
  EXPECT_EQ(normalizeName("boost::asio::awaitable<T, Executor>"),
            "boost::asio::awaitable");
}

} // namespace

namespace {

TEST(CoroModel, AYieldValueAloneMakesNoGenerator) {
  Parsed P(R"cc(
    #include <coroutine>
    #include <exception>
    struct co_error { std::exception_ptr e; };
    struct ErrorChannelTask {
      struct promise_type {
        ErrorChannelTask get_return_object();
        std::suspend_always initial_suspend() noexcept;
        std::suspend_always final_suspend() noexcept;
        std::suspend_always yield_value(co_error);
        void return_void();
        void unhandled_exception();
      };
    };
    template <class T> struct Gen {
      struct promise_type {
        Gen get_return_object();
        std::suspend_always initial_suspend() noexcept;
        std::suspend_always final_suspend() noexcept;
        template <class U> std::suspend_always yield_value(U &&);
        void return_void();
        void unhandled_exception();
      };
      struct iterator {};
      iterator begin();
      iterator end();
    };
    ErrorChannelTask task();
    Gen<int> gen();
  )cc",
           flags());
  ASSERT_TRUE(P.ok());
  EXPECT_ROLE(P, "task", Role::LazyTask, Framework::Unknown);
  EXPECT_ROLE(P, "gen", Role::Generator, Framework::Unknown);
}

TEST(CoroModel, RealAsioExperimentalTaskIsATask) {
  Parsed P(R"cc(
    #include <boost/asio.hpp>
    #include <boost/asio/experimental/coro.hpp>
    namespace ex = boost::asio::experimental;
    ex::task<int> lookup(boost::asio::any_io_executor, int);
    ex::generator<int> numbers(boost::asio::any_io_executor);
    ex::coro<int(int), void> pushed(boost::asio::any_io_executor);
    ex::coro<void(int), int> consumer(boost::asio::any_io_executor);
  )cc",
           flags());
  ASSERT_TRUE(P.ok());
  EXPECT_ROLE(P, "lookup", Role::LazyTask, Framework::BoostAsio);
  EXPECT_ROLE(P, "numbers", Role::AsyncGenerator, Framework::BoostAsio);
  EXPECT_ROLE(P, "pushed", Role::AsyncGenerator, Framework::BoostAsio);
  // Resumed with a value each time: a consumer, not a task.
  EXPECT_ROLE(P, "consumer", Role::AsyncGenerator, Framework::BoostAsio);
}

TEST(CoroModel, OwnershipAndJoiningReturnObjects) {
  Parsed P(R"cc(
    #include <coroutine>
    #include <future>
    struct Detached {
      struct promise_type {
        Detached get_return_object();
        std::suspend_never initial_suspend() noexcept;
        std::suspend_never final_suspend() noexcept;
        void return_void();
        void unhandled_exception();
      };
      std::coroutine_handle<promise_type> h;
    };
    struct Owning {
      struct promise_type {
        Owning get_return_object();
        std::suspend_never initial_suspend() noexcept;
        std::suspend_always final_suspend() noexcept;
        void return_void();
        void unhandled_exception();
      };
      ~Owning() { h.destroy(); }
      std::coroutine_handle<promise_type> h;
    };
    struct Joining {
      struct promise_type {
        Joining get_return_object();
        std::suspend_never initial_suspend() noexcept;
        std::suspend_never final_suspend() noexcept;
        void return_void();
        void unhandled_exception();
      };
      ~Joining() { f.get(); }
      std::future<void> f;
    };
    Detached d();
    Owning o();
    Joining j();
  )cc",
           flags());
  ASSERT_TRUE(P.ok());
  EXPECT_ROLE(P, "d", Role::DetachedCoroutine, Framework::Unknown);
  EXPECT_ROLE(P, "o", Role::EagerTask, Framework::Unknown);
  EXPECT_ROLE(P, "j", Role::EagerTask, Framework::Unknown);
  EXPECT_FALSE(P.returnOf("o").JoinsOnDestroy);
  EXPECT_TRUE(P.returnOf("j").JoinsOnDestroy);
}

TEST(CoroModel, TraitsChooseThePromiseBySignature) {
  Parsed P(R"cc(
    #include <coroutine>
    struct lazy_tag {};
    template <class T> struct result { int state; };
    template <class T> struct eager_promise {
      result<T> get_return_object();
      std::suspend_never initial_suspend() noexcept;
      std::suspend_always final_suspend() noexcept;
      void return_value(T);
      void unhandled_exception();
    };
    template <class T> struct lazy_promise {
      result<T> get_return_object();
      std::suspend_always initial_suspend() noexcept;
      std::suspend_always final_suspend() noexcept;
      void return_value(T);
      void unhandled_exception();
    };
    template <class T, class... A> struct std::coroutine_traits<result<T>, A...> {
      using promise_type = eager_promise<T>;
    };
    template <class T, class... A>
    struct std::coroutine_traits<result<T>, lazy_tag, A...> {
      using promise_type = lazy_promise<T>;
    };
    struct Server {
      result<int> member(lazy_tag);
    };
    result<int> now(int);
    result<int> later(lazy_tag, int);
    result<int> defined(lazy_tag) { co_return 1; }
  )cc",
           flags());
  ASSERT_TRUE(P.ok());
  auto Of = [&](llvm::StringRef Name) {
    return P.Model.classifyFunction(P.function(Name)).Kind;
  };
  EXPECT_EQ(roleName(Of("now")), roleName(Role::EagerTask));
  EXPECT_EQ(roleName(Of("later")), roleName(Role::LazyTask));
  EXPECT_EQ(roleName(Of("defined")), roleName(Role::LazyTask));
  // A member's implicit object parameter comes first: `Server &, lazy_tag`
  // does not start with the tag.
  EXPECT_EQ(roleName(Of("member")), roleName(Role::EagerTask));
  // Without a signature, the specialization that needs no more arguments.
  EXPECT_ROLE(P, "now", Role::EagerTask, Framework::Unknown);
}


TEST(CoroModel, ScopesFromTablesAndOptions) {
  ModelOptions Opts;
  Opts.AsyncScopeTypes = {"corp::Nursery=wait,drain",
                          "corp::Group = joinAll|cancelAndJoin"};
  Parsed P(R"cc(
    #include <cppcoro/async_scope.hpp>
    #include <exec/async_scope.hpp>
    #include <folly/coro/AsyncScope.h>
    #include <stdexec/execution.hpp>
    #include <unifex/async_scope.hpp>
    namespace corp { struct Nursery {}; struct Group {}; }
    folly::coro::AsyncScope folly1();
    folly::coro::CancellableAsyncScope &folly2();
    unifex::async_scope &unifex1();
    unifex::v2::async_scope &unifex2();
    stdexec::counting_scope &counting();
    stdexec::simple_counting_scope &simple();
    exec::async_scope &legacy();
    cppcoro::async_scope &cppcoro1();
    corp::Nursery nursery();
    corp::Group group();
    int none();
  )cc",
           flags(), Opts);
  ASSERT_TRUE(P.ok());
  auto Scope = [&](llvm::StringRef Fn, Framework *Fw) {
    return P.Model.scopeOf(P.function(Fn)->getReturnType(), Fw);
  };
  struct Expected {
    const char *Fn;
    Framework Fw;
    const char *Join;
    const char *Add;
  } Cases[] = {
      {"folly1", Framework::Folly, "joinAsync", "add"},
      {"folly2", Framework::Folly, "cancelAndJoinAsync", "co_schedule"},
      {"unifex1", Framework::Unifex, "complete", "detached_spawn_on"},
      {"unifex2", Framework::Unifex, "join", nullptr},
      {"counting", Framework::Stdexec, "join", nullptr},
      {"simple", Framework::Stdexec, "join", nullptr},
      {"legacy", Framework::Stdexec, "on_empty", "spawn"},
      {"cppcoro1", Framework::Cppcoro, "join", "spawn"},
      {"nursery", Framework::Unknown, "drain", "add"},
      {"group", Framework::Unknown, "cancelAndJoin", "spawn"},
  };
  for (const Expected &E : Cases) {
    Framework Fw = Framework::Std;
    const ScopeEntry *S = Scope(E.Fn, &Fw);
    ASSERT_NE(S, nullptr) << E.Fn;
    EXPECT_EQ(frameworkName(Fw), frameworkName(E.Fw)) << E.Fn;
    EXPECT_TRUE(llvm::is_contained(S->JoinMethods, E.Join)) << E.Fn;
    if (E.Add)
      EXPECT_TRUE(llvm::is_contained(S->AddMethods, E.Add)) << E.Fn;
    else
      EXPECT_TRUE(S->AddMethods.empty()) << E.Fn;
    EXPECT_EQ(S->Unjoined.empty(), E.Fw == Framework::Unknown) << E.Fn;
  }
  // request_stop() and close() are no joins; CancellableAsyncScope has no
  // cleanup().
  EXPECT_FALSE(llvm::is_contained(Scope("folly2", nullptr)->JoinMethods, "cleanup"));
  EXPECT_FALSE(llvm::is_contained(Scope("counting", nullptr)->JoinMethods, "request_stop"));
  EXPECT_FALSE(llvm::is_contained(Scope("simple", nullptr)->JoinMethods, "close"));
  EXPECT_EQ(Scope("group", nullptr)->JoinMethods.size(), 2u);
  EXPECT_EQ(Scope("none", nullptr), nullptr);
}

} // namespace
