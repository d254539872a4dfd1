// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonstreamahead.h"

#include "importcontext.h"
#include "qzonejson.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <pthread.h>
#include <thread>

namespace ks::qzone {

namespace {

// Enough to keep the writer fed between two wake-ups, few enough that memory stays flat.
constexpr size_t kAhead = 64;

/// The entries between the two threads.
class Handover
{
public:
    /// Reading thread: waits while the writer is kAhead behind; false once it wants no more.
    bool put(ConvertedEntry &&entry)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_roomy.wait(lock, [this] { return m_queue.size() < kAhead || m_stopped; });
        if (m_stopped)
            return false;
        m_queue.push_back(std::move(entry));
        m_ready.notify_one();
        return true;
    }
    void close()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_closed = true;
        m_ready.notify_one();
    }
    /// Calling thread: everything waiting, after a wait for at least one; false once closed and empty.
    bool takeAll(std::deque<ConvertedEntry> *into)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_ready.wait(lock, [this] { return !m_queue.empty() || m_closed; });
        if (m_queue.empty())
            return false;
        into->swap(m_queue);
        m_roomy.notify_one();
        return true;
    }
    void stop()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopped = true;
        m_queue.clear();
        m_roomy.notify_one();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_roomy;
    std::deque<ConvertedEntry> m_queue;
    bool m_closed = false;
    bool m_stopped = false;
};

} // namespace

qint64 runAhead(const EntryProducer &produce, const ConvertedCallback &onEntry, bool *stopped)
{
    Handover handover;
    std::thread reader([&] {
        pthread_setname_np(pthread_self(), "keepsake-read");
        produce([&](ConvertedEntry &&entry) { return handover.put(std::move(entry)); });
        handover.close();
    });
    std::deque<ConvertedEntry> taken;
    qint64 handled = 0;
    bool wanted = true;
    while (wanted && handover.takeAll(&taken)) {
        for (ConvertedEntry &entry : taken) {
            ++handled;
            if (!onEntry(entry)) {
                wanted = false;
                handover.stop();
                break;
            }
        }
        taken.clear();
    }
    reader.join();
    if (stopped)
        *stopped = !wanted;
    return handled;
}

StreamResult streamConverted(const QString &path, ImportContext &context, const EntryConverter &convert,
                             const ConvertedCallback &onEntry, const StreamOptions &options)
{
    StreamResult result;
    if (!beginStream(path, context, &result))
        return result;
    qint64 mistyped = 0;
    bool stopped = false;
    const qint64 handled = runAhead(
        [&](const EntryPut &put) {
            result = streamDataFile(
                path,
                [&](const QJsonValue &entry, qint64) {
                    if (entry.isObject() && isMistyped(entry.toObject()))
                        ++mistyped;
                    return put(convert(entry));
                },
                options);
        },
        onEntry, &stopped);
    if (stopped) { // as the callback stopping streamDataFile() says it (the reader may have been ahead)
        result.stopped = true;
        result.complete = false;
        result.entries = handled;
    }
    reportStream(path, context, result, mistyped, options);
    return result;
}

} // namespace ks::qzone
