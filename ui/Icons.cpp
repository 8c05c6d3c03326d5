#include "Icons.h"

#include <QFile>

namespace {
// In the order of Icons::Name
const char *const kFiles[Icons::Count] = {
    "add",          "arrive",      "assign",    "backup",     "callback", "chart",        "close",  "complaint",
    "complete",     "contacted",   "dispatch",  "edit",       "export",   "import",       "intake", "keyboard",
    "language",     "new-call",    "no-answer", "open",       "parts",    "phone-solved", "print",  "quit",
    "reassign",     "reminder",    "remove",    "reschedule", "restore",  "save",         "search", "settings",
    "sync-offline", "sync-online", "timeline",  "undo",       "workshop"};
} // namespace

QString Icons::path(Name name)
{
    if (name < 0 || name >= Count)
        return QString();
    return QStringLiteral(":/icons/actions/") + QLatin1String(kFiles[name]) + QStringLiteral(".svg");
}

QIcon Icons::get(Name name)
{
    const QString file = path(name);
    if (file.isEmpty() || !QFile::exists(file))
        return QIcon();
    // A QIcon made from an .svg file is null when no SVG icon engine plugin is installed: no icon, no crash
    return QIcon(file);
}

QPixmap Icons::pixmap(Name name, int size, qreal devicePixelRatio)
{
    const QIcon icon = get(name);
    return icon.isNull() ? QPixmap() : icon.pixmap(QSize(size, size), devicePixelRatio);
}
