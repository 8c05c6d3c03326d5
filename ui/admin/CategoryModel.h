#pragma once

#include "AdminTableModel.h"

// Product categories and their warranty terms (R5): months for the whole unit, months for the main parts, and
// which parts are main parts. Name and months edit in place; the main parts in the category form.
class CategoryModel : public AdminTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Name, WarrantyMonths, MainPartMonths, MainParts, MaintenanceMonths, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, KeyRole, ListRole };

    explicit CategoryModel(DeskService &desk, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QJsonObject commandFields(const Record &record) const override;

protected:
    QString fieldOf(int column) const override;
    QJsonValue commandValue(int column, const QVariant &value, QString *problem) const override;
};
