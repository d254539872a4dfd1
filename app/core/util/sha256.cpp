// SPDX-License-Identifier: GPL-3.0-or-later
#include "sha256.h"

#include <QCryptographicHash>

#include <openssl/evp.h>

namespace ks {

namespace {

EVP_MD_CTX *ctxOf(void *p)
{
    return static_cast<EVP_MD_CTX *>(p);
}

/// SHA-256 fetched from OpenSSL's provider once: EVP_sha256() makes every init look it up again
/// (a lock and a table search), more than hashing a short record costs.
const EVP_MD *sha256Md()
{
    static EVP_MD *const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

} // namespace

Sha256::Sha256() : m_ctx(EVP_MD_CTX_new())
{
    reset();
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(ctxOf(m_ctx));
}

void Sha256::reset()
{
    m_fallback.reset();
    if (!m_ctx || !sha256Md() || EVP_DigestInit_ex(ctxOf(m_ctx), sha256Md(), nullptr) != 1)
        m_fallback = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256);
}

void Sha256::addData(QByteArrayView data)
{
    if (m_fallback) {
        m_fallback->addData(data);
        return;
    }
    if (EVP_DigestUpdate(ctxOf(m_ctx), data.data(), size_t(data.size())) != 1)
        qFatal("keepsake: OpenSSL SHA-256 update failed"); // cannot happen for a plain digest
}

QByteArray Sha256::result()
{
    if (m_fallback)
        return m_fallback->result();
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(ctxOf(m_ctx), reinterpret_cast<unsigned char *>(digest.data()), &length) != 1)
        qFatal("keepsake: OpenSSL SHA-256 final failed");
    digest.truncate(int(length));
    return digest;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    if (const EVP_MD *md = sha256Md()) {
        QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
        unsigned int length = 0;
        if (EVP_Digest(data.data(), size_t(data.size()), reinterpret_cast<unsigned char *>(digest.data()),
                       &length, md, nullptr) == 1) {
            digest.truncate(int(length));
            return digest;
        }
    }
    Sha256 h;
    h.addData(data);
    return h.result();
}

QString Sha256::hex(QByteArrayView data)
{
    return QString::fromLatin1(hash(data).toHex());
}

} // namespace ks
