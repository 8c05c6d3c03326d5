#include "FeeScheduleModel.h"

#include "DisplayText.h"

FeeScheduleModel::FeeScheduleModel(DeskService &desk, QObject *parent)
    : AdminTableModel(desk, Store::Fees, QStringLiteral("fee.upsert"), parent)
{}

int FeeScheduleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FeeScheduleModel::kindName(const QString &kind)
{
    if (kind == QLatin1String("visit"))
        return tr("Visit fee");
    if (kind == QLatin1String("labour"))
        return tr("Labour");
    if (kind == QLatin1String("software"))
        return tr("Software");
    if (kind == QLatin1String("upgrade"))
        return tr("Upgrade");
    if (kind == QLatin1String("other"))
        return tr("Other service");
    return kind;
}

QList<QPair<QString, QString>> FeeScheduleModel::kindChoices()
{
    QList<QPair<QString, QString>> out;
    for (const QString &k : {QStringLiteral("visit"), QStringLiteral("labour"), QStringLiteral("software"),
                             QStringLiteral("upgrade"), QStringLiteral("other")})
        out << qMakePair(kindName(k), k);
    return out;
}

QVariant FeeScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Record r = record(index.row());
    if (role == KeyRole)
        return r.value(QStringLiteral("code"));
    const qint64 fen = r.value(QStringLiteral("amount_fen")).toLongLong();
    if (role == RawValueRole) {
        switch (index.column()) {
        case Kind:
            return r.value(QStringLiteral("kind"));
        case Amount:
            return fen;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::EditRole && index.column() == Amount)
        return yuan(fen);
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Code:
            return r.value(QStringLiteral("code"));
        case Name:
            return r.value(QStringLiteral("name"));
        case Kind:
            return kindName(r.value(QStringLiteral("kind")).toString());
        case Amount:
            return DisplayText::money(fen);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant FeeScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Item");
    case Kind:
        return tr("Kind");
    case Amount:
        return tr("Amount");
    }
    return {};
}

QString FeeScheduleModel::fieldOf(int column) const
{
    switch (column) {
    case Name:
        return QStringLiteral("name");
    case Amount:
        return QStringLiteral("amount_fen");
    }
    return {};
}

QJsonValue FeeScheduleModel::commandValue(int column, const QVariant &value, QString *problem) const
{
    if (column == Amount)
        return fenFromYuan(value, problem);
    return AdminTableModel::commandValue(column, value.toString().trimmed(), problem);
}

QJsonObject FeeScheduleModel::commandFields(const Record &r) const
{
    return {{QStringLiteral("code"), r.value(QStringLiteral("code")).toString()},
            {QStringLiteral("name"), r.value(QStringLiteral("name")).toString()},
            {QStringLiteral("kind"), r.value(QStringLiteral("kind")).toString()},
            {QStringLiteral("amount_fen"), r.value(QStringLiteral("amount_fen")).toLongLong()}};
}
