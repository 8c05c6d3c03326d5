#pragma once

#include <QVariantMap>
#include <QWidget>

class TechnicianScheduleModel;

// The technicians' day as lanes on a time axis: shift hours shaded, visits as blocks (dashed when only a deadline,
// not an agreed time), the travel time between zones before each visit. Visits that overlap are drawn one above the
// other inside their lane (the lane grows; a conflict is outlined in red), never over each other or over the names;
// the view is as tall as all its lanes, so a scroll area around it reaches every technician. A ticket dragged from
// the board onto a lane at a time asks to dispatch it there (ticketDropped).
class ScheduleView : public QWidget
{
    Q_OBJECT
public:
    static constexpr const char *TicketMimeType = "application/x-dispatchdesk-ticket";

    explicit ScheduleView(TechnicianScheduleModel *model, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    // Where a drop lands: the lane's technician and the time (rounded to 15 minutes), or an empty id
    QPair<QString, qint64> slotAt(const QPoint &pos) const;
    QPoint pointFor(const QString &technicianId, int minutesAfterMidnight) const;
    // Where a visit is drawn (for tests and hit-testing): an empty rect when the ticket has no visit that day
    QRect visitRect(const QString &ticketId) const;
    // Whether the visit is drawn as a conflict (it overlaps another visit of the same technician)
    bool visitInConflict(const QString &ticketId) const;
    int laneTop(int row) const { return m_lanes.value(row).top; }
    int laneHeight(int row) const { return m_lanes.value(row).height; }

signals:
    void ticketDropped(const QString &ticketId, const QString &technicianId, qint64 startMs);
    void visitActivated(const QString &ticketId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    struct Visit
    {
        QVariantMap data;
        int track = 0;
        bool conflict = false;
    };
    struct Lane
    {
        int top = 0;
        int height = 0;
        int tracks = 1;
        QList<Visit> visits;
    };
    int xFor(int minutes) const;
    int minutesAt(int x) const;
    int rowAt(int y) const;
    // Lanes and tracks from the model (on every reset)
    void layOut();
    QRect blockRect(const Lane &lane, const Visit &visit) const;

    TechnicianScheduleModel *m_model;
    QList<Lane> m_lanes;
    QPoint m_dropMarker{-1, -1};
    static constexpr int NameWidth = 120;
    static constexpr int LaneHeight = 34;  // a lane with one track
    static constexpr int TrackHeight = 24; // each further track
    static constexpr int HeaderHeight = 20;
    static constexpr int FirstHour = 7;
    static constexpr int LastHour = 21;
};
