// Words that look like SQL but are not: check_layers.py must accept this file. A comment may say
// "SELECT kind FROM memories"; so may /* "DELETE FROM tags" */ a block comment.
#include "library/libraryfacts.h"

#include <QObject>

namespace ks {

QStringList labels()
{
    const char quote = '"';
    Q_UNUSED(quote);
    return {QObject::tr("Select all"),     QObject::tr("Delete"),      QObject::tr("Update the library"),
            QObject::tr("Insert a photo"), QStringLiteral("SELECTED"), QStringLiteral("say \"hi\"")};
}

} // namespace ks
