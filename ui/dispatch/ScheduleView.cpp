#include "ScheduleView.h"

#include "DisplayText.h"
#include "models/TechnicianScheduleModel.h"

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
        updateGeometry();
        update();
    });
    setMinimumHeight(HeaderHeight + 3 * LaneHeight);
}

QSize ScheduleView::sizeHint() const
{
    return {900, HeaderHeight + LaneHeight * qMax(1, m_model->rowCount())};
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

QPair<QString, qint64> ScheduleView::slotAt(const QPoint &pos) const
{
    const int row = (pos.y() - HeaderHeight) / LaneHeight;
    if (pos.x() < NameWidth || pos.y() < HeaderHeight || row < 0 || row >= m_model->rowCount())
        return {};
    const QString tech = m_model->index(row).data(TechnicianScheduleModel::TechnicianIdRole).toString();
    return {tech, m_model->dayStartMs() + qint64(minutesAt(pos.x())) * 60000};
}

QPoint ScheduleView::pointFor(const QString &technicianId, int minutesAfterMidnight) const
{
    const int row = m_model->rowOfTechnician(technicianId);
    return {xFor(minutesAfterMidnight) + 1, HeaderHeight + row * LaneHeight + LaneHeight / 2};
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
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex idx = m_model->index(row);
        const int top = HeaderHeight + row * LaneHeight;
        const int shiftStart = idx.data(TechnicianScheduleModel::ShiftStartRole).toInt();
        const int shiftEnd = idx.data(TechnicianScheduleModel::ShiftEndRole).toInt();
        p.fillRect(QRect(QPoint(xFor(shiftStart), top + 2), QPoint(xFor(shiftEnd), top + LaneHeight - 2)),
                   QColor(0xe3, 0xf2, 0xfd));
        const QString status = idx.data(TechnicianScheduleModel::StatusRole).toString();
        const QString statusText = status == QLatin1String("on_site")    ? tr("on site")
                                   : status == QLatin1String("en_route") ? tr("en route")
                                                                         : tr("free");
        p.setPen(palette().text().color());
        p.drawText(QRect(4, top, NameWidth - 8, LaneHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   idx.data(Qt::DisplayRole).toString() + QLatin1Char('\n') + statusText);
        for (const QVariant &v : idx.data(TechnicianScheduleModel::VisitsRole).toList()) {
            const QVariantMap visit = v.toMap();
            const int startMin = minutesFromMs(visit.value(QStringLiteral("start")).toLongLong());
            const int endMin = minutesFromMs(visit.value(QStringLiteral("end")).toLongLong());
            const int travel = visit.value(QStringLiteral("travel_minutes")).toInt();
            if (travel > 0) {
                p.setPen(QPen(QColor(0x90, 0x90, 0x90), 1, Qt::DotLine));
                p.drawLine(xFor(startMin - travel), top + LaneHeight - 6, xFor(startMin), top + LaneHeight - 6);
            }
            const QRect block(QPoint(xFor(startMin), top + 5),
                              QPoint(qMax(xFor(endMin), xFor(startMin) + 6), top + LaneHeight - 8));
            const QString state = visit.value(QStringLiteral("state")).toString();
            QColor fill = state == QLatin1String("on_site") || visit.value(QStringLiteral("arrived")).toBool()
                              ? QColor(0xc8, 0xe6, 0xc9)
                              : QColor(0xff, 0xe0, 0xb2);
            p.setBrush(fill);
            p.setPen(QPen(QColor(0x55, 0x55, 0x55), 1,
                          visit.value(QStringLiteral("fixed")).toBool() ? Qt::SolidLine : Qt::DashLine));
            p.drawRoundedRect(block, 3, 3);
            p.setPen(palette().text().color());
            p.drawText(block.adjusted(3, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft,
                       visit.value(QStringLiteral("number")).toString().right(4) + QLatin1Char(' ') +
                           visit.value(QStringLiteral("customer")).toString());
        }
        p.setPen(grid);
        p.drawLine(0, top + LaneHeight - 1, width(), top + LaneHeight - 1);
    }
    if (m_dropMarker.x() >= 0) {
        p.setPen(QPen(QColor(0x15, 0x65, 0xc0), 2));
        const int row = (m_dropMarker.y() - HeaderHeight) / LaneHeight;
        const int top = HeaderHeight + row * LaneHeight;
        const int x = xFor(minutesAt(m_dropMarker.x()));
        p.drawLine(x, top, x, top + LaneHeight);
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
    const auto slot = slotAt(event->position().toPoint());
    const int row = m_model->rowOfTechnician(slot.first);
    if (row < 0)
        return;
    for (const QVariant &v : m_model->index(row).data(TechnicianScheduleModel::VisitsRole).toList()) {
        const QVariantMap visit = v.toMap();
        if (slot.second >= visit.value(QStringLiteral("start")).toLongLong() - 15 * 60000 &&
            slot.second < visit.value(QStringLiteral("end")).toLongLong()) {
            emit visitActivated(visit.value(QStringLiteral("ticket_id")).toString());
            return;
        }
    }
}
