#include "PartCatalogueModel.h"

#include "DisplayText.h"

PartCatalogueModel::PartCatalogueModel(DeskService &desk, QObject *parent)
    : AdminTableModel(desk, Store::Parts, QStringLiteral("part.upsert"), parent)
{}

int PartCatalogueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartCatalogueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Record r = record(index.row());
    if (role == KeyRole)
        return r.value(QStringLiteral("sku"));
    const qint64 fen = r.value(QStringLiteral("price_fen")).toLongLong();
    if (role == RawValueRole)
        return index.column() == Price ? QVariant(fen) : data(index, Qt::DisplayRole);
    if (role == Qt::EditRole && index.column() == Price)
        return yuan(fen);
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Sku:
            return r.value(QStringLiteral("sku"));
        case Name:
            return r.value(QStringLiteral("name"));
        case Price:
            return DisplayText::money(fen);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Price)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant PartCatalogueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Sku:
        return tr("Part number");
    case Name:
        return tr("Part");
    case Price:
        return tr("Catalogue price");
    }
    return {};
}

QString PartCatalogueModel::fieldOf(int column) const
{
    switch (column) {
    case Name:
        return QStringLiteral("name");
    case Price:
        return QStringLiteral("price_fen");
    }
    return {};
}

QJsonValue PartCatalogueModel::commandValue(int column, const QVariant &value, QString *problem) const
{
    if (column == Price)
        return fenFromYuan(value, problem);
    return AdminTableModel::commandValue(column, value.toString().trimmed(), problem);
}

QJsonObject PartCatalogueModel::commandFields(const Record &r) const
{
    return {{QStringLiteral("sku"), r.value(QStringLiteral("sku")).toString()},
            {QStringLiteral("name"), r.value(QStringLiteral("name")).toString()},
            {QStringLiteral("price_fen"), r.value(QStringLiteral("price_fen")).toLongLong()}};
}
