// SPDX-License-Identifier: GPL-3.0-or-later
// Must NOT compile: keepsake_core gives no access to Qt Widgets. The CTest
// "core_cannot_include_widgets" builds this and expects the build to fail.
#include <QWidget>

void keepsakeGuardUsesAWidget()
{
    QWidget widget;
    widget.show();
}
