#pragma once

#include "AdminTableModel.h"

#include <QHash>

// The technicians the desk sends out: skills (the product categories they repair), the zones they cover, their
// shift hours, outlet and whether they still work. Name, phone and outlet edit in place; skills, zones and shift in
// the technician form.
class TechnicianModel : public AdminTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Name, Phone, Skills, Zones, Shift, Outlet, Active, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, KeyRole, ListRole };

    explicit TechnicianModel(DeskService &desk, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QJsonObject commandFields(const Record &record) const override;

protected:
    QString fieldOf(int column) const override;
    QJsonValue commandValue(int column, const QVariant &value, QString *problem) const override;
    void referencesChanged(Store::Table table) override;

private:
    void loadNames();
    QString names(const QStringList &ids, const QHash<QString, QString> &lookup) const;

    QHash<QString, QString> m_categoryNames;
    QHash<QString, QString> m_zoneNames;
};
