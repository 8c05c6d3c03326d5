#pragma once

#include <QIcon>

// The application icon (the same design as resources/icons/dispatchdesk.svg), painted at every size a desktop asks
// for, so it is sharp on HiDPI screens without an SVG image plugin.
class AppIcon
{
public:
    static QIcon icon();
};
