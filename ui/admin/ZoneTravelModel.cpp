#include "ZoneTravelModel.h"

#include "service/DeskService.h"

namespace {
QString pairKey(const QString &from, const QString &to)
{
    return from + QLatin1Char('\n') + to;
}
} // namespace

ZoneTravelModel::ZoneTravelModel(DeskService &desk, QObject *parent) : QAbstractTableModel(parent), m_desk(desk)
{
    m_zones = m_desk.store().all(Store::Zones, QStringLiteral("id"));
    for (const Record &z : m_zones)
        m_columnZones << z.value(QStringLiteral("id")).toString();
    loadTravel();
    connect(&desk, &DeskService::referenceChanged, this, [this](Store::Table table, const QStringList &ids) {
        if (table == Store::Zones)
            for (const QString &id : ids)
                refreshZone(id);
    });
    connect(&desk, &DeskService::deskReset, this, &ZoneTravelModel::reload);
}

int ZoneTravelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_zones.size());
}

int ZoneTravelModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FixedColumns + int(m_columnZones.size());
}

QString ZoneTravelModel::zoneId(int row) const
{
    return m_zones.value(row).value(QStringLiteral("id")).toString();
}

int ZoneTravelModel::rowOfZone(const QString &id) const
{
    for (int i = 0; i < m_zones.size(); ++i)
        if (zoneId(i) == id)
            return i;
    return -1;
}

int ZoneTravelModel::columnOfZone(const QString &id) const
{
    const int at = int(m_columnZones.indexOf(id));
    return at < 0 ? -1 : FixedColumns + at;
}

void ZoneTravelModel::loadTravel()
{
    m_travel.clear();
    for (const Record &from : m_zones) {
        const QString f = from.value(QStringLiteral("id")).toString();
        for (const QString &t : m_columnZones) {
            if (const std::optional<int> m = m_desk.store().travelMinutes(f, t))
                m_travel.insert(pairKey(f, t), *m);
        }
    }
}

void ZoneTravelModel::reload()
{
    beginResetModel();
    m_zones = m_desk.store().all(Store::Zones, QStringLiteral("id"));
    m_columnZones.clear();
    for (const Record &z : m_zones)
        m_columnZones << z.value(QStringLiteral("id")).toString();
    loadTravel();
    endResetModel();
}

void ZoneTravelModel::refreshZone(const QString &id)
{
    const std::optional<Record> zone = m_desk.store().load(Store::Zones, id);
    if (!zone)
        return;
    const int row = rowOfZone(id);
    if (row >= 0) {
        m_zones[row] = *zone;
    } else {
        // A new zone is a new row and a new column, both in id order
        int position = 0;
        while (position < m_zones.size() && zoneId(position) < id)
            ++position;
        beginInsertRows({}, position, position);
        m_zones.insert(position, *zone);
        endInsertRows();
        beginInsertColumns({}, FixedColumns + position, FixedColumns + position);
        m_columnZones.insert(position, id);
        endInsertColumns();
    }
    // One zone's times can change what other cells show (a time counts both ways)
    loadTravel();
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

std::optional<int> ZoneTravelModel::minutes(int row, int column) const
{
    const QString from = zoneId(row);
    const QString to = m_columnZones.value(column - FixedColumns);
    if (from == to)
        return 0;
    const auto it = m_travel.constFind(pairKey(from, to));
    if (it == m_travel.constEnd())
        return std::nullopt;
    return *it;
}

QVariant ZoneTravelModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_zones.size() || index.column() >= columnCount())
        return {};
    const Record &z = m_zones.at(index.row());
    if (role == KeyRole)
        return z.value(QStringLiteral("id"));
    if (index.column() < FixedColumns) {
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == RawValueRole)
            return index.column() == Id ? z.value(QStringLiteral("id")) : z.value(QStringLiteral("name"));
        return {};
    }
    const std::optional<int> m = minutes(index.row(), index.column());
    switch (role) {
    case ToZoneRole:
        return m_columnZones.value(index.column() - FixedColumns);
    case RawValueRole:
        return m ? QVariant(*m) : QVariant();
    case Qt::EditRole:
        return m ? QVariant(*m) : QVariant(QString());
    case Qt::DisplayRole:
        if (!m)
            return tr("—");
        return index.row() == index.column() - FixedColumns ? QString() : tr("%1 min").arg(*m);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.row() == index.column() - FixedColumns)
            return {};
        return m ? tr("From %1 to %2: %3 minutes")
                       .arg(z.value(QStringLiteral("name")).toString(),
                            m_zones.value(index.column() - FixedColumns).value(QStringLiteral("name")).toString())
                       .arg(*m)
                 : tr("No travel time entered: the board cannot check whether the technician can make it");
    }
    return {};
}

QVariant ZoneTravelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section == Id)
        return tr("Id");
    if (section == Name)
        return tr("Zone");
    const int at = section - FixedColumns;
    if (at < 0 || at >= m_zones.size())
        return {};
    return tr("to %1").arg(m_zones.at(at).value(QStringLiteral("name")).toString());
}

Qt::ItemFlags ZoneTravelModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    if (index.column() == Name || (index.column() >= FixedColumns && index.row() != index.column() - FixedColumns))
        f |= Qt::ItemIsEditable;
    return f;
}

bool ZoneTravelModel::submit(const QJsonObject &fields)
{
    const CommandResult result = m_desk.submit(QStringLiteral("zone.upsert"), fields);
    if (!result.ok) {
        emit changeRefused(tr("Not saved: %1").arg(result.error.message));
        return false;
    }
    emit changeSaved(tr("Saved zone %1.").arg(result.id));
    return true;
}

bool ZoneTravelModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Record &z = m_zones.at(index.row());
    QJsonObject fields{{QStringLiteral("id"), z.value(QStringLiteral("id")).toString()},
                       {QStringLiteral("name"), z.value(QStringLiteral("name")).toString()}};
    if (index.column() == Name) {
        const QString name = value.toString().trimmed();
        if (name == z.value(QStringLiteral("name")).toString())
            return false;
        fields.insert(QStringLiteral("name"), name);
        return submit(fields);
    }
    bool ok = false;
    const int minutes = value.toString().remove(tr("min")).trimmed().toInt(&ok);
    if (!ok) {
        emit changeRefused(tr("Not saved: \"%1\" is not a number of minutes.").arg(value.toString()));
        return false;
    }
    if (this->minutes(index.row(), index.column()) == minutes)
        return false;
    fields.insert(QStringLiteral("travel_minutes"),
                  QJsonObject{{m_columnZones.at(index.column() - FixedColumns), minutes}});
    return submit(fields);
}
