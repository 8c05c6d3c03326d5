#include "ReportTableModel.h"

#include "DisplayText.h"
#include "ExportRoles.h"
#include "reports/SupervisorText.h"
#include "rules/PhoneNumbers.h"
#include "rules/TicketStates.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

ReportTableModel::ReportTableModel(const QList<ColumnSpec> &columns, QObject *parent)
    : QAbstractTableModel(parent), m_columns(columns)
{}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

void ReportTableModel::setRows(const QList<Record> &rows, const QString &highlightField)
{
    beginResetModel();
    m_rows = rows;
    m_highlight = highlightField;
    endResetModel();
}

QString ReportTableModel::format(const QVariant &value, Format format, int utcOffsetMinutes)
{
    if (value.isNull() || !value.isValid())
        return format == Count || format == Money ? format == Money ? DisplayText::money(0) : QStringLiteral("0")
                                                  : QString();
    switch (format) {
    case Text:
        return value.toString();
    case Money:
        return DisplayText::money(value.toLongLong());
    case DateTime:
        return DisplayText::dateTime(value.toLongLong(), utcOffsetMinutes);
    case Time:
        return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::OffsetFromUTC, utcOffsetMinutes * 60)
            .toString(QStringLiteral("HH:mm"));
    case Rate:
        return QStringLiteral("%1%").arg(value.toDouble() * 100.0, 0, 'f', 1);
    case Minutes:
        return tr("%1 min").arg(value.toDouble(), 0, 'f', 1);
    case YesNo:
        return value.toInt() ? tr("yes") : tr("no");
    case Count:
        return QString::number(value.toLongLong());
    case Phone: // as people write it (138 1234 5678), not as stored (+86…)
        return PhoneNumbers::display(value.toString());
    case State:
        return TicketStates::label(value.toString());
    case Severity:
        return SupervisorText::severity(value.toString());
    case CallbackKind:
        return value.toString() == QLatin1String("guidance") ? tr("after phone guidance (2 h)")
                                                             : tr("after the visit (24 h)");
    }
    return value.toString();
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return {};
    const Record &r = m_rows.at(index.row());
    const ColumnSpec &c = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return format(r.value(c.field), c.format, m_offsetMinutes);
    case RawValueRole:
        return c.format == Text || c.format == State || c.format == Severity
                   ? QVariant(format(r.value(c.field), c.format, m_offsetMinutes))
                   : r.value(c.field);
    case ExportRoles::ValueRole: {
        const QVariant v = r.value(c.field);
        switch (c.format) {
        case Money:
            return ExportRoles::yuan(v.isNull() ? QVariant(0) : v);
        case DateTime:
            return ExportRoles::centreTime(v, m_offsetMinutes);
        case Count:
            return v.isNull() ? QVariant(0) : QVariant(v.toLongLong());
        case Rate:
        case Minutes:
            return v.isNull() ? QVariant() : QVariant(v.toDouble());
        default:
            return {};
        }
    }
    case TicketIdRole:
        return r.value(QStringLiteral("ticket_id"));
    case HighlightRole:
        return !m_highlight.isEmpty() && r.value(m_highlight).toBool();
    case Qt::ForegroundRole:
        if (!m_highlight.isEmpty() && r.value(m_highlight).toBool())
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case Qt::TextAlignmentRole:
        if (c.format == Money || c.format == Count || c.format == Rate || c.format == Minutes)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    if (role == ExportRoles::ColumnKindRole) {
        switch (m_columns.at(section).format) {
        case Money:
            return ExportRoles::Money;
        case DateTime:
            return ExportRoles::DateTime;
        case Count:
            return ExportRoles::Number;
        case Rate:
            return ExportRoles::Percent;
        case Minutes:
            return ExportRoles::Minutes;
        default:
            return ExportRoles::Text;
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    return m_columns.at(section).header;
}
