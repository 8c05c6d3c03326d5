#pragma once

#include "AdminTableModel.h"

// The parts catalogue: every spare part a technician may fit, at the catalogue price the customer pays out of
// warranty (R6). Name and price edit in place.
class PartCatalogueModel : public AdminTableModel
{
    Q_OBJECT
public:
    enum Column { Sku, Name, Price, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, KeyRole };

    explicit PartCatalogueModel(DeskService &desk, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QJsonObject commandFields(const Record &record) const override;

protected:
    QString fieldOf(int column) const override;
    QJsonValue commandValue(int column, const QVariant &value, QString *problem) const override;
};
