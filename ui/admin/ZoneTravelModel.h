#pragma once

#include "storage/Store.h"

#include <QAbstractTableModel>
#include <QHash>

class DeskService;
struct CommandResult;

// Zones (片区) and the travel-time table between them (R10, R11): one row per zone, one column per zone it travels
// to. A cell shows the minutes the core uses from the row's zone to the column's; a time entered one way also
// counts the other way until that way has its own. Names and times edit in place as zone.upsert.
class ZoneTravelModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Name, FirstZone, FixedColumns = FirstZone };
    enum Role { RawValueRole = Qt::UserRole, KeyRole, ToZoneRole };

    explicit ZoneTravelModel(DeskService &desk, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void reload();
    int rowOfZone(const QString &id) const;
    int columnOfZone(const QString &id) const;
    QString zoneId(int row) const;
    bool submit(const QJsonObject &fields);

signals:
    void changeSaved(const QString &message);
    void changeRefused(const QString &message);

private:
    void refreshZone(const QString &id);
    void loadTravel();
    std::optional<int> minutes(int row, int column) const;

    DeskService &m_desk;
    QList<Record> m_zones;     // rows
    QStringList m_columnZones; // travel columns, in the same order
    QHash<QString, int> m_travel;
};
