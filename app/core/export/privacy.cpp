// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy.h"

#include "exportdata.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <algorithm>
#include <functional>

namespace ks {

namespace {

// "A" … "Z", "AA" …: short, neutral, and never a real name.
QString letters(int n)
{
    QString out;
    do {
        out.prepend(QChar(u'A' + n % 26));
        n = n / 26 - 1;
    } while (n >= 0);
    return out;
}

} // namespace

QString privacyCondition(const PrivacyOptions &options)
{
    if (!options.enabled)
        return QString();
    QStringList out;
    // 留言 and visits are the friends' own words and names.
    if (!options.keepFriends)
        out << QStringLiteral("m.kind NOT IN ('board', 'visit')");
    if (!options.keepPrivate) {
        out << QStringLiteral("m.kind <> 'diary'")
            << QStringLiteral("COALESCE(json_extract(m.extra_json, '$.private'), 0) IN (0, 'false')")
            // Albums open to everyone (1) or to QQ friends (4) are shared; password, only-me,
            // question and some-friends albums (2, 3, 5, 6, 8) are not, nor their photos.
            << QStringLiteral(
                   "NOT EXISTS (SELECT 1 FROM memories am WHERE am.kind = 'album' AND m.album_id IS "
                   "NOT NULL AND am.album_id = m.album_id AND CAST(COALESCE(json_extract(am.extra_json, "
                   "'$.priv'), 1) AS INTEGER) NOT IN (1, 4))");
    }
    return out.join(QStringLiteral(" AND "));
}

PrivacyFilter::PrivacyFilter(QSqlDatabase db, const PrivacyOptions &options) : m_options(options)
{
    if (!options.enabled)
        return;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT uin, nickname FROM accounts ORDER BY id LIMIT 1")) && q.next()) {
        m_ownerUin = q.value(0).toString();
        m_ownerName = q.value(1).toString();
    }
    // Every way a person is written: name, former names, remark, QQ number.
    if (q.exec(QStringLiteral(
            "SELECT p.id, p.uin, p.name, p.remark FROM people p UNION ALL SELECT pn.person_id, "
            "NULL, pn.name, NULL FROM person_names pn"))) {
        while (q.next()) {
            const QString person = q.value(0).toString();
            const QString uin = q.value(1).toString();
            if (!m_ownerUin.isEmpty() && uin == m_ownerUin)
                continue;
            for (int column : {1, 2, 3}) {
                const QString text = q.value(column).toString().trimmed();
                // One character would take every 王 out of the text: names of two and more.
                if (text.size() < 2 || text == m_ownerName)
                    continue;
                m_known.append({text, person});
                m_personOfKey.insert(text, person);
            }
        }
    }
    std::sort(m_known.begin(), m_known.end(),
              [](const Known &a, const Known &b) { return a.text.size() > b.text.size(); });
}

QString PrivacyFilter::labelFor(const QString &key)
{
    const QString person = m_personOfKey.value(key, key);
    auto it = m_labels.find(person);
    if (it == m_labels.end())
        it = m_labels.insert(
            person,
            QCoreApplication::translate("ks::Privacy", "Friend %1").arg(letters(int(m_labels.size()))));
    return it.value();
}

QString PrivacyFilter::scrub(const QString &text)
{
    if (!m_options.enabled || text.isEmpty())
        return text;
    QString out = text;
    // Mentions first ("@{uin:123,nick:老王,who:1}"), so neither the number nor the nick is left.
    static const QRegularExpression mention(
        QStringLiteral("@?\\{uin:([^,}]*),nick:([^}]*?)(?:,[a-z]+:[^},]*)*\\}"));
    QRegularExpressionMatchIterator it = mention.globalMatch(out);
    QList<QRegularExpressionMatch> found;
    while (it.hasNext())
        found.prepend(it.next());
    for (const QRegularExpressionMatch &m : std::as_const(found)) {
        const bool isOwner = !m_ownerUin.isEmpty() && m.captured(1) == m_ownerUin;
        const QString nick = m.captured(2);
        const QString shown = isOwner ? m_ownerName
                              : m_options.keepFriends
                                  ? nick
                                  : labelFor(m.captured(1).isEmpty() ? nick : m.captured(1));
        out.replace(m.capturedStart(), m.capturedLength(), QLatin1Char('@') + shown);
    }
    for (const Known &known : std::as_const(m_known)) {
        if (!m_options.keepFriends && out.contains(known.text))
            out.replace(known.text, labelFor(known.text));
    }
    // Any QQ number left (5 to 11 digits standing alone), the owner's too.
    static const QRegularExpression qqNumber(QStringLiteral("(?<!\\d)[1-9]\\d{4,10}(?!\\d)"));
    QRegularExpressionMatchIterator numbers = qqNumber.globalMatch(out);
    QList<QRegularExpressionMatch> numberMatches;
    while (numbers.hasNext())
        numberMatches.prepend(numbers.next());
    for (const QRegularExpressionMatch &m : std::as_const(numberMatches)) {
        if (m_personOfKey.contains(m.captured(0)) || m.captured(0) == m_ownerUin)
            out.replace(m.capturedStart(), m.capturedLength(), QStringLiteral("…"));
    }
    return out;
}

void PrivacyFilter::apply(ExportMemory &memory)
{
    if (!m_options.enabled)
        return;
    memory.title = scrub(memory.title);
    memory.text = scrub(memory.text);
    memory.html = scrub(memory.html);
    memory.albumName = scrub(memory.albumName);
    const bool ownerWrote = memory.authorUin.isEmpty()
                                ? memory.author == m_ownerName || memory.author.isEmpty()
                                : memory.authorUin == m_ownerUin;
    if (!ownerWrote && !m_options.keepFriends)
        memory.author = labelFor(memory.authorUin.isEmpty() ? memory.author : memory.authorUin);
    memory.authorUin.clear();
    if (!m_options.keepFriends) {
        memory.comments.clear();
        return;
    }
    // Friends kept: their words stay, their QQ numbers (and so their avatars) do not, and
    // comments the source marks private stay out unless those are chosen too.
    std::function<void(QList<ExportComment> &)> clean = [&](QList<ExportComment> &comments) {
        comments.erase(
            std::remove_if(comments.begin(), comments.end(),
                           [&](const ExportComment &c) { return c.isPrivate && !m_options.keepPrivate; }),
            comments.end());
        for (ExportComment &c : comments) {
            c.authorUin.clear();
            c.text = scrub(c.text);
            clean(c.replies);
        }
    };
    clean(memory.comments);
}

} // namespace ks
