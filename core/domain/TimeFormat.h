#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace TimeFormat {
// ISO-8601 with the desk's offset, e.g. 2026-11-20T10:00:00+08:00.
inline QString iso(qint64 msSinceEpoch, int offsetMinutes)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::OffsetFromUTC, offsetMinutes * 60).toString(Qt::ISODate);
}

// The same for a nullable column: null stays null.
inline QVariant isoOrNull(const QVariant &ms, int offsetMinutes)
{
    return ms.isNull() ? QVariant() : QVariant(iso(ms.toLongLong(), offsetMinutes));
}
} // namespace TimeFormat
