#include "CategoryModel.h"

#include <QJsonArray>

CategoryModel::CategoryModel(DeskService &desk, QObject *parent)
    : AdminTableModel(desk, Store::Categories, QStringLiteral("category.upsert"), parent)
{}

int CategoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CategoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Record r = record(index.row());
    if (role == KeyRole)
        return r.value(QStringLiteral("id"));
    if (role == ListRole && index.column() == MainParts)
        return jsonList(r.value(QStringLiteral("main_parts")));
    if (role == RawValueRole) {
        switch (index.column()) {
        case WarrantyMonths:
            return r.value(QStringLiteral("warranty_months")).toInt();
        case MainPartMonths:
            return r.value(QStringLiteral("main_part_warranty_months")).toInt();
        case MaintenanceMonths:
            return r.value(QStringLiteral("maintenance_months")).toInt();
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::EditRole) {
        if (index.column() == WarrantyMonths || index.column() == MainPartMonths || index.column() == MaintenanceMonths)
            return data(index, RawValueRole);
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Id:
            return r.value(QStringLiteral("id"));
        case Name:
            return r.value(QStringLiteral("name"));
        case WarrantyMonths:
            return tr("%1 months").arg(r.value(QStringLiteral("warranty_months")).toInt());
        case MainPartMonths:
            return tr("%1 months").arg(r.value(QStringLiteral("main_part_warranty_months")).toInt());
        case MainParts:
            return jsonList(r.value(QStringLiteral("main_parts"))).join(tr(", "));
        case MaintenanceMonths: {
            const int every = r.value(QStringLiteral("maintenance_months")).toInt();
            return every > 0 ? tr("every %1 months").arg(every) : tr("none");
        }
        }
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == WarrantyMonths || index.column() == MainPartMonths || index.column() == MaintenanceMonths))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CategoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Id");
    case Name:
        return tr("Category");
    case WarrantyMonths:
        return tr("Whole unit warranty");
    case MainPartMonths:
        return tr("Main parts warranty");
    case MainParts:
        return tr("Main parts");
    case MaintenanceMonths:
        return tr("Maintenance");
    }
    return {};
}

QString CategoryModel::fieldOf(int column) const
{
    switch (column) {
    case Name:
        return QStringLiteral("name");
    case WarrantyMonths:
        return QStringLiteral("warranty_months");
    case MainPartMonths:
        return QStringLiteral("main_part_warranty_months");
    case MaintenanceMonths:
        return QStringLiteral("maintenance_months");
    }
    return {};
}

QJsonValue CategoryModel::commandValue(int column, const QVariant &value, QString *problem) const
{
    if (column == WarrantyMonths || column == MainPartMonths || column == MaintenanceMonths)
        return wholeNumber(value, problem);
    return AdminTableModel::commandValue(column, value.toString().trimmed(), problem);
}

QJsonObject CategoryModel::commandFields(const Record &r) const
{
    return {{QStringLiteral("id"), r.value(QStringLiteral("id")).toString()},
            {QStringLiteral("name"), r.value(QStringLiteral("name")).toString()},
            {QStringLiteral("warranty_months"), r.value(QStringLiteral("warranty_months")).toLongLong()},
            {QStringLiteral("main_part_warranty_months"),
             r.value(QStringLiteral("main_part_warranty_months")).toLongLong()},
            {QStringLiteral("main_parts"), QJsonArray::fromStringList(jsonList(r.value(QStringLiteral("main_parts"))))},
            {QStringLiteral("maintenance_months"), r.value(QStringLiteral("maintenance_months")).toLongLong()}};
}
