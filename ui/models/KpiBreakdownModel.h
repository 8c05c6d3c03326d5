#pragma once

#include "storage/KpiQueries.h"

#include <QAbstractTableModel>

// The KPIs per technician, outlet, product category, model, day or week: one group per row, one KPI per column
// after the group's name.
class KpiBreakdownModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Group, FirstKpi }; // FirstKpi + i is KpiQueries::names().at(i)
    enum Role {
        RawValueRole = Qt::UserRole, // the number (null when nothing to count), the group's name
        GroupKeyRole,                // technician id, outlet, category id, model, yyyy-MM-dd
        KpiRole,                     // the column's KPI name
    };

    explicit KpiBreakdownModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // A new breakdown (another period or dimension): resets the model.
    void setGroups(KpiQueries::Dimension dimension, const QList<KpiQueries::Group> &groups);
    KpiQueries::Dimension dimension() const { return m_dimension; }
    static QString kpiOfColumn(int column);

private:
    KpiQueries::Dimension m_dimension = KpiQueries::Technician;
    QList<KpiQueries::Group> m_groups;
};
