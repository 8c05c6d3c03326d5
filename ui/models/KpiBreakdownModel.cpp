#include "KpiBreakdownModel.h"

#include "ExportRoles.h"

#include "reports/SupervisorText.h"

KpiBreakdownModel::KpiBreakdownModel(QObject *parent) : QAbstractTableModel(parent) {}

int KpiBreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int KpiBreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstKpi + int(KpiQueries::names().size());
}

QString KpiBreakdownModel::kpiOfColumn(int column)
{
    const QStringList names = KpiQueries::names();
    return column >= FirstKpi && column - FirstKpi < names.size() ? names.at(column - FirstKpi) : QString();
}

void KpiBreakdownModel::setGroups(KpiQueries::Dimension dimension, const QList<KpiQueries::Group> &groups)
{
    beginResetModel();
    m_dimension = dimension;
    m_groups = groups;
    endResetModel();
}

QVariant KpiBreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_groups.size())
        return {};
    const KpiQueries::Group &g = m_groups.at(index.row());
    const QString kpi = kpiOfColumn(index.column());
    if (role == GroupKeyRole)
        return g.key;
    if (role == KpiRole)
        return kpi;
    if (index.column() == Group) {
        if (role == Qt::DisplayRole || role == RawValueRole)
            return g.label.isEmpty() ? tr("(none)") : g.label;
        return {};
    }
    if (role == Qt::DisplayRole)
        return SupervisorText::kpiValue(kpi, g.values.value(kpi));
    if (role == RawValueRole)
        return g.values.value(kpi).toVariant();
    if (role == ExportRoles::ValueRole) {
        const QJsonValue v = g.values.value(kpi);
        if (v.isNull() || v.isUndefined())
            return {};
        return KpiQueries::isMoney(kpi) ? v.toDouble() / 100.0 : v.toDouble();
    }
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant KpiBreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == ExportRoles::ColumnKindRole) {
        const QString kpi = kpiOfColumn(section);
        if (section == Group || kpi.isEmpty())
            return ExportRoles::Text;
        return KpiQueries::isRate(kpi)      ? ExportRoles::Percent
               : KpiQueries::isMinutes(kpi) ? ExportRoles::Minutes
               : KpiQueries::isMoney(kpi)   ? ExportRoles::Money
                                            : ExportRoles::Number;
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == Group)
        return SupervisorText::dimension(m_dimension);
    return SupervisorText::kpiLabel(kpiOfColumn(section));
}
