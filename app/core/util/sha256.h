// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>

class QCryptographicHash;

namespace ks {

/// SHA-256 through OpenSSL's libcrypto: on CPUs with SHA extensions it is several times
/// faster than QCryptographicHash, and hashing every vault file is most of an import's CPU.
/// Same digests as QCryptographicHash::Sha256.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView data);
    /// The digest (32 bytes); ends this hash, call reset() to start another.
    QByteArray result();
    void reset();

    static QByteArray hash(QByteArrayView data);
    /// Lower-case hex, as stored in media.sha256.
    static QString hex(QByteArrayView data);

private:
    void *m_ctx = nullptr;                          // EVP_MD_CTX, kept out of the header
    std::unique_ptr<QCryptographicHash> m_fallback; // only when OpenSSL refuses (never seen)
};

} // namespace ks
