#include "UserModel.h"

UserModel::UserModel(DeskService &desk, QObject *parent)
    : AdminTableModel(desk, Store::Users, QStringLiteral("user.upsert"), parent)
{}

int UserModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UserModel::roleName(const QString &role)
{
    if (role == QLatin1String("admin"))
        return tr("Administrator");
    if (role == QLatin1String("supervisor"))
        return tr("Supervisor");
    if (role == QLatin1String("dispatcher"))
        return tr("Dispatcher");
    if (role == QLatin1String("clerk"))
        return tr("Info clerk");
    return role;
}

QList<QPair<QString, QString>> UserModel::roleChoices()
{
    QList<QPair<QString, QString>> out;
    for (const QString &r :
         {QStringLiteral("clerk"), QStringLiteral("dispatcher"), QStringLiteral("supervisor"), QStringLiteral("admin")})
        out << qMakePair(roleName(r), r);
    return out;
}

QVariant UserModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Record r = record(index.row());
    if (role == KeyRole)
        return r.value(QStringLiteral("id"));
    const bool active = r.value(QStringLiteral("active")).toBool();
    if (role == RawValueRole) {
        switch (index.column()) {
        case Active:
            return active;
        case Access:
            return r.value(QStringLiteral("role"));
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::CheckStateRole && index.column() == Active)
        return active ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Id:
            return r.value(QStringLiteral("id"));
        case Name:
            return r.value(QStringLiteral("name"));
        case Access:
            return roleName(r.value(QStringLiteral("role")).toString());
        case Outlet:
            return r.value(QStringLiteral("outlet")).toString();
        case Active:
            return active ? tr("active") : tr("no longer active");
        }
    }
    return {};
}

QVariant UserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("User id");
    case Name:
        return tr("Name");
    case Access:
        return tr("Role");
    case Outlet:
        return tr("Outlet");
    case Active:
        return tr("Active");
    }
    return {};
}

Qt::ItemFlags UserModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = AdminTableModel::flags(index);
    if (index.isValid() && index.column() == Active)
        f = (f & ~Qt::ItemIsEditable) | Qt::ItemIsUserCheckable;
    return f;
}

QString UserModel::fieldOf(int column) const
{
    switch (column) {
    case Name:
        return QStringLiteral("name");
    case Outlet:
        return QStringLiteral("outlet");
    case Active:
        return QStringLiteral("active");
    }
    return {};
}

QJsonValue UserModel::commandValue(int column, const QVariant &value, QString *problem) const
{
    if (column == Active)
        return value.toInt() == Qt::Checked;
    return AdminTableModel::commandValue(column, value.toString().trimmed(), problem);
}

QJsonObject UserModel::commandFields(const Record &r) const
{
    QJsonObject o{{QStringLiteral("id"), r.value(QStringLiteral("id")).toString()},
                  {QStringLiteral("name"), r.value(QStringLiteral("name")).toString()},
                  {QStringLiteral("role"), r.value(QStringLiteral("role")).toString()},
                  {QStringLiteral("active"), r.value(QStringLiteral("active")).toBool()}};
    if (!r.value(QStringLiteral("outlet")).toString().isEmpty())
        o.insert(QStringLiteral("outlet"), r.value(QStringLiteral("outlet")).toString());
    return o;
}
