#include "TechnicianModel.h"

#include "rules/PhoneNumbers.h"
#include "service/DeskService.h"

#include <QColor>
#include <QJsonArray>

TechnicianModel::TechnicianModel(DeskService &desk, QObject *parent)
    : AdminTableModel(desk, Store::Technicians, QStringLiteral("technician.upsert"), parent)
{
    loadNames();
}

void TechnicianModel::loadNames()
{
    m_categoryNames.clear();
    m_zoneNames.clear();
    for (const Record &c : m_desk.store().all(Store::Categories, QStringLiteral("id")))
        m_categoryNames.insert(c.value(QStringLiteral("id")).toString(), c.value(QStringLiteral("name")).toString());
    for (const Record &z : m_desk.store().all(Store::Zones, QStringLiteral("id")))
        m_zoneNames.insert(z.value(QStringLiteral("id")).toString(), z.value(QStringLiteral("name")).toString());
}

void TechnicianModel::referencesChanged(Store::Table table)
{
    if (table != Store::Categories && table != Store::Zones)
        return;
    loadNames();
    if (rowCount() > 0)
        emit dataChanged(index(0, Skills), index(rowCount() - 1, Zones));
}

int TechnicianModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TechnicianModel::names(const QStringList &ids, const QHash<QString, QString> &lookup) const
{
    QStringList out;
    for (const QString &id : ids)
        out << lookup.value(id, id);
    return out.join(tr(", "));
}

QVariant TechnicianModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Record r = record(index.row());
    const bool active = r.value(QStringLiteral("active")).toBool();
    if (role == KeyRole)
        return r.value(QStringLiteral("id"));
    if (role == ListRole) {
        if (index.column() == Skills)
            return jsonList(r.value(QStringLiteral("skills")));
        if (index.column() == Zones)
            return jsonList(r.value(QStringLiteral("zones")));
        return {};
    }
    if (role == RawValueRole) {
        switch (index.column()) {
        case Phone:
            return r.value(QStringLiteral("phone"));
        case Shift:
            return r.value(QStringLiteral("shift_start"));
        case Active:
            return active;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::CheckStateRole && index.column() == Active)
        return active ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ForegroundRole && !active)
        return QColor(Qt::gray);
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Id:
            return r.value(QStringLiteral("id"));
        case Name:
            return r.value(QStringLiteral("name"));
        case Phone: {
            const QString phone = r.value(QStringLiteral("phone")).toString();
            return phone.isEmpty() ? QString() : PhoneNumbers::display(phone);
        }
        case Skills:
            return names(jsonList(r.value(QStringLiteral("skills"))), m_categoryNames);
        case Zones:
            return names(jsonList(r.value(QStringLiteral("zones"))), m_zoneNames);
        case Shift:
            return tr("%1–%2").arg(r.value(QStringLiteral("shift_start")).toString(),
                                   r.value(QStringLiteral("shift_end")).toString());
        case Outlet:
            return r.value(QStringLiteral("outlet")).toString();
        case Active:
            return active ? tr("active") : tr("no longer active");
        }
    }
    return {};
}

QVariant TechnicianModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Id");
    case Name:
        return tr("Name");
    case Phone:
        return tr("Phone");
    case Skills:
        return tr("Skills (categories)");
    case Zones:
        return tr("Zones");
    case Shift:
        return tr("Shift");
    case Outlet:
        return tr("Outlet");
    case Active:
        return tr("Active");
    }
    return {};
}

Qt::ItemFlags TechnicianModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = AdminTableModel::flags(index);
    if (index.isValid() && index.column() == Active)
        f = (f & ~Qt::ItemIsEditable) | Qt::ItemIsUserCheckable;
    return f;
}

QString TechnicianModel::fieldOf(int column) const
{
    switch (column) {
    case Name:
        return QStringLiteral("name");
    case Phone:
        return QStringLiteral("phone");
    case Outlet:
        return QStringLiteral("outlet");
    case Active:
        return QStringLiteral("active");
    }
    return {};
}

QJsonValue TechnicianModel::commandValue(int column, const QVariant &value, QString *problem) const
{
    if (column == Active)
        return value.toInt() == Qt::Checked;
    return AdminTableModel::commandValue(column, value.toString().trimmed(), problem);
}

QJsonObject TechnicianModel::commandFields(const Record &r) const
{
    QJsonObject o{{QStringLiteral("id"), r.value(QStringLiteral("id")).toString()},
                  {QStringLiteral("name"), r.value(QStringLiteral("name")).toString()},
                  {QStringLiteral("skills"), QJsonArray::fromStringList(jsonList(r.value(QStringLiteral("skills"))))},
                  {QStringLiteral("zones"), QJsonArray::fromStringList(jsonList(r.value(QStringLiteral("zones"))))},
                  {QStringLiteral("shift_start"), r.value(QStringLiteral("shift_start")).toString()},
                  {QStringLiteral("shift_end"), r.value(QStringLiteral("shift_end")).toString()},
                  {QStringLiteral("active"), r.value(QStringLiteral("active")).toBool()}};
    for (const QString &optional : {QStringLiteral("phone"), QStringLiteral("outlet")})
        if (!r.value(optional).toString().isEmpty())
            o.insert(optional, r.value(optional).toString());
    return o;
}
