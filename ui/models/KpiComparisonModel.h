#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>

// The KPIs of SPEC §5 for a period beside the previous period of the same length, one KPI per row.
class KpiComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Kpi, Current, Previous, Change, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole, // the number (null when nothing to count)
        KpiRole,                     // the KPI's name, e.g. first_time_fix_rate
        BetterRole,                  // Change column: true when the change is good news, false when bad
    };

    explicit KpiComparisonModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // New figures: the rows stay (one per KPI); the changed cells are announced.
    void setValues(const QJsonObject &current, const QJsonObject &previous);
    int rowOf(const QString &kpi) const { return int(m_kpis.indexOf(kpi)); }

private:
    QStringList m_kpis;
    QJsonObject m_current;
    QJsonObject m_previous;
};
