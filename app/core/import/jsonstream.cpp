// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonstream.h"

#include "importcontext.h"
#include "jsontextcapper.h"
#include "qzonejson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>
#include <optional>

namespace ks::qzone {

namespace {

bool isSpace(uchar c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/// Finds the byte range of each value of the list (and of each other member of a top-level object)
/// in JSON fed block by block: it follows strings, escapes and nesting only, and hands each value
/// alone to QJsonDocument. Offsets count the bytes fed, from the start of the value.
class ListScanner
{
public:
    ListScanner(const StreamOptions &options, const EntryCallback &onEntry, StreamResult &result, qint64 base)
        : m_options(options), m_onEntry(onEntry), m_result(result), m_pos(base)
    {
    }

    /// False once nothing more is wanted (the value ended, the callback stopped or the JSON broke).
    bool feed(const char *data, qsizetype n)
    {
        for (qsizetype i = 0; i < n && m_state != State::Finished; ++i) {
            const uchar c = uchar(data[i]);
            if (m_state == State::Value) {
                // The hot path: inside an entry, only quotes, escapes and brackets matter.
                const qsizetype end = scanValue(data, i, n);
                if (end < 0) {
                    m_pos += n - i;
                    break;
                }
                m_pos += end - i;
                i = end;
                if (!valueEnded(data, end))
                    return false;
                continue;
            }
            if (!step(c, i))
                return false;
            ++m_pos;
        }
        if (m_state == State::Value)
            keep(data + m_spanFrom, n - m_spanFrom);
        m_spanFrom = 0;
        return m_state != State::Finished;
    }

    /// The end of the file.
    void finish()
    {
        if (m_done)
            return;
        if (m_state == State::Start) {
            m_result.kind = QStringLiteral("malformed");
            m_result.message = QStringLiteral("no JSON value in the file");
            return;
        }
        m_result.kind = QStringLiteral("malformed");
        m_result.message = QStringLiteral("the data file ends before its list is closed (cut short?); the %1 "
                                          "entries before the cut were read")
                               .arg(m_result.entries);
    }

    bool done() const { return m_done; }
    bool streamedList() const { return m_streamedList; }

private:
    enum class State
    {
        Start,
        ListNext,
        ListAfter,
        ObjectKey,
        InKey,
        Colon,
        MemberValue,
        ObjectAfter,
        Value,
        Finished
    };

    /// One byte outside a value. False when the JSON is broken here.
    bool step(uchar c, qsizetype i)
    {
        if (m_state == State::InKey) {
            m_key.append(char(c));
            if (m_keyEscape)
                m_keyEscape = false;
            else if (c == '\\')
                m_keyEscape = true;
            else if (c == '"')
                m_state = State::Colon;
            else if (m_key.size() > 4096)
                return fail(QStringLiteral("unterminated string"));
            return true;
        }
        if (isSpace(c))
            return true;
        switch (m_state) {
        case State::Start:
            if (c == '[') {
                m_state = State::ListNext;
                m_streamedList = true;
                return true;
            }
            if (c == '{') {
                m_state = State::ObjectKey;
                return true;
            }
            return fail(QStringLiteral("not JSON and not a JavaScript data assignment"));
        case State::ListNext:
        case State::ListAfter:
            if (c == ']') {
                m_state = m_inObject ? State::ObjectAfter : State::Finished;
                m_done = !m_inObject;
                return true;
            }
            if (m_state == State::ListAfter) {
                if (c == ',') {
                    m_state = State::ListNext;
                    return true;
                }
                return fail(QStringLiteral("',' or '%1' was expected").arg(QLatin1Char(']')));
            }
            startValue(c, i, true);
            return true;
        case State::ObjectKey:
            if (c == '}') {
                m_state = State::Finished;
                m_done = true;
                return true;
            }
            if (c != '"')
                return fail(QStringLiteral("only string keys are supported"));
            m_key = "[\"";
            m_state = State::InKey;
            return true;
        case State::Colon:
            if (c != ':')
                return fail(QStringLiteral("':' was expected"));
            m_state = State::MemberValue;
            return true;
        case State::MemberValue: {
            m_key.append(']');
            const QJsonDocument doc = QJsonDocument::fromJson(m_key);
            m_memberKey = doc.array().at(0).toString();
            if (c == '[' && !m_streamedList && isItemsKey(m_memberKey)) {
                // The list itself: its entries are streamed like a top-level array's.
                m_streamedList = true;
                m_inObject = true;
                m_state = State::ListNext;
                return true;
            }
            startValue(c, i, false);
            return true;
        }
        case State::ObjectAfter:
            if (c == '}') {
                m_state = State::Finished;
                m_done = true;
                return true;
            }
            if (c == ',') {
                m_state = State::ObjectKey;
                return true;
            }
            return fail(QStringLiteral("',' or '%1' was expected").arg(QLatin1Char('}')));
        case State::InKey:
        case State::Value:
        case State::Finished:
            break;
        }
        return true;
    }

    void startValue(uchar c, qsizetype i, bool entry)
    {
        m_state = State::Value;
        m_entry = entry;
        m_valueStart = m_pos;
        // The first byte is consumed here: scanValue() goes on from the next one.
        m_depth = c == '{' || c == '[' ? 1 : 0;
        m_inString = c == '"';
        m_escape = false;
        m_bare = !(c == '{' || c == '[' || c == '"');
        m_tooLarge = false;
        m_size = 0;
        m_buffer.resize(0); // keeps its capacity: most entries are about the same size
        m_buffer.append('[');
        m_spanFrom = i;
    }

    /// Scans from @p i for the end of the current value: the index of its last byte (of the byte
    /// after it for a bare number or word), or -1 when it goes on past this block.
    qsizetype scanValue(const char *data, qsizetype i, qsizetype n)
    {
        for (; i < n; ++i) {
            const uchar c = uchar(data[i]);
            if (m_inString) {
                if (m_escape)
                    m_escape = false;
                else if (c == '\\')
                    m_escape = true;
                else if (c == '"') {
                    m_inString = false;
                    if (m_depth == 0)
                        return i;
                }
                continue;
            }
            if (m_bare) {
                if (c == ',' || c == ']' || c == '}' || isSpace(c))
                    return i;
                continue;
            }
            if (c == '"')
                m_inString = true;
            else if (c == '{' || c == '[')
                ++m_depth;
            else if ((c == '}' || c == ']') && --m_depth == 0)
                return i;
        }
        return -1;
    }

    /// The value ends at @p end (inclusive, except for a bare word, which ends before it).
    bool valueEnded(const char *data, qsizetype end)
    {
        const qsizetype stop = m_bare ? end : end + 1;
        keep(data + m_spanFrom, stop - m_spanFrom);
        m_state = m_entry ? State::ListAfter : State::ObjectAfter;
        const bool ok = m_entry ? takeEntry() : takeMember();
        if (!ok)
            return false;
        // The byte that ended a bare word is the list's or object's: read it as such.
        if (m_bare && !step(uchar(data[end]), end))
            return false;
        ++m_pos;
        return true;
    }

    void keep(const char *data, qsizetype n)
    {
        m_size += n;
        if (m_tooLarge)
            return;
        if (m_size > m_options.maxEntryBytes) {
            m_tooLarge = true;
            m_buffer = QByteArray(); // freed: only its size is counted from here
            return;
        }
        m_buffer.append(data, n);
    }

    /// The parsed value of the buffer, or Undefined with the reason in @p kind / @p why.
    QJsonValue parse(QString *kind, QString *why)
    {
        m_buffer.append(']');
        QJsonParseError error{};
        QJsonDocument doc = QJsonDocument::fromJson(m_buffer, &error);
        if (error.error == QJsonParseError::IllegalUTF8String) {
            // Older Chinese tools write GBK: decode it rather than give up.
            QStringDecoder gbk("GB18030");
            const QString text = gbk.isValid() ? gbk.decode(m_buffer) : QString();
            if (!gbk.isValid() || gbk.hasError()) {
                *kind = QStringLiteral("encoding");
                *why = QStringLiteral("the file is neither UTF-8 nor GBK text");
                return QJsonValue(QJsonValue::Undefined);
            }
            doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        }
        if (error.error != QJsonParseError::NoError || doc.array().size() != 1) {
            *kind = QStringLiteral("malformed");
            *why = QStringLiteral("invalid JSON at byte %1: %2")
                       .arg(m_valueStart + qMax(0, error.offset - 1))
                       .arg(error.error != QJsonParseError::NoError
                                ? error.errorString()
                                : QStringLiteral("',' or '%1' was expected").arg(QLatin1Char(']')));
            return QJsonValue(QJsonValue::Undefined);
        }
        return doc.array().at(0);
    }

    /// Counts a value that was skipped; false never (skipping is not the end).
    void skipped(const QString &kind, const QString &why)
    {
        if (m_result.badEntries++ == 0) {
            m_result.badEntryKind = kind;
            m_result.badEntryMessage = why;
        }
    }

    bool takeValue(QJsonValue *value)
    {
        if (m_tooLarge) {
            if (m_result.largeEntries++ == 0)
                m_result.firstLargeOffset = m_valueStart;
            m_buffer = QByteArray();
            return false;
        }
        QString kind, why;
        *value = parse(&kind, &why);
        m_buffer.resize(0);
        if (m_buffer.capacity() > (4 << 20))
            m_buffer.squeeze(); // one big entry does not keep its buffer for the rest
        if (value->isUndefined()) {
            skipped(kind, why);
            return false;
        }
        return true;
    }

    bool takeEntry()
    {
        const qint64 index = m_index++;
        QJsonValue value;
        if (!takeValue(&value))
            return true;
        ++m_result.entries;
        if (!m_onEntry(value, index)) {
            m_result.stopped = true;
            m_state = State::Finished;
            m_done = true;
            return false;
        }
        return true;
    }

    bool takeMember()
    {
        QJsonValue value;
        if (takeValue(&value))
            m_result.rest.insert(m_memberKey, value);
        return true;
    }

    bool fail(const QString &why)
    {
        m_result.kind = QStringLiteral("malformed");
        m_result.message = m_state == State::Start && why.startsWith(QLatin1String("not JSON"))
                               ? why
                               : QStringLiteral("invalid JSON at byte %1: %2").arg(m_pos).arg(why);
        if (m_streamedList)
            m_result.message = QStringLiteral("%1; the %2 entries before it were read")
                                   .arg(m_result.message, QString::number(m_result.entries));
        m_state = State::Finished;
        return false;
    }

    const StreamOptions &m_options;
    const EntryCallback &m_onEntry;
    StreamResult &m_result;
    State m_state = State::Start;
    qint64 m_pos = 0; ///< offset of the byte being looked at
    bool m_done = false;
    bool m_inObject = false;
    bool m_streamedList = false;
    QByteArray m_key;
    bool m_keyEscape = false;
    QString m_memberKey;
    // The current value.
    bool m_entry = false;
    qint64 m_valueStart = 0;
    qint64 m_index = 0;
    int m_depth = 0;
    bool m_inString = false;
    bool m_escape = false;
    bool m_bare = false;
    bool m_tooLarge = false;
    qint64 m_size = 0;
    qsizetype m_spanFrom = 0;
    QByteArray m_buffer;
};

/// Where the value starts in the head of the file (after a BOM, spaces and a JS assignment), or -1.
qsizetype valueStart(const QByteArray &head, QString *why)
{
    qsizetype start = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (start < head.size() && (isSpace(uchar(head.at(start))) || head.at(start) == '\0'))
        ++start;
    if (start == head.size()) {
        *why = QStringLiteral("the data file is empty");
        return -1;
    }
    if (head.at(start) == '[' || head.at(start) == '{')
        return start;
    const qsizetype prefix = assignmentPrefixLength(head, start);
    if (prefix == 0) {
        *why = QStringLiteral("not JSON and not a JavaScript data assignment");
        return -1;
    }
    return start + prefix;
}

} // namespace

StreamResult streamDataFile(const QString &path, const EntryCallback &onEntry, const StreamOptions &options)
{
    StreamResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.kind = QStringLiteral("unreadable");
        result.message = QStringLiteral("cannot read the data file: %1").arg(file.errorString());
        return result;
    }
    TextCapper capper(options.maxTextBytes);
    QByteArray block(qMax<qsizetype>(1, options.blockBytes), Qt::Uninitialized);
    QByteArray capped;
    QByteArray head; // the first bytes, until the value's start is known
    std::optional<ListScanner> scanner;
    bool atEnd = false;
    while (!atEnd) {
        const qint64 n = file.read(block.data(), block.size());
        if (n < 0) {
            result.kind = QStringLiteral("unreadable");
            result.message = QStringLiteral("reading the data file failed: %1").arg(file.errorString());
            result.cuts = cutMessages(capper.cuts, options.maxTextBytes);
            return result;
        }
        atEnd = n == 0;
        capped.clear();
        capper.feed(block.constData(), qsizetype(n), capped);
        if (!scanner) {
            head.append(capped);
            if (head.size() < 1024 && !atEnd)
                continue;
            QString why;
            const qsizetype start = valueStart(head, &why);
            if (start < 0) {
                result.kind = QStringLiteral("malformed");
                result.message = why;
                return result;
            }
            scanner.emplace(options, onEntry, result, start);
            capped = head.mid(start);
            head = QByteArray();
        }
        if (!scanner->feed(capped.constData(), capped.size()))
            break;
    }
    if (atEnd || scanner->done())
        scanner->finish();
    result.complete = scanner->done() && !result.stopped;
    result.cuts = cutMessages(capper.cuts, options.maxTextBytes);
    result.isList = scanner->streamedList();
    if (result.complete && !scanner->streamedList()) {
        // An object without a list at its top: the list itemsOf() finds deeper (data.items…).
        const QJsonArray items = itemsOf(result.rest);
        result.isList = !items.isEmpty();
        for (qsizetype i = 0; i < items.size(); ++i) {
            ++result.entries;
            if (!onEntry(items.at(i), i)) {
                result.stopped = true;
                result.complete = false;
                break;
            }
        }
    }
    return result;
}

bool beginStream(const QString &path, ImportContext &context, StreamResult *outside)
{
    context.noteCurrentFile(path);
    if (context.checkInsideBoundary(path))
        return true;
    *outside = StreamResult();
    outside->kind = QStringLiteral("outside"); // reported by the check
    return false;
}

void reportStream(const QString &path, ImportContext &context, const StreamResult &result, qint64 mistyped,
                  const StreamOptions &options)
{
    if (!result.cuts.isEmpty() || result.largeEntries > 0)
        context.keepSourceFile(path); // the person's bytes are not lost: the file is kept as it is
    constexpr int kNamed = 20;
    for (int i = 0; i < qMin(kNamed, int(result.cuts.size())); ++i)
        context.reportProblem(path, QStringLiteral("too-large"), result.cuts.at(i),
                              QStringLiteral("#cut:%1").arg(i));
    if (result.cuts.size() > kNamed)
        context.reportProblem(path, QStringLiteral("too-large"),
                              QStringLiteral("%1 more texts were cut").arg(result.cuts.size() - kNamed),
                              QStringLiteral("#cut:more"));
    if (result.largeEntries > 0)
        context.reportProblem(path, QStringLiteral("too-large"),
                              QStringLiteral("%1 entries of the data file hold more than %2 MB each and were "
                                             "skipped, the first at byte %3 (the file itself is kept)")
                                  .arg(result.largeEntries)
                                  .arg(options.maxEntryBytes >> 20)
                                  .arg(result.firstLargeOffset),
                              QStringLiteral("#large"));
    if (result.badEntries > 0)
        context.reportProblem(
            path, result.badEntryKind,
            QStringLiteral("%1 entries of the data file could not be read and were skipped, "
                           "the first: %2")
                .arg(result.badEntries)
                .arg(result.badEntryMessage),
            QStringLiteral("#entries"));
    if (!result.kind.isEmpty())
        context.reportProblem(path, result.kind, result.message);
    if (mistyped > 0)
        context.reportProblem(
            path, QStringLiteral("malformed"),
            QStringLiteral("%1 of the %2 entries have fields of the wrong type (a list or object "
                           "where a text or number belongs); what could be read was kept")
                .arg(mistyped)
                .arg(result.entries),
            QStringLiteral("#mistyped"));
}

StreamResult streamDataFile(const QString &path, ImportContext &context, const EntryCallback &onEntry,
                            const StreamOptions &options)
{
    StreamResult result;
    if (!beginStream(path, context, &result))
        return result;
    qint64 mistyped = 0;
    result = streamDataFile(
        path,
        [&](const QJsonValue &entry, qint64 index) {
            if (entry.isObject() && isMistyped(entry.toObject()))
                ++mistyped;
            return onEntry(entry, index);
        },
        options);
    reportStream(path, context, result, mistyped, options);
    return result;
}

} // namespace ks::qzone
