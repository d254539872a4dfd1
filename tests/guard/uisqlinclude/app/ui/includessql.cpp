// A widget that includes Qt SQL (no statement in sight): check_layers.py must refuse the include.
#include <QtSql/QSqlRecord>

namespace ks {

int columns(const QSqlRecord &record)
{
    return record.count();
}

} // namespace ks
