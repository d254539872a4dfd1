// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder until the detail views land.
#include "detailwindows.h"

namespace ks {

void openMemoryDetail(Database &, qint64, QWidget *, int) {}

PeoplePage::PeoplePage(Database &database, QWidget *parent) : QWidget(parent), m_database(database) {}
void PeoplePage::reload() {}

StatisticsPage::StatisticsPage(Database &database, QWidget *parent) : QWidget(parent), m_database(database) {}
void StatisticsPage::reload() {}

} // namespace ks
