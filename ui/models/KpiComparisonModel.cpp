#include "KpiComparisonModel.h"

#include "reports/SupervisorText.h"
#include "storage/KpiQueries.h"

#include <QBrush>
#include <QColor>

KpiComparisonModel::KpiComparisonModel(QObject *parent) : QAbstractTableModel(parent), m_kpis(KpiQueries::names()) {}

int KpiComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_kpis.size());
}

int KpiComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void KpiComparisonModel::setValues(const QJsonObject &current, const QJsonObject &previous)
{
    m_current = current;
    m_previous = previous;
    if (!m_kpis.isEmpty())
        emit dataChanged(index(0, Current), index(int(m_kpis.size()) - 1, Change));
}

QVariant KpiComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_kpis.size())
        return {};
    const QString &kpi = m_kpis.at(index.row());
    const QJsonValue current = m_current.value(kpi);
    const QJsonValue previous = m_previous.value(kpi);
    const bool hasChange = !(current.isNull() || current.isUndefined() || previous.isNull() || previous.isUndefined());
    const double delta = current.toDouble() - previous.toDouble();
    if (role == KpiRole)
        return kpi;
    if (role == BetterRole && index.column() == Change && hasChange && delta != 0)
        return (delta > 0) == SupervisorText::higherIsBetter(kpi);
    if (role == RawValueRole) {
        switch (index.column()) {
        case Kpi:
            return index.row();
        case Current:
            return current.toVariant();
        case Previous:
            return previous.toVariant();
        case Change:
            return hasChange ? QVariant(delta) : QVariant();
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Kpi:
            return SupervisorText::kpiLabel(kpi);
        case Current:
            return SupervisorText::kpiValue(kpi, current);
        case Previous:
            return SupervisorText::kpiValue(kpi, previous);
        case Change:
            return SupervisorText::kpiChange(kpi, current, previous);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Kpi)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Change && hasChange && delta != 0)
        return QBrush((delta > 0) == SupervisorText::higherIsBetter(kpi) ? QColor(0x2e, 0x7d, 0x32)
                                                                         : QColor(0xc6, 0x28, 0x28));
    if (role == Qt::ToolTipRole && index.column() != Kpi && index.column() != Change)
        return tr("Double-click to see the tickets behind this number");
    return {};
}

QVariant KpiComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kpi:
        return tr("KPI");
    case Current:
        return tr("This period");
    case Previous:
        return tr("Previous period");
    case Change:
        return tr("Change");
    }
    return {};
}
