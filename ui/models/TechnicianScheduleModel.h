#pragma once

#include "storage/Store.h"

#include <QAbstractListModel>
#include <QDate>

class DeskService;

// One row per active technician for one day: shift hours, the visits of the day (appointment or, without one, the
// on-site deadline) with the travel time from the previous visit's zone (R10), and whether they are free, en route
// or on site now. Loaded in two queries for the whole day; no query per row.
class TechnicianScheduleModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        RawValueRole = Qt::UserRole,
        TechnicianIdRole,
        ShiftStartRole, // minutes after midnight
        ShiftEndRole,
        VisitsRole, // QVariantList of QVariantMap: ticket_id, number, start, end (ms), fixed, state, customer, zone,
                    // travel_minutes, late
        StatusRole, // free, en_route, on_site
    };

    explicit TechnicianScheduleModel(DeskService &desk, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    void setDay(const QDate &day);
    QDate day() const { return m_day; }
    // Midnight of the day in the desk's time zone
    qint64 dayStartMs() const;
    int utcOffsetMinutes() const { return m_offsetMinutes; }
    void reload();
    int rowOfTechnician(const QString &technicianId) const;

private:
    struct Lane
    {
        Record technician;
        QVariantList visits;
        QString status;
    };
    DeskService &m_desk;
    QDate m_day;
    int m_offsetMinutes = 480;
    QList<Lane> m_lanes;
};
