#pragma once

#include <QWidget>

class TechnicianScheduleModel;

// The technicians' day as lanes on a time axis: shift hours shaded, visits as blocks (dashed when only a deadline,
// not an agreed time), the travel time between zones before each visit. A ticket dragged from the board onto a
// lane at a time asks to dispatch it there (ticketDropped).
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
    int xFor(int minutes) const;
    int minutesAt(int x) const;

    TechnicianScheduleModel *m_model;
    QPoint m_dropMarker{-1, -1};
    static constexpr int NameWidth = 120;
    static constexpr int LaneHeight = 34;
    static constexpr int HeaderHeight = 20;
    static constexpr int FirstHour = 7;
    static constexpr int LastHour = 21;
};
