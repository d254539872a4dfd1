// A widget that runs a query itself (the header comes in through another include): check_layers.py
// must refuse the SQL text.
#include "library/database.h"

namespace ks {

qint64 countMemories(Database &database)
{
    return database.exec(QStringLiteral("SELECT COUNT(*) "
                                        "FROM memories"));
}

} // namespace ks
