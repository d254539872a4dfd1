// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace ks::test {

QString dataDir()
{
    return QStringLiteral(KEEPSAKE_TEST_DATA);
}

QString corpusDir()
{
    const QString fromEnv = qEnvironmentVariable("KEEPSAKE_CORPUS");
    const QString dir = fromEnv.isEmpty() ? QStringLiteral(KEEPSAKE_SHARED_CORPUS) : fromEnv;
    return QFileInfo::exists(dir + QStringLiteral("/EXPECTED.json")) ? QDir(dir).absolutePath() : QString();
}

bool inCi()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

int runKeepsake(const QStringList &args, QByteArray *out, QByteArray *err, int timeoutMs)
{
    QProcess process;
    process.start(qEnvironmentVariable("KEEPSAKE_EXECUTABLE"), args);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (out)
        *out = process.readAllStandardOutput();
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QMap<QString, QPair<QByteArray, qint64>> snapshotTree(const QString &dir)
{
    QMap<QString, QPair<QByteArray, qint64>> snapshot;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QByteArray hash;
        if (file.open(QIODevice::ReadOnly)) {
            QCryptographicHash h(QCryptographicHash::Sha256);
            h.addData(&file);
            hash = h.result();
        }
        snapshot.insert(path, {hash, QFileInfo(path).lastModified().toMSecsSinceEpoch()});
    }
    return snapshot;
}

MemoryRecord textPost(int n, qint64 created, const QString &text)
{
    MemoryRecord r;
    r.kind = MemoryKind::Post;
    r.key = QStringLiteral("post:%1").arg(n);
    r.created = created;
    r.text = text;
    r.author = PersonRef{QStringLiteral("123456"), QStringLiteral("芷炫")};
    r.sourceRecord = QStringLiteral("{\"n\":%1}").arg(n).toUtf8();
    r.sourceFile = QStringLiteral("/export/Messages/json/messages.js");
    return r;
}

} // namespace ks::test
