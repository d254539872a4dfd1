// SPDX-License-Identifier: GPL-3.0-or-later
#include "fts5postings.h"

#include "library/sqliteraw.h"

namespace ks {

namespace {

// The FTS5 extension interface as https://sqlite.org/fts5.html documents it (Debian ships no
// fts5.h). Only the members up to the ones used are named; their order is SQLite's ABI, and
// iVersion is checked before any later member is touched.
struct Fts5Context;
struct Fts5PhraseIter
{
    const unsigned char *a;
    const unsigned char *b;
};
struct Fts5Api;
using Fts5QueryCallback = int (*)(const Fts5Api *, Fts5Context *, void *);
struct Fts5Api
{
    int iVersion;
    void *(*xUserData)(Fts5Context *);
    int (*xColumnCount)(Fts5Context *);
    int (*xRowCount)(Fts5Context *, sqlite3_int64 *);
    int (*xColumnTotalSize)(Fts5Context *, int, sqlite3_int64 *);
    int (*xTokenize)(Fts5Context *, const char *, int, void *,
                     int (*)(void *, int, const char *, int, int, int));
    int (*xPhraseCount)(Fts5Context *);
    int (*xPhraseSize)(Fts5Context *, int);
    int (*xInstCount)(Fts5Context *, int *);
    int (*xInst)(Fts5Context *, int, int *, int *, int *);
    sqlite3_int64 (*xRowid)(Fts5Context *);
    int (*xColumnText)(Fts5Context *, int, const char **, int *);
    int (*xColumnSize)(Fts5Context *, int, int *);
    int (*xQueryPhrase)(Fts5Context *, int, void *, Fts5QueryCallback);
    int (*xSetAuxdata)(Fts5Context *, void *, void (*)(void *));
    void *(*xGetAuxdata)(Fts5Context *, int);
    int (*xPhraseFirst)(Fts5Context *, int, Fts5PhraseIter *, int *, int *);
    void (*xPhraseNext)(Fts5Context *, Fts5PhraseIter *, int *, int *);
};
using Fts5Function = void (*)(const Fts5Api *, Fts5Context *, sqlite3_context *, int, sqlite3_value **);
struct Fts5Registry
{
    int iVersion;
    void *xCreateTokenizer;
    void *xFindTokenizer;
    int (*xCreateFunction)(Fts5Registry *, const char *, void *, Fts5Function, void (*)(void *));
};

constexpr const char *kKeysType = "ks_postings_keys";

int collectRow(const Fts5Api *api, Fts5Context *row, void *data)
{
    auto *keys = static_cast<std::vector<quint64> *>(data);
    const quint64 rowid = quint64(api->xRowid(row)) << 32;
    Fts5PhraseIter it;
    int column = 0;
    int offset = 0;
    const int rc = api->xPhraseFirst(row, 0, &it, &column, &offset);
    for (; rc == SQLITE_OK && column >= 0; api->xPhraseNext(row, &it, &column, &offset))
        keys->push_back(rowid | quint32(offset));
    return rc;
}

// ks_postings(table, keys): called on one row matching the token's phrase, it walks the
// phrase's whole doclist (xQueryPhrase) into the vector bound as keys.
void postingsFunction(const Fts5Api *api, Fts5Context *context, sqlite3_context *result, int argc,
                      sqlite3_value **argv)
{
    const SqliteApi *sqlite = sqliteApi();
    auto *keys =
        argc == 1 ? static_cast<std::vector<quint64> *>(sqlite->valuePointer(argv[0], kKeysType)) : nullptr;
    if (!keys || api->iVersion < 2) {
        sqlite->resultErrorCode(result, SQLITE_MISUSE);
        return;
    }
    const int rc = api->xQueryPhrase(context, 0, keys, collectRow);
    if (rc != SQLITE_OK)
        sqlite->resultErrorCode(result, rc);
}

} // namespace

std::vector<std::string> fts5AsciiTokens(const QByteArray &segmented)
{
    std::vector<std::string> tokens;
    std::string token;
    for (const char c : segmented) {
        const unsigned char u = static_cast<unsigned char>(c);
        if (u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z')) {
            token += c;
        } else if (u >= 'A' && u <= 'Z') {
            token += char(u - 'A' + 'a');
        } else if (!token.empty()) {
            tokens.push_back(std::move(token));
            token.clear();
        }
    }
    if (!token.empty())
        tokens.push_back(std::move(token));
    return tokens;
}

bool installPostingsReader(sqlite3 *handle)
{
    const SqliteApi *api = sqliteApi();
    if (!api || !handle || !api->bindPointer || !api->valuePointer || !api->resultErrorCode)
        return false;
    sqlite3_stmt *stmt = nullptr;
    Fts5Registry *registry = nullptr;
    if (api->prepare(handle, "SELECT fts5(?1)", -1, &stmt, nullptr) == SQLITE_OK &&
        api->bindPointer(stmt, 1, static_cast<void *>(&registry), "fts5_api_ptr", nullptr) == SQLITE_OK)
        api->step(stmt);
    api->finalize(stmt);
    if (!registry || registry->iVersion < 2)
        return false;
    return registry->xCreateFunction(registry, "ks_postings", nullptr, postingsFunction, nullptr) ==
           SQLITE_OK;
}

bool readPostings(sqlite3 *handle, const char *table, const std::string &token, std::vector<quint64> &keys,
                  QString *error)
{
    const SqliteApi *api = sqliteApi();
    keys.clear();
    // Tokens never hold '"' (the tokenizer splits on ASCII punctuation), so quoting is enough.
    const std::string sql = std::string("SELECT ks_postings(") + table + ", ?2) FROM " + table + " WHERE " +
                            table + " MATCH ?1 LIMIT 1";
    const std::string phrase = '"' + token + '"';
    sqlite3_stmt *stmt = nullptr;
    int rc = api->prepare(handle, sql.c_str(), -1, &stmt, nullptr);
    if (rc == SQLITE_OK)
        rc = api->bindText(stmt, 1, phrase.data(), int(phrase.size()), SQLITE_STATIC);
    if (rc == SQLITE_OK)
        rc = api->bindPointer(stmt, 2, static_cast<void *>(&keys), kKeysType, nullptr);
    if (rc == SQLITE_OK) {
        while ((rc = api->step(stmt)) == SQLITE_ROW) {
        }
    }
    const bool ok = rc == SQLITE_DONE;
    if (!ok && error)
        *error = QString::fromUtf8(api->errmsg(handle));
    api->finalize(stmt);
    return ok;
}

} // namespace ks
