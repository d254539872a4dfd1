// SPDX-License-Identifier: GPL-3.0-or-later
// An ImportSink that only collects what an importer hands over: importers tested without a database.
#pragma once

#include "import/importsink.h"

#include <QHash>
#include <QJsonValue>
#include <QList>

namespace ks::test {

class RecordingSink : public ImportSink
{
public:
    bool setAccount(const QString &uin, const QString &nickname = QString()) override
    {
        account = uin;
        accountNickname = nickname;
        return !uin.isEmpty();
    }
    QString accountUin() const override { return account; }
    void setAccountProfile(const QString &key, const QJsonValue &value) override
    {
        profile.insert(key, value);
    }
    UpsertResult upsertMemory(const MemoryRecord &record) override
    {
        memories << record;
        return UpsertResult::Added;
    }
    void upsertFriend(const PersonRecord &record) override { friends << record; }
    bool addLooseFile(const QString &absPath, const QString &relPath) override
    {
        looseFiles.insert(relPath, absPath);
        return true;
    }

    QString account;
    QString accountNickname;
    QHash<QString, QJsonValue> profile;
    QList<MemoryRecord> memories;
    QList<PersonRecord> friends;
    QHash<QString, QString> looseFiles; ///< relPath → absPath
};

} // namespace ks::test
