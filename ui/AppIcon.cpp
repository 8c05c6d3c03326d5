#include "AppIcon.h"

#include <QPainter>
#include <QPixmap>

QIcon AppIcon::icon()
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 64.0, size / 64.0); // drawn on the SVG's 64×64 grid
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x15, 0x65, 0xc0));
        p.drawRoundedRect(QRectF(4, 8, 56, 48), 6, 6);
        p.setBrush(Qt::white);
        p.drawRoundedRect(QRectF(10, 16, 28, 6), 2, 2);
        p.setBrush(QColor(0xbb, 0xde, 0xfb));
        p.drawRoundedRect(QRectF(10, 27, 20, 6), 2, 2);
        p.drawRoundedRect(QRectF(10, 38, 24, 6), 2, 2);
        p.setBrush(QColor(0xff, 0xb3, 0x00));
        p.drawEllipse(QPointF(47, 36), 10, 10);
        p.setPen(QPen(QColor(0x15, 0x65, 0xc0), 3, Qt::SolidLine, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(QPolygonF({QPointF(47, 29), QPointF(47, 36), QPointF(52, 39)}));
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}
