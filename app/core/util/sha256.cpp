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
    if (!m_ctx || EVP_DigestInit_ex(ctxOf(m_ctx), EVP_sha256(), nullptr) != 1)
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
    Sha256 h;
    h.addData(data);
    return h.result();
}

QString Sha256::hex(QByteArrayView data)
{
    return QString::fromLatin1(hash(data).toHex());
}

} // namespace ks
