#include "ScheduleView.h"

#include "DisplayText.h"
#include "models/TechnicianScheduleModel.h"
#include "rules/ScheduleRules.h"

#include <QDragEnterEvent>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>

ScheduleView::ScheduleView(TechnicianScheduleModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    setAcceptDrops(true);
    setObjectName(QStringLiteral("scheduleView"));
    setToolTip(tr("Drag a ticket from the list onto a technician's lane to dispatch it at that time; double-click a "
                  "visit to select its ticket"));
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        layOut();
        update();
    });
    layOut();
}

void ScheduleView::layOut()
{
    m_lanes.clear();
    const qint64 ms = 60000;
    int top = HeaderHeight;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        Lane lane;
        QList<QPair<qint64, qint64>> spans;
        for (const QVariant &v : m_model->index(row).data(TechnicianScheduleModel::VisitsRole).toList()) {
            Visit visit;
            visit.data = v.toMap();
            const qint64 start = visit.data.value(QStringLiteral("start")).toLongLong();
            // A visit shorter than a quarter of an hour still takes room on the line
            spans << qMakePair(start, qMax(visit.data.value(QStringLiteral("end")).toLongLong(), start + 15 * ms));
            lane.visits << visit;
        }
        const QList<ScheduleRules::Placement> placed = ScheduleRules::placeVisits(spans, &lane.tracks);
        // A conflict (R10) is between agreed times; a visit known only by its deadline takes room, not a slot
        QList<QPair<qint64, qint64>> agreed;
        QList<int> agreedVisit;
        for (int i = 0; i < lane.visits.size(); ++i) {
            lane.visits[i].track = placed.at(i).track;
            if (lane.visits.at(i).data.value(QStringLiteral("fixed")).toBool()) {
                agreed << spans.at(i);
                agreedVisit << i;
            }
        }
        int agreedTracks = 0;
        const QList<ScheduleRules::Placement> clashes = ScheduleRules::placeVisits(agreed, &agreedTracks);
        for (int k = 0; k < agreedVisit.size(); ++k)
            lane.visits[agreedVisit.at(k)].conflict = clashes.at(k).conflict;
        lane.top = top;
        lane.height = LaneHeight + (lane.tracks - 1) * TrackHeight;
        top += lane.height;
        m_lanes << lane;
    }
    // As tall as every lane: the scroll area around the view scrolls to the last technician
    setMinimumHeight(qMax(top, HeaderHeight + LaneHeight));
    updateGeometry();
}

QSize ScheduleView::sizeHint() const
{
    return {900, minimumHeight()};
}

int ScheduleView::xFor(int minutes) const
{
    const int span = (LastHour - FirstHour) * 60;
    return NameWidth + int(qint64(width() - NameWidth - 4) * (minutes - FirstHour * 60) / span);
}

int ScheduleView::minutesAt(int x) const
{
    const int span = (LastHour - FirstHour) * 60;
    const int m = FirstHour * 60 + int(qint64(x - NameWidth) * span / qMax(1, width() - NameWidth - 4));
    return qBound(0, (m + 7) / 15 * 15, 24 * 60 - 15);
}

int ScheduleView::rowAt(int y) const
{
    for (int row = 0; row < m_lanes.size(); ++row)
        if (y >= m_lanes.at(row).top && y < m_lanes.at(row).top + m_lanes.at(row).height)
            return row;
    return -1;
}

QPair<QString, qint64> ScheduleView::slotAt(const QPoint &pos) const
{
    const int row = rowAt(pos.y());
    if (pos.x() < NameWidth || row < 0 || row >= m_model->rowCount())
        return {};
    const QString tech = m_model->index(row).data(TechnicianScheduleModel::TechnicianIdRole).toString();
    return {tech, m_model->dayStartMs() + qint64(minutesAt(pos.x())) * 60000};
}

QPoint ScheduleView::pointFor(const QString &technicianId, int minutesAfterMidnight) const
{
    const int row = m_model->rowOfTechnician(technicianId);
    if (row < 0 || row >= m_lanes.size())
        return {};
    return {xFor(minutesAfterMidnight) + 1, m_lanes.at(row).top + m_lanes.at(row).height / 2};
}

QRect ScheduleView::blockRect(const Lane &lane, const Visit &visit) const
{
    const qint64 dayStart = m_model->dayStartMs();
    const int startMin = int((visit.data.value(QStringLiteral("start")).toLongLong() - dayStart) / 60000);
    const int endMin = int((visit.data.value(QStringLiteral("end")).toLongLong() - dayStart) / 60000);
    const int top = lane.top + 4 + visit.track * TrackHeight;
    const int left = qMax(NameWidth, xFor(startMin)); // never over the names
    return QRect(QPoint(left, top), QPoint(qMax(xFor(endMin), left + 6), top + LaneHeight - 13));
}

QRect ScheduleView::visitRect(const QString &ticketId) const
{
    for (const Lane &lane : m_lanes)
        for (const Visit &v : lane.visits)
            if (v.data.value(QStringLiteral("ticket_id")).toString() == ticketId)
                return blockRect(lane, v);
    return {};
}

bool ScheduleView::visitInConflict(const QString &ticketId) const
{
    for (const Lane &lane : m_lanes)
        for (const Visit &v : lane.visits)
            if (v.data.value(QStringLiteral("ticket_id")).toString() == ticketId)
                return v.conflict;
    return false;
}

void ScheduleView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    p.setRenderHint(QPainter::Antialiasing);
    const QColor grid = palette().mid().color();
    for (int h = FirstHour; h <= LastHour; ++h) {
        const int x = xFor(h * 60);
        p.setPen(grid);
        p.drawLine(x, HeaderHeight - 4, x, height());
        p.setPen(palette().text().color());
        p.drawText(QRect(x - 20, 0, 40, HeaderHeight), Qt::AlignCenter, QStringLiteral("%1:00").arg(h));
    }
    const qint64 dayStart = m_model->dayStartMs();
    auto minutesFromMs = [dayStart](qint64 ms) { return int((ms - dayStart) / 60000); };
    for (int row = 0; row < m_lanes.size() && row < m_model->rowCount(); ++row) {
        const Lane &lane = m_lanes.at(row);
        const QModelIndex idx = m_model->index(row);
        const int top = lane.top;
        const int shiftStart = idx.data(TechnicianScheduleModel::ShiftStartRole).toInt();
        const int shiftEnd = idx.data(TechnicianScheduleModel::ShiftEndRole).toInt();
        p.fillRect(
            QRect(QPoint(qMax(NameWidth, xFor(shiftStart)), top + 2), QPoint(xFor(shiftEnd), top + lane.height - 2)),
            QColor(0xe3, 0xf2, 0xfd));
        const QString status = idx.data(TechnicianScheduleModel::StatusRole).toString();
        const QString statusText = status == QLatin1String("on_site")    ? tr("on site")
                                   : status == QLatin1String("en_route") ? tr("en route")
                                                                         : tr("free");
        p.setPen(palette().text().color());
        p.drawText(QRect(4, top, NameWidth - 8, qMin(lane.height, LaneHeight)), Qt::AlignVCenter | Qt::AlignLeft,
                   idx.data(Qt::DisplayRole).toString() + QLatin1Char('\n') + statusText);
        p.save();
        p.setClipRect(QRect(NameWidth, top, width() - NameWidth, lane.height)); // blocks stay off the names
        for (const Visit &visit : lane.visits) {
            const QRect block = blockRect(lane, visit);
            const int startMin = minutesFromMs(visit.data.value(QStringLiteral("start")).toLongLong());
            const int travel = visit.data.value(QStringLiteral("travel_minutes")).toInt();
            if (travel > 0) {
                p.setPen(QPen(QColor(0x90, 0x90, 0x90), 1, Qt::DotLine));
                p.drawLine(xFor(startMin - travel), block.bottom() + 2, xFor(startMin), block.bottom() + 2);
            }
            const QString state = visit.data.value(QStringLiteral("state")).toString();
            QColor fill = state == QLatin1String("on_site") || visit.data.value(QStringLiteral("arrived")).toBool()
                              ? QColor(0xc8, 0xe6, 0xc9)
                              : QColor(0xff, 0xe0, 0xb2);
            p.setBrush(fill);
            const bool fixed = visit.data.value(QStringLiteral("fixed")).toBool();
            p.setPen(visit.conflict ? QPen(QColor(0xc6, 0x28, 0x28), 2, fixed ? Qt::SolidLine : Qt::DashLine)
                                    : QPen(QColor(0x55, 0x55, 0x55), 1, fixed ? Qt::SolidLine : Qt::DashLine));
            p.drawRoundedRect(block, 3, 3);
            p.setPen(palette().text().color());
            p.drawText(block.adjusted(3, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft,
                       visit.data.value(QStringLiteral("number")).toString().right(4) + QLatin1Char(' ') +
                           visit.data.value(QStringLiteral("customer")).toString());
        }
        p.restore();
        p.setPen(grid);
        p.drawLine(0, top + lane.height - 1, width(), top + lane.height - 1);
    }
    if (m_dropMarker.x() >= 0) {
        const int row = rowAt(m_dropMarker.y());
        if (row >= 0) {
            p.setPen(QPen(QColor(0x15, 0x65, 0xc0), 2));
            const int x = xFor(minutesAt(m_dropMarker.x()));
            p.drawLine(x, m_lanes.at(row).top, x, m_lanes.at(row).top + m_lanes.at(row).height);
        }
    }
}

void ScheduleView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(QLatin1String(TicketMimeType)))
        event->acceptProposedAction();
}

void ScheduleView::dragMoveEvent(QDragMoveEvent *event)
{
    if (!event->mimeData()->hasFormat(QLatin1String(TicketMimeType)) ||
        slotAt(event->position().toPoint()).first.isEmpty()) {
        event->ignore();
        return;
    }
    m_dropMarker = event->position().toPoint();
    event->acceptProposedAction();
    update();
}

void ScheduleView::dragLeaveEvent(QDragLeaveEvent *)
{
    m_dropMarker = QPoint(-1, -1);
    update();
}

void ScheduleView::dropEvent(QDropEvent *event)
{
    m_dropMarker = QPoint(-1, -1);
    update();
    const auto slot = slotAt(event->position().toPoint());
    if (slot.first.isEmpty() || !event->mimeData()->hasFormat(QLatin1String(TicketMimeType)))
        return;
    event->acceptProposedAction();
    emit ticketDropped(QString::fromUtf8(event->mimeData()->data(QLatin1String(TicketMimeType))), slot.first,
                       slot.second);
}

void ScheduleView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const int row = rowAt(pos.y());
    if (row < 0)
        return;
    for (const Visit &v : m_lanes.at(row).visits) {
        if (blockRect(m_lanes.at(row), v).adjusted(-4, -2, 4, 2).contains(pos)) {
            emit visitActivated(v.data.value(QStringLiteral("ticket_id")).toString());
            return;
        }
    }
}
