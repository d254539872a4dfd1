// SPDX-License-Identifier: GPL-3.0-or-later
#include "cancelsignals.h"

#include <csignal>

namespace ks::cli {

namespace {

std::atomic_bool g_cancel{false};
std::atomic_int g_signal{0};
struct sigaction g_previousInt;
struct sigaction g_previousTerm;

extern "C" void onCancelSignal(int number)
{
    // Async-signal-safe: lock-free atomics only. A second signal takes the default action.
    if (g_signal.exchange(number) != 0) {
        std::signal(number, SIG_DFL);
        std::raise(number);
        return;
    }
    g_cancel.store(true);
}

static_assert(std::atomic_bool::is_always_lock_free && std::atomic_int::is_always_lock_free);

} // namespace

CancelOnSignals::CancelOnSignals()
{
    g_cancel = false;
    g_signal = 0;
    struct sigaction action = {};
    action.sa_handler = onCancelSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &g_previousInt);
    sigaction(SIGTERM, &action, &g_previousTerm);
}

CancelOnSignals::~CancelOnSignals()
{
    sigaction(SIGINT, &g_previousInt, nullptr);
    sigaction(SIGTERM, &g_previousTerm, nullptr);
}

const std::atomic_bool *CancelOnSignals::flag() const
{
    return &g_cancel;
}

int CancelOnSignals::signal() const
{
    return g_signal.load();
}

int CancelOnSignals::exitCode(int otherwise) const
{
    const int number = g_signal.load();
    return number ? 128 + number : otherwise;
}

} // namespace ks::cli
