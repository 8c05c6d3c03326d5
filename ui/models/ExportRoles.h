#pragma once

#include <QDateTime>
#include <QVariant>
#include <Qt>

// How a table's columns go into a spreadsheet (TableExport::writeXlsx): models answer these two roles where a
// column is not plain text, so numbers land as numbers, money with a ¥ format and times as dates. A model that
// answers neither is exported as the text on screen.
namespace ExportRoles {
// headerData(section, Qt::Horizontal, ColumnKindRole) → int(ColumnKind)
inline constexpr int ColumnKindRole = Qt::UserRole + 200;
// data(index, ValueRole) → the cell as a number (double or integer: yuan for Money, a fraction for Percent,
// minutes for Minutes) or a QDateTime in the centre's time (DateTime); null for an empty cell
inline constexpr int ValueRole = Qt::UserRole + 201;
enum ColumnKind { Text = 0, Number, Money, Percent, Minutes, DateTime };

// ms since the epoch as the centre's wall-clock time (null when absent)
inline QVariant centreTime(const QVariant &ms, int utcOffsetMinutes)
{
    if (ms.isNull() || !ms.isValid())
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::OffsetFromUTC, utcOffsetMinutes * 60);
}
// fen as yuan
inline QVariant yuan(const QVariant &fen)
{
    return fen.isNull() || !fen.isValid() ? QVariant() : QVariant(fen.toLongLong() / 100.0);
}
} // namespace ExportRoles
